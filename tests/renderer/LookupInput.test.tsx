/** The lookup input's keyboard: type, arrows move the active option, Enter chooses, Escape closes. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LookupInput } from '../../renderer/components/form/LookupInput';
import type { Option } from '../../renderer/components/form/fieldSpec';

const units: Option[] = [
  { value: '1', label: 'MOD-1, Ängsvägen 1' },
  { value: '2', label: 'MOD-2, Ängsvägen 2' },
  { value: '3', label: 'MOD-3, Ängsvägen 3' },
];

function Harness({
  search,
  onChange,
  multiple = false,
}: {
  search(text: string): Promise<Option[]>;
  onChange(v: string): void;
  multiple?: boolean;
}) {
  const [value, setValue] = useState('');
  return (
    <LookupInput
      id="unit"
      name="unitId"
      value={value}
      options={[]}
      search={search}
      multiple={multiple}
      chosenLabel="Valda bostäder"
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

const active = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('LookupInput', () => {
  it('searches as the user types; ArrowDown and ArrowUp move the active option within the list; Enter chooses it', async () => {
    const search = vi.fn((text: string) => Promise.resolve(units.filter((u) => u.label.includes(text))));
    const chosen = vi.fn();
    render(<Harness search={search} onChange={chosen} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'MOD' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(search).toHaveBeenLastCalledWith('MOD');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(active(input)).toBe('MOD-1, Ängsvägen 1');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active(input)).toBe('MOD-3, Ängsvägen 3');
    // Not past the last option.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active(input)).toBe('MOD-3, Ängsvägen 3');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(active(input)).toBe('MOD-2, Ängsvägen 2');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('MOD-2, Ängsvägen 2');

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen).toHaveBeenLastCalledWith('2');
    expect((input as HTMLInputElement).value).toBe('MOD-2, Ängsvägen 2');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Escape closes the list without choosing, and does not reach the drawer around it', async () => {
    const chosen = vi.fn();
    const outer = vi.fn();
    render(
      <div onKeyDown={outer}>
        <Harness search={() => Promise.resolve(units)} onChange={chosen} />
      </div>,
    );
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'Äng' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(outer).not.toHaveBeenCalled();
    expect(chosen).not.toHaveBeenCalledWith(expect.stringMatching(/\d/));
    // ArrowDown opens it again.
    await act(async () => {
      fireEvent.keyDown(input, { key: 'ArrowDown' });
    });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
  });

  it('says when nothing matches, and Enter then chooses nothing', async () => {
    const chosen = vi.fn();
    render(<Harness search={() => Promise.resolve([])} onChange={chosen} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'XYZ' } });
    await waitFor(() => expect(screen.getByText('Inga träffar')).toBeTruthy());
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen).not.toHaveBeenCalledWith(expect.stringMatching(/\d/));
  });

  it('with multiple, Enter adds the active option to the chosen ones, offers only those not chosen, and × takes one away', async () => {
    const chosen = vi.fn();
    render(<Harness search={() => Promise.resolve(units)} onChange={chosen} multiple />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'MOD' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen).toHaveBeenLastCalledWith('2');
    expect((input as HTMLInputElement).value).toBe('');

    fireEvent.change(input, { target: { value: 'MOD' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'MOD-1, Ängsvägen 1',
      'MOD-3, Ängsvägen 3',
    ]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen).toHaveBeenLastCalledWith('2,3');
    const picked = screen.getByRole('list', { name: 'Valda bostäder' });
    expect(picked.textContent).toContain('MOD-2, Ängsvägen 2');
    expect(picked.textContent).toContain('MOD-3, Ängsvägen 3');

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort MOD-2, Ängsvägen 2' }));
    expect(chosen).toHaveBeenLastCalledWith('3');
    expect(screen.getByRole('list', { name: 'Valda bostäder' }).textContent).not.toContain('MOD-2');
  });
});
