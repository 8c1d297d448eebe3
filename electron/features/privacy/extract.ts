/**
 * Registerutdrag (GDPR art. 15): everything the registers hold on one
 * person, found by their personnummer: the households they belong to (their
 * own member row; the other members are other people's data and only
 * counted), contracts, rent guarantees, quota placements, move-ons and
 * newcomer periods of those households, the audit history of those
 * records, and who has seen the person's whole number. Made as one printable
 * document (the documents layout) and as JSON; making it is audited.
 */
import type { Knex } from 'knex';
import { formatIdentityNumber, maskIdentityNumber } from '../../../shared/households/personnummer';
import { identityReadLabels, type IdentityReadAction, type RegisterExtract } from '../../../shared/privacy/schema';
import { AppError } from '../../../shared/core/result';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { html, type SafeHtml } from '../documents/html';
import { documentHtml } from '../documents/layout';
import { getSettings } from '../settings/service';

type Row = Record<string, unknown>;

/** Columns that are bookkeeping or derived search text, not data on the person. */
const LEFT_OUT = new Set(['searchText', 'sortKey']);

function clean(rows: Row[]): Row[] {
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !LEFT_OUT.has(k))));
}

async function rowsWhereIn(db: Knex, table: string, column: string, ids: number[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  return clean((await db(table).whereIn(column, ids).orderBy('id')) as Row[]);
}

const ids = (rows: Row[]) => rows.map((r) => Number(r['id']));

interface AuditLine {
  at: string;
  actor: string;
  actorName: string;
  entity: string;
  entityId: number | null;
  action: string;
  details: string | null;
}

async function auditLines(db: Knex, where: (qb: Knex.QueryBuilder) => void): Promise<AuditLine[]> {
  const qb = db('auditLog')
    .leftJoin('users', 'users.login', 'auditLog.actor')
    .select('auditLog.*', 'users.displayName as actorName')
    .orderBy('auditLog.id');
  qb.where(where);
  const rows = (await qb) as (AuditLine & { before: string | null; after: string | null; id: number })[];
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    actorName: r.actorName ?? r.actor,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    details: r.after ?? r.before,
  }));
}

/** The person's own number stays; anyone else's (a household member in the history) keeps only its birth date. */
function othersMasked(text: string, own: string): string {
  return text.replace(/(?<!\d)(\d{8})(\d{4})(?!\d)/g, (whole: string, date: string) =>
    whole === own ? whole : `${date}-****`,
  );
}

export async function registerExtract(ctx: ServiceContext, identityNumber: string): Promise<RegisterExtract> {
  const db = ctx.db;
  const members = clean((await db('householdMembers').where({ identityNumber }).orderBy('id')) as Row[]);
  if (members.length === 0)
    throw new AppError(
      'NOT_FOUND',
      `Ingen person med personnumret ${maskIdentityNumber(identityNumber)} finns i registren.`,
    );
  const householdIds = [...new Set(members.map((m) => Number(m['householdId'])))];
  const households = (await rowsWhereIn(db, 'households', 'id', householdIds)).map((h) => ({
    ...h,
    // Other members are other people: counted, never shown.
    otherMembers:
      members.filter((m) => Number(m['householdId']) === h['id']).length === 0 ? 0 : Number(h['householdSize']) - 1,
  }));
  const contracts = await rowsWhereIn(db, 'municipalContracts', 'householdId', householdIds);
  const guarantees = await rowsWhereIn(db, 'rentGuarantees', 'householdId', householdIds);
  const placements = await rowsWhereIn(db, 'quotaPlacements', 'householdId', householdIds);
  const moveOns = await rowsWhereIn(db, 'moveOns', 'householdId', householdIds);
  const newcomerPeriods = await rowsWhereIn(db, 'newcomerSettlements', 'householdId', householdIds);
  const discharges = await rowsWhereIn(db, 'discharges', 'householdId', householdIds);
  const evictionRisks = await rowsWhereIn(db, 'evictionRisks', 'householdId', householdIds);

  const records: [string, number[]][] = [
    ['household', householdIds],
    ['contract', ids(contracts)],
    ['guarantee', ids(guarantees)],
    ['quotaPlacement', ids(placements)],
    ['moveOn', ids(moveOns)],
    ['newcomer', ids(newcomerPeriods)],
    ['discharge', ids(discharges)],
    ['evictionRisk', ids(evictionRisks)],
  ];
  const history = (
    await auditLines(db, (w) => {
      for (const [entity, list] of records)
        if (list.length > 0)
          w.orWhere((o) => {
            o.where('auditLog.entity', entity).whereIn('auditLog.entityId', list);
          });
    })
  ).map((line) => ({ ...line, details: line.details && othersMasked(line.details, identityNumber) }));
  // Who saw the whole number: Visa personnummer on the households, and earlier extracts on this
  // person (same birth date, same households: the audit row keeps no whole number to match on).
  const earlierExtracts = (
    await auditLines(db, (w) => {
      w.where('auditLog.action', 'extract').where(
        'auditLog.after',
        'like',
        `%"person":"${maskIdentityNumber(identityNumber)}"%`,
      );
    })
  ).filter((l) => {
    const seen = (JSON.parse(l.details ?? '{}') as { households?: number[] }).households ?? [];
    return seen.some((id) => householdIds.includes(id));
  });
  const identityReads = [...history.filter((h) => h.action === 'view-identity'), ...earlierExtracts];
  const printReads = await auditLines(db, (w) => {
    w.where('auditLog.action', 'print')
      .where('auditLog.entity', 'document')
      .where('auditLog.after', 'like', '%"kind":"contract"%');
  });
  const contractIds = new Set(ids(contracts));
  for (const p of printReads) {
    const printed = (JSON.parse(p.details ?? '{}') as { ids?: number[] }).ids ?? [];
    if (printed.some((id) => contractIds.has(id))) identityReads.push(p);
  }
  identityReads.sort((a, b) => a.at.localeCompare(b.at));

  const name = (members[0]?.['name'] as string | undefined) ?? null;
  const madeAt = ctx.clock.now();
  const extract = {
    identityNumber,
    name,
    madeAt,
    madeBy: ctx.actor.displayName,
    households,
    members,
    contracts,
    guarantees,
    placements: [...placements, ...moveOns.map((m) => ({ ...m, kind: 'utslussning' }))],
    newcomerPeriods,
    discharges,
    evictionRisks,
    history: history.filter((h) => h.action !== 'view-identity'),
    identityReads,
  };
  await appendAudit(ctx, {
    entity: 'person',
    entityId: null,
    action: 'extract',
    // The extract names whose it is by birth date only: the audit log is read by many.
    after: { person: maskIdentityNumber(identityNumber), households: householdIds },
  });
  const { value: organisation } = await getSettings(ctx, 'organisation');
  const title = `Registerutdrag ${formatIdentityNumber(identityNumber)}`;
  return {
    ...extract,
    json: JSON.stringify(extract, null, 2),
    html: documentHtml({ title, organisation, printedOn: ctx.clock.today(), pages: [extractPage(title, extract)] }),
    fileName: `Registerutdrag ${maskIdentityNumber(identityNumber).slice(0, 8)} ${ctx.clock.today()}.pdf`,
  };
}

