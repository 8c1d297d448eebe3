import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBestand } from '../../electron/demo/bestand';
import { seedHouseholds } from '../../electron/demo/households';
import { Random } from '../../electron/demo/random';
import { DEMO_PERSONNUMMER } from '../../electron/demo/testPersonnummer';
import { parseIdentityNumber } from '../../shared/households/personnummer';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeAll(async () => {
  t = await openTestBackEnd();
  const random = new Random();
  await seedHouseholds(t.backEnd, random, await seedBestand(t.backEnd, random, 300));
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('demo households and kommunala kontrakt', () => {
  it('uses only Skatteverket test numbers, born 1940–2008, each valid', () => {
    const list = path.resolve(import.meta.dirname, '../../../shared/testdata/skatteverket-testpersonnummer.json');
    const skatteverket = fs.existsSync(list) ? new Set(JSON.parse(fs.readFileSync(list, 'utf8')) as string[]) : null;
    expect(DEMO_PERSONNUMMER.length).toBe(200);
    for (const n of DEMO_PERSONNUMMER) {
      expect(parseIdentityNumber(n).ok).toBe(true);
      expect(Number(n.slice(0, 4))).toBeGreaterThanOrEqual(1940);
      expect(Number(n.slice(0, 4))).toBeLessThanOrEqual(2008);
      if (skatteverket) expect(skatteverket.has(n)).toBe(true);
    }
  });

  it('creates about 80 households whose members all carry demo numbers', async () => {
    const knex = t.backEnd.database.knex;
    expect((await t.call('households.list', {})).total).toBe(80);
    const numbers = (await knex('householdMembers').select('identityNumber')).map((m) => m.identityNumber);
    expect(numbers.every((n) => DEMO_PERSONNUMMER.includes(n))).toBe(true);
  });

  it('lets vacant units in every state, and every unit agrees with its contracts', async () => {
    const knex = t.backEnd.database.knex;
    const contracts = await knex('municipalContracts').select('unitId', 'status', 'startDate', 'endsOn');
    expect(new Set(contracts.map((c) => c.status))).toEqual(new Set(['utkast', 'aktivt', 'uppsagt', 'avslutat']));
    expect(contracts.length).toBeGreaterThan(50);
    const summary = await t.call('contracts.summary', {});
    expect(Object.keys(summary.byPhase).length).toBeGreaterThanOrEqual(2);
    for (const c of contracts.filter((x) => x.status === 'aktivt' || x.status === 'uppsagt')) {
      expect((await knex('units').where({ id: c.unitId }).first('status'))?.status).toBe('uthyrd');
    }
    const inForce = contracts.filter((c) => c.status !== 'utkast');
    for (const a of inForce) {
      const overlapping = inForce.filter(
        (b) => b !== a && b.unitId === a.unitId && b.startDate <= a.endsOn && a.startDate <= b.endsOn,
      );
      expect(overlapping).toEqual([]);
    }
    // Some units were let again after an ended contract: they show earlier contracts.
    const perUnit = new Map<number, number>();
    for (const c of inForce) perUnit.set(c.unitId, (perUnit.get(c.unitId) ?? 0) + 1);
    expect([...perUnit.values()].some((n) => n > 1)).toBe(true);
  });
});
