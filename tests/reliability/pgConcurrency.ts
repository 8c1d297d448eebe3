/**
 * Four back-end processes on one PostgreSQL database, each making
 * read-modify-write edits of the same few records (read, add one to a
 * counter kept in the notes, save with the version read; on CONFLICT read
 * again and retry), while also creating leases and kommunala kontrakt.
 * Afterwards: every acknowledged edit is in the counters (no lost update),
 * no error but CONFLICT was seen, and lease and contract numbers are
 * unique and gapless. Write latency (request to acknowledgement of each
 * successful save) is reported as p50 and p95.
 */
import type { Envelope } from '../../shared/core/result';
import { contractInput, householdInput, member } from '../fixtures/households';
import { leaseInput } from '../fixtures/leases';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { TEST_PERSONNUMMER } from '../fixtures/testIdentityNumbers';
import { startHost, type HostProcess } from './pgHostProcess';

export interface ConcurrencyResult {
  processes: number;
  edits: number;
  conflictsRetried: number;
  lostUpdates: string[];
  otherErrors: string[];
  numbering: { leases: number; contracts: number; problems: string[] };
  latencyMs: { p50: number; p95: number; max: number };
  seconds: number;
}

const TODAY = '2026-11-26';
const COUNTER = /^räknare=(\d+)$/;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

type Unit = Record<string, unknown> & { id: number; version: number; notes: string | null };

function gapless(numbers: string[], pattern: RegExp, label: string): string[] {
  const n = numbers.map((x) => Number(pattern.exec(x)?.[1] ?? NaN)).sort((a, b) => a - b);
  const problems: string[] = [];
  if (new Set(numbers).size !== numbers.length) problems.push(`${label}: duplicates`);
  n.forEach((v, i) => {
    if (v !== i + 1) problems.push(`${label}: expected ${i + 1}, got ${v}`);
  });
  return problems.slice(0, 5);
}

