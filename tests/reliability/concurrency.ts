/**
 * Concurrency: several back-end processes on one database, each making
 * read-modify-write edits of the same few records (get, add one to the
 * area, update with the version read; on CONFLICT read again and retry),
 * while creating leases and kommunala kontrakt. Expected: no lost update
 * (each record's area went up exactly once per acknowledged edit), no error
 * but CONFLICT, and lease and contract numbers gapless and unique.
 */
import { performance } from 'node:perf_hooks';
import { contractInput, householdInput } from '../fixtures/households';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { leaseInput } from '../fixtures/leases';
import type { UnitInput } from '../../shared/units/schema';
import type { Engine } from './engine';
import { startHostProcess, type HostProcess } from './hostProcess';
import { numberingProblems, percentile } from './stats';

export interface ConcurrencyOptions {
  hostScript: string;
  engine: Engine;
  processes: number;
  editsPerProcess: number;
  /** Records every process edits (the same ones): more processes per record, more conflicts. */
  records?: number;
  leasesPerProcess?: number;
  contractsPerProcess?: number;
}

export interface ConcurrencyResult {
  processes: number;
  edits: number;
  conflictsRetried: number;
  lostUpdates: string[];
  otherErrors: string[];
  numbering: { leases: number; contracts: number; problems: string[] };
  writeLatencyMs: { p50: number; p95: number; max: number };
}

const TODAY = '2026-11-29';
const UNIT_FIELDS = Object.keys(modulbostadInput(1)) as (keyof UnitInput)[];

function lagenhet(ff: number, objectNumber: string, landlordId: number) {
  return modulbostadInput(ff, {
    objectNumber,
    kind: 'lagenhet',
    site: null,
    permitEndDate: null,
    ownerType: 'hyresvard',
    ownerOrganisationId: landlordId,
    areaM2: 1,
  });
}