function table(title: string, rows: Row[]): SafeHtml {
  if (rows.length === 0)
    return html`<h2>${title}</h2>
      <p class="muted">Inga uppgifter.</p>`;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return html`<h2>${title}</h2>
    ${rows.map(
      (r) =>
        html`<table class="facts">
          ${columns.map(
            (c) =>
              html`<tr>
                <th>${c}</th>
                <td>${r[c] === null || r[c] === undefined ? '—' : String(r[c])}</td>
              </tr>`,
          )}
        </table>`,
    )}`;
}

function auditTable(title: string, lines: AuditLine[], describe: (l: AuditLine) => string): SafeHtml {
  if (lines.length === 0)
    return html`<h2>${title}</h2>
      <p class="muted">Inga uppgifter.</p>`;
  return html`<h2>${title}</h2>
    <table>
      <tr>
        <th>Tid</th>
        <th>Vem</th>
        <th>Vad</th>
      </tr>
      ${lines.map(
        (l) =>
          html`<tr>
            <td>${l.at.slice(0, 16).replace('T', ' ')}</td>
            <td>${l.actorName}</td>
            <td>${describe(l)}</td>
          </tr>`,
      )}
    </table>`;
}

function extractPage(title: string, e: Omit<RegisterExtract, 'html' | 'json' | 'fileName'>): SafeHtml {
  return html`<h1>${title}</h1>
    <p>
      Utdrag enligt artikel 15 i dataskyddsförordningen (GDPR) över de uppgifter Bostadsportföljen har om
      ${e.name ?? 'personen'} (${formatIdentityNumber(e.identityNumber)}). Gjort ${e.madeAt.slice(0, 10)} av
      ${e.madeBy}.
    </p>
    ${table('Personen i hushåll', e.members)} ${table('Hushåll', e.households)}
    ${table('Kommunala kontrakt', e.contracts)} ${table('Hyresgarantier', e.guarantees)}
    ${table('Kvotplaceringar och utslussning', e.placements)} ${table('Bosättning av nyanlända', e.newcomerPeriods)}
    ${table('Utskrivning från anstalt, vård eller behandling', e.discharges)}
    ${table('Risk för vräkning', e.evictionRisks)}
    ${auditTable('Ändringshistorik', e.history, (l) => `${l.entity} ${l.entityId ?? ''}: ${l.action}`)}
    ${auditTable(
      'Vem har sett hela personnumret',
      e.identityReads,
      (l) => identityReadLabels[l.action as IdentityReadAction] ?? l.action,
    )}`;
}