export async function runPgConcurrency(options: {
  hostScript: string;
  dbUrl: string;
  processes: number;
  editsPerProcess: number;
  records: number;
  createsPerProcess: number;
}): Promise<ConcurrencyResult> {
  const hosts: HostProcess[] = [];
  try {
    // The first host migrates the empty database; the others start on it.
    hosts.push(await startHost(options.hostScript, options.dbUrl, 'kollega1', TODAY));
    for (let i = 2; i <= options.processes; i++) {
      hosts.push(await startHost(options.hostScript, options.dbUrl, `kollega${i}`, TODAY));
    }
    const setup = hosts[0]!;
    const departments = await setup.call<{ id: number; code: string }[]>('departments.list', {});
    const ff = departments.find((d) => d.code === 'FF')!.id;
    const sof = departments.find((d) => d.code === 'SOF')!.id;
    const landlord = await setup.call<{ id: number }>(
      'organisations.create',
      landlordInput({ name: 'Öresundshem AB' }),
    );
    const records: number[] = [];
    for (let r = 0; r < options.records; r++) {
      const u = await setup.call<Unit>(
        'units.create',
        modulbostadInput(ff, { objectNumber: `DELAD-${r + 1}`, notes: 'räknare=0' }),
      );
      records.push(u.id);
    }
    const creates = options.processes * options.createsPerProcess;
    const leaseUnits: number[] = [];
    const contractUnits: number[] = [];
    const households: number[] = [];
    for (let i = 0; i < creates; i++) {
      const lu = await setup.call<{ id: number }>(
        'units.create',
        modulbostadInput(ff, {
          objectNumber: `LGH-${i + 1}`,
          kind: 'lagenhet',
          site: null,
          permitEndDate: null,
          ownerType: 'hyresvard',
          ownerOrganisationId: landlord.id,
        }),
      );
      leaseUnits.push(lu.id);
      const cu = await setup.call<{ id: number }>(
        'units.create',
        modulbostadInput(ff, { objectNumber: `KK-${i + 1}` }),
      );
      contractUnits.push(cu.id);
      const pnr = TEST_PERSONNUMMER[i % TEST_PERSONNUMMER.length]!;
      const h = await setup.call<{ id: number }>(
        'households.create',
        householdInput(sof, {
          members: [member(`Hushåll ${i + 1}`, pnr, true)],
          householdSize: 1,
          childrenCount: 0,
        }),
      );
      households.push(h.id);
    }

    const latencies: number[] = [];
    const otherErrors: string[] = [];
    let conflictsRetried = 0;
    let acknowledged = 0;
    const expected = new Map<number, number>(records.map((id) => [id, 0]));
    const leaseNumbers: string[] = [];
    const contractNumbers: string[] = [];

    const timed = async (host: HostProcess, name: string, input: unknown): Promise<Envelope<unknown>> => {
      const start = performance.now();
      const result = await host.send(name, input);
      if (result.ok) latencies.push(performance.now() - start);
      return result;
    };

    const started = performance.now();
    await Promise.all(
      hosts.map(async (host, p) => {
        for (let i = 0; i < options.editsPerProcess; i++) {
          const id = records[(i + p) % records.length]!;
          for (;;) {
            const unit = await host.call<Unit>('units.get', { id });
            const n = Number(COUNTER.exec(unit.notes ?? '')?.[1] ?? NaN);
            const result = await timed(host, 'units.update', { ...unit, notes: `räknare=${n + 1}` });
            if (result.ok) {
              acknowledged++;
              expected.set(id, expected.get(id)! + 1);
              break;
            }
            if (result.error.code === 'CONFLICT') {
              conflictsRetried++;
              continue;
            }
            otherErrors.push(`${host.user} units.update: ${result.error.code} ${result.error.message}`);
            break;
          }
          // Numbering under the same load: a lease and a contract every so often.
          const k = Math.floor((i * options.createsPerProcess) / options.editsPerProcess);
          const due = Math.floor(((i + 1) * options.createsPerProcess) / options.editsPerProcess) > k;
          if (due) {
            const slot = p * options.createsPerProcess + k;
            const lease = await timed(
              host,
              'leases.create',
              leaseInput({ landlordId: landlord.id, departmentId: sof, unitIds: [leaseUnits[slot]!] }),
            );
            if (lease.ok) leaseNumbers.push((lease.value as { leaseNumber: string }).leaseNumber);
            else otherErrors.push(`${host.user} leases.create: ${lease.error.code} ${lease.error.message}`);
            const contract = await timed(
              host,
              'contracts.create',
              contractInput({
                unitId: contractUnits[slot]!,
                householdId: households[slot]!,
                referringDepartmentId: sof,
              }),
            );
            if (contract.ok) contractNumbers.push((contract.value as { contractNumber: string }).contractNumber);
            else otherErrors.push(`${host.user} contracts.create: ${contract.error.code} ${contract.error.message}`);
          }
        }
      }),
    );
    const seconds = Math.round((performance.now() - started) / 100) / 10;

    const lostUpdates: string[] = [];
    for (const id of records) {
      const unit = await setup.call<Unit>('units.get', { id });
      const stored = Number(COUNTER.exec(unit.notes ?? '')?.[1] ?? NaN);
      if (stored !== expected.get(id))
        lostUpdates.push(`unit ${id}: ${stored} stored, ${expected.get(id)} acknowledged`);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      processes: hosts.length,
      edits: acknowledged,
      conflictsRetried,
      lostUpdates,
      otherErrors: otherErrors.slice(0, 10),
      numbering: {
        leases: leaseNumbers.length,
        contracts: contractNumbers.length,
        problems: [
          ...gapless(leaseNumbers, /^HA-\d{4}-(\d+)$/, 'leases'),
          ...gapless(contractNumbers, /-(\d+)$/, 'contracts'),
        ],
      },
      latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: percentile(sorted, 100) },
      seconds,
    };
  } finally {
    for (const h of hosts) await h.stop();
  }
}
