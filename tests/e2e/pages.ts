/**
 * Page objects: what a user sees and does, found by role and label as a
 * person would find them, not by CSS internals.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async goTo(menuItem: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: menuItem, exact: true })
      .click();
  }

  /** The open record panel. */
  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A form field by its label; required fields' labels end in " *". */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.drawer.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      const tag = await field.evaluate((el) => el.tagName);
      if (tag === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  /** Types into a search-as-you-type picker and chooses the match that starts with `option`. */
  async pick(label: string, search: string, option: string): Promise<void> {
    await this.field(label).fill(search);
    await this.drawer.getByRole('option', { name: new RegExp(`^${option}`) }).click();
    await expect(this.drawer.getByRole('list', { name: 'Valda bostäder' })).toContainText(option);
  }

  async save(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Spara' }).click();
  }

  async closeDrawer(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Stäng', exact: true }).first().click();
    await expect(this.drawer).toHaveCount(0);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  /**
   * Grid rows holding data. AG Grid renders a row once per column section
   * (a pinned column is a separate element), so rows are told apart by
   * their `row-index` and cells are found through it.
   */
  async gridRowCount(): Promise<number> {
    return this.page
      .locator('.ag-row[row-index]')
      .evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('row-index'))).size);
  }

  async expectRowCount(n: number): Promise<void> {
    await expect.poll(() => this.gridRowCount()).toBe(n);
  }

  /** The rows (all sections) whose text includes `text`. */
  gridRow(text: string): Locator {
    return this.page.locator('.ag-row[row-index]').filter({ hasText: text });
  }

  /** One cell of the row whose text includes `rowText`. */
  async cell(rowText: string, colId: string): Promise<Locator> {
    const row = this.gridRow(rowText).first();
    await expect(row).toBeVisible();
    const index = await row.getAttribute('row-index');
    return this.page.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`);
  }
}