export async function runConcurrency(options: ConcurrencyOptions): Promise<ConcurrencyResult> {
  const records = options.records ?? 8;
  const leasesPer = options.leasesPerProcess ?? Math.max(1, Math.round(options.editsPerProcess / 20));
  const contractsPer = options.contractsPerProcess ?? leasesPer;
  const first = await startHostProcess(options.hostScript, options.engine, { user: 'p1', today: TODAY });
  const hosts: HostProcess[] = [first];
  try {
    return await trials(first, hosts);
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
  }

  async function trials(first: HostProcess, hosts: HostProcess[]): Promise<ConcurrencyResult> {
    const departments = await first.call('departments.list', {});
    const ff = departments.find((d) => d.code === 'FF')!.id;
    const sof = departments.find((d) => d.code === 'SOF')!.id;
    const landlord = await first.call('organisations.create', landlordInput());
    const shared: number[] = [];
    for (let r = 1; r <= records; r++)
      shared.push((await first.call('units.create', lagenhet(ff, `DELAD-${r}`, landlord.id))).id);
    // Each process leases and lets its own units (one lease and one contract per unit at a time).
    // One household for every contract: a household may hold several, a unit only one at a time.
    const household = (await first.call('households.create', householdInput(sof))).id;
    const own: { lease: number[]; contract: number[] }[] = [];
    for (let p = 1; p <= options.processes; p++) {
      const mine = { lease: [] as number[], contract: [] as number[] };
      for (let i = 1; i <= leasesPer; i++)
        mine.lease.push((await first.call('units.create', lagenhet(ff, `P${p}-HA-${i}`, landlord.id))).id);
      for (let i = 1; i <= contractsPer; i++)
        mine.contract.push((await first.call('units.create', lagenhet(ff, `P${p}-KK-${i}`, landlord.id))).id);
      own.push(mine);
    }
    for (let p = 2; p <= options.processes; p++)
      hosts.push(await startHostProcess(options.hostScript, options.engine, { user: `p${p}`, today: TODAY }));

    const latencies: number[] = [];
    const otherErrors: string[] = [];
    const editsOn = new Map<number, number>(shared.map((id) => [id, 0]));
    let conflicts = 0;
    const timed = async (host: HostProcess, name: string, input: unknown) => {
      const started = performance.now();
      const envelope = await host.send(name, input);
      latencies.push(performance.now() - started);
      return envelope;
    };
    const fail = (host: HostProcess, name: string, error: { code: string; message: string }) =>
      otherErrors.push(`${host.user} ${name}: ${error.code} ${error.message}`);

    const worker = async (host: HostProcess, p: number) => {
      const mine = own[p]!;
      const every = Math.max(1, Math.floor(options.editsPerProcess / Math.max(1, leasesPer + contractsPer)));
      let created = 0;
      for (let k = 0; k < options.editsPerProcess; k++) {
        const id = shared[(k + p) % shared.length]!;
        for (;;) {
          const unit = await host.call('units.get', { id });
          const input = Object.fromEntries(UNIT_FIELDS.map((f) => [f, unit[f]]));
          const envelope = await timed(host, 'units.update', {
            ...input,
            areaM2: (unit.areaM2 ?? 0) + 1,
            id,
            version: unit.version,
          });
          if (envelope.ok) {
            editsOn.set(id, editsOn.get(id)! + 1);
            break;
          }
          if (envelope.error.code === 'CONFLICT') {
            conflicts++;
            continue;
          }
          fail(host, 'units.update', envelope.error);
          break;
        }
        if (k % every === every - 1 && created < mine.lease.length + mine.contract.length) {
          const i = created++;
          const envelope =
            i < mine.lease.length
              ? await timed(
                  host,
                  'leases.create',
                  leaseInput({ landlordId: landlord.id, departmentId: sof, unitIds: [mine.lease[i]!] }),
                )
              : await timed(
                  host,
                  'contracts.create',
                  contractInput({
                    unitId: mine.contract[i - mine.lease.length]!,
                    householdId: household,
                    referringDepartmentId: sof,
                  }),
                );
          if (!envelope.ok) fail(host, i < mine.lease.length ? 'leases.create' : 'contracts.create', envelope.error);
        }
      }
    };
    {
      await Promise.all(hosts.map((h, p) => worker(h, p)));

      const lostUpdates: string[] = [];
      for (const id of shared) {
        const unit = await first.call('units.get', { id });
        const expected = editsOn.get(id)!;
        if (unit.areaM2 !== 1 + expected || unit.version !== 1 + expected)
          lostUpdates.push(
            `unit ${id}: ${expected} edits acknowledged, area ${(unit.areaM2 ?? 0) - 1}, version ${unit.version - 1}`,
          );
      }
      const leases = await first.call('leases.list', { limit: 1000 });
      const contracts = await first.call('contracts.list', { limit: 1000 });
      const leaseNumbers = leases.rows.map((l) => l.leaseNumber);
      const contractNumbers = contracts.rows.map((c) => c.contractNumber);
      const wantedLeases = options.processes * leasesPer;
      const wantedContracts = options.processes * contractsPer;
      const problems = [...numberingProblems(leaseNumbers), ...numberingProblems(contractNumbers)];
      if (otherErrors.length === 0 && leaseNumbers.length !== wantedLeases)
        problems.push(`${leaseNumbers.length} leases, ${wantedLeases} created`);
      if (otherErrors.length === 0 && contractNumbers.length !== wantedContracts)
        problems.push(`${contractNumbers.length} contracts, ${wantedContracts} created`);
      return {
        processes: options.processes,
        edits: [...editsOn.values()].reduce((a, b) => a + b, 0),
        conflictsRetried: conflicts,
        lostUpdates,
        otherErrors: otherErrors.slice(0, 20),
        numbering: { leases: leaseNumbers.length, contracts: contractNumbers.length, problems },
        writeLatencyMs: {
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          max: percentile(latencies, 100),
        },
      };
    }
  }
}
