/**
 * The global search at `size` records per register, through dispatch as
 * the Ctrl+K box calls it: queries a user types (an address, a lease
 * number, a contract number, a surname, an organisation, an organisations-
 * nummer), each sent after every character typed, p50 and p95 over all
 * those calls. Units, leases, households and contracts come from the
 * shared seeders; organisations, land agreements and guarantees are
 * added here straight into their tables (the index's triggers fill the
 * index as they would for any write).
 */
import { callProcedure } from '../core/callProcedure';
import { performance } from 'node:perf_hooks';
import type { BackEnd } from '../core/context';
import { insertChunked } from '../demo/bestand';
import type { Random } from '../demo/random';
import { searchText } from '../core/listQuery';
import type { Figures } from './benchFigures';
import { round } from './benchUtil';

const WORDS = ['Bostads', 'Fastighets', 'Hem', 'Bygg', 'Förvaltnings', 'Öresunds', 'Kärnans', 'Hälsinge'];

async function bulkOtherRegisters(backEnd: BackEnd, random: Random, size: number): Promise<void> {
  const db = backEnd.database.knex;
  const now = backEnd.clock.now();
  const meta = { version: 1, createdAt: now, createdBy: 'bench', updatedAt: now, updatedBy: 'bench' };
  await db.transaction(async (trx) => {
    const orgs: Record<string, unknown>[] = [];
    for (let i = 0; i < size; i++) {
      const name = `${random.pick(WORDS)}bolaget ${i} AB`;
      // Bench rows are written straight in: unique, not checked numbers.
      const orgNumber = `55${String(i).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}`;
      orgs.push({ ...meta, name, orgNumber, isLandlord: true, searchText: searchText([name, orgNumber]) });
    }
    await insertChunked(trx, 'organisations', orgs);
  });
  const developer = (await db('organisations').first('id'))?.id;
  if (developer === undefined) throw new Error('bench: no organisation to be the developer');
  const households = ((await db('households').select('id').limit(size)) as { id: number }[]).map((h) => h.id);
  await db.transaction(async (trx) => {
    const agreements: Record<string, unknown>[] = [];
    const guarantees: Record<string, unknown>[] = [];
    for (let i = 0; i < size; i++) {
      const projectName = `Kvarteret ${random.pick(WORDS)}${i}`;
      const propertyDesignation = `Helsingborg ${random.pick(WORDS)} ${i}:${random.int(1, 40)}`;
      agreements.push({
        ...meta,
        developerOrganisationId: developer,
        projectName,
        propertyDesignation,
        agreementKind: 'markanvisning',
        signedDate: '2024-05-01',
        volumeDwellings: 100,
        commitmentPercent: 10,
        owedComputed: 10,
        owedDwellings: 10,
        searchText: searchText([projectName, propertyDesignation]),
      });
      const leaseAddress = `${random.pick(WORDS)}vägen ${random.int(1, 200)}`;
      if (households.length > 0) {
        guarantees.push({
          ...meta,
          householdId: households[i % households.length],
          landlordId: developer,
          leaseAddress,
          monthlyRent: 800_000,
          guaranteedAmount: 4_800_000,
          startDate: '2025-01-01',
          status: 'aktiv',
          searchText: searchText([leaseAddress]),
        });
      }
    }
    await insertChunked(trx, 'landAgreements', agreements);
    await insertChunked(trx, 'rentGuarantees', guarantees);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchSearch(backEnd: BackEnd, figures: Figures, size: number, random: Random): Promise<void> {
  const seedStart = performance.now();
  await bulkOtherRegisters(backEnd, random, size);
  figures.record({ name: 'seed: organisations, land agreements, guarantees (bulk)', aim: 'information' }, size, {
    ms: round(performance.now() - seedStart),
  });
  const db = backEnd.database.knex;
  const middle = Math.floor(size / 2);
  const unit = await db('units').orderBy('id').offset(middle).first('address');
  const lease = await db('leases').orderBy('id').offset(middle).first('leaseNumber');
  const contract = await db('municipalContracts').orderBy('id').offset(middle).first('contractNumber');
  const household = await db('households').orderBy('id').offset(middle).first('holderName');
  const queries = [
    unit?.address.toLocaleLowerCase('sv-SE') ?? '',
    lease?.leaseNumber ?? '',
    contract?.contractNumber ?? '',
    household?.holderName.split(' ').at(-1) ?? '',
    `Öresundsbolaget ${middle}`,
    `55${String(middle).padStart(4, '0')}-`,
  ].filter(Boolean);

  const times: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const start = performance.now();
      await callProcedure(backEnd, 'search.global', { text: query.slice(0, n) });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const facts = { calls: times.length, queries: queries.join(' | '), max: round(times.at(-1) ?? 0) };
  figures.record({ name: 'search.global as typed, p50', aim: 'information' }, size, {
    ms: round(percentile(times, 50)),
    facts,
  });
  figures.record(
    {
      name: 'search.global as typed, p95',
      aim: 'p95 ≤ 50 ms through dispatch()',
      met: (m) => (m.ms ?? Infinity) <= 50,
    },
    size,
    { ms: round(percentile(times, 95)), facts },
  );
}
