import { describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { combineByName } from '../../shared/core/byName';
import { handlers } from '../../electron/procedures';
import { leaseProcedures } from '../../shared/leases/schema';
import { unitProcedures } from '../../shared/units/schema';

describe('combining the feature maps of procedures and handlers', () => {
  it('keeps every name of every map', () => {
    const combined = combineByName({ 'a.list': 1 }, { 'b.list': 2, 'b.get': 3 });
    expect(combined).toEqual({ 'a.list': 1, 'b.list': 2, 'b.get': 3 });
  });

  it('refuses a name that two feature maps both declare, instead of keeping the later one', () => {
    expect(() =>
      combineByName(unitProcedures, leaseProcedures, { 'units.list': unitProcedures['units.list'] }),
    ).toThrow('units.list is declared twice');
  });

  it('the real maps combine: one handler for each procedure, same names', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(api).sort());
    expect(Object.keys(api).length).toBeGreaterThan(50);
  });
});
