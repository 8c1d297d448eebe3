import { afterEach, describe, expect, it } from 'vitest';
import { seedBestand } from '../../electron/demo/bestand';
import { seedLandAgreements } from '../../electron/demo/landAgreements';
import { Random } from '../../electron/demo/random';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd | undefined;
afterEach(async () => {
  await t?.close();
});

describe('demo land agreements', () => {
  it.each(['2026-11-26', '2027-01-03'])(
    'on %s: a dozen agreements through the real rules, with every status represented',
    async (today) => {
      t = await openTestBackEnd({ today });
      const random = new Random();
      const bestand = await seedBestand(t.backEnd, random, 120);
      const ids = await seedLandAgreements(t.backEnd, random, bestand);
      expect(ids).toHaveLength(12);

      const { rows } = await t.call('landAgreements.list', { limit: 100 });
      const statuses = rows.map((r) => r.status);
      expect(statuses.filter((s) => s === 'uppfyllt')).toHaveLength(3);
      expect(statuses.filter((s) => s === 'forsenat')).toHaveLength(2);
      expect(statuses.filter((s) => s === 'avskrivet')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'pagaende')).toHaveLength(6);
      expect(rows.find((r) => r.projectName === 'Drottninghög etapp 3')).toMatchObject({
        propertyDesignation: 'Drottninghög 5:12',
        owedDwellings: 9,
        deliveredCount: 5,
      });
      expect(rows.find((r) => r.projectName === 'Dalhem, Terrassen')).toMatchObject({
        owedComputed: 15,
        owedDwellings: 12,
      });

      const summary = await t.call('landAgreements.summary', {});
      expect(summary.total.agreements).toBe(12);
      expect(summary.total.deliveredDwellings).toBe(rows.reduce((n, r) => n + r.deliveredCount, 0));
      expect(summary.byDeveloper.length).toBeGreaterThan(3);

      const watch = await t.call('watch.list', {});
      const kinds = watch.items.filter((i) => i.entity === 'landAgreement').map((i) => i.kind);
      expect(kinds.filter((k) => k === 'landAgreement.late')).toHaveLength(2);
      expect(kinds.filter((k) => k === 'landAgreement.due')).toHaveLength(2);
    },
  );
});
