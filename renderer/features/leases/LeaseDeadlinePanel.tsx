/**
 * The deadlines the terms give, computed as the user types with the same
 * shared rules the back end stores (shared/leases/deadlines.ts), so what the
 * form shows before saving is what the list and Bevakning show after.
 */
import { isIsoDate } from '../../../shared/core/dates';
import { formatMoney } from '../../../shared/core/money';
import {
  currentPeriodEnd,
  earliestTenantExitOnFixedTerm,
  fixedTermNeedsNotice,
  leaseTermsProblems,
  nextNoticeDeadline,
  type LeaseTerms,
} from '../../../shared/leases/deadlines';
import {
  currentYearlyRent,
  indexationProblems,
  missingIndexMessage,
  type KpiValue,
} from '../../../shared/leases/indexation';
import {
  INDEXATION_KINDS,
  indexationOf,
  termsOf,
  type LeaseIndexationFields,
  type LeaseTermFields,
} from '../../../shared/leases/schema';

interface Props {
  /** The form's values, already turned into the procedure's input. */
  input: Record<string, unknown>;
  today: string;
  kpi: readonly KpiValue[];
}

function intOrNull(v: unknown): number | null | undefined {
  if (v === null) return null;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The terms when the form holds enough to compute on, else what is missing. */
function readTerms(input: Record<string, unknown>): { terms: LeaseTerms } | { missing: string } {
  const { premises, termType, startDate, endDate } = input;
  if (premises !== 'bostad' && premises !== 'lokal') return { missing: 'Välj lokaltyp.' };
  if (termType !== 'tidsbestamd' && termType !== 'tillsvidare') return { missing: 'Välj avtalstid.' };
  if (typeof startDate !== 'string' || !isIsoDate(startDate)) return { missing: 'Fyll i startdatum.' };
  const months = ['noticeMonthsTenant', 'noticeMonthsLandlord', 'extensionMonths'].map((k) => intOrNull(input[k]));
  if (months.some((m) => m === undefined)) return { missing: 'Ange uppsägnings- och förlängningstid i hela månader.' };
  const fields: LeaseTermFields = {
    premises,
    termType,
    startDate,
    endDate: typeof endDate === 'string' && endDate !== '' ? endDate : null,
    noticeMonthsTenant: months[0]!,
    noticeMonthsLandlord: months[1]!,
    extensionMonths: months[2]!,
  };
  const terms = termsOf(fields);
  const problems = Object.values(leaseTermsProblems(terms));
  return problems.length > 0 ? { missing: problems[0]! } : { terms };
}

/** The indexation fields as the form holds them; a field not (yet) a number counts as empty. */
function readIndexation(input: Record<string, unknown>): LeaseIndexationFields | null {
  const kind = INDEXATION_KINDS.find((k) => k === input['indexationKind']);
  if (!kind) return null;
  const numberOrNull = (key: string) => (typeof input[key] === 'number' ? input[key] : null);
  return {
    indexationKind: kind,
    kpiBaseIndex: numberOrNull('kpiBaseIndex'),
    kpiBaseMonth: typeof input['kpiBaseMonth'] === 'string' ? input['kpiBaseMonth'] : null,
    kpiIndexedPercent: numberOrNull('kpiIndexedPercent'),
    fixedPercentPerYear: numberOrNull('fixedPercentPerYear'),
  };
}

function Rule({ text }: { text: string }) {
  return <span className="rule">{text}</span>;
}

function RentNow({ input, today, kpi }: Props) {
  const rent = input['rentPerYearOre'];
  const start = input['startDate'];
  if (typeof rent !== 'number' || !Number.isInteger(rent) || rent < 0 || typeof start !== 'string' || !isIsoDate(start))
    return null;
  const fields = readIndexation(input);
  if (!fields) return null;
  const indexation = indexationOf(fields);
  if (indexationProblems(rent, start, indexation).length > 0) return null;
  const day = today < start ? start : today;
  const current = currentYearlyRent(rent, start, indexation, kpi, day);
  return (
    <>
      <dt>Årshyra {today < start ? 'vid start' : 'i dag'}</dt>
      <dd>
        <strong>{current ? formatMoney(current.yearlyRentOre) : '–'}</strong>
        {current?.indexMonth ? (
          <span className="muted">
            {' '}
            (KPI {current.indexMonth}: {String(current.indexValue).replace('.', ',')})
          </span>
        ) : null}
        {current?.missingIndexMonth ? (
          <div className="field-error">{missingIndexMessage(current.missingIndexMonth)} i KPI-tabellen.</div>
        ) : null}
      </dd>
    </>
  );
}

export function LeaseDeadlinePanel({ input, today, kpi }: Props) {
  const read = readTerms(input);
  return (
    <section className="computed sticky" aria-label="Beräknade frister" aria-live="polite">
      <h3>Frister och hyra, beräknat per {today}</h3>
      {'missing' in read ? <p className="muted">{read.missing}</p> : <Deadlines terms={read.terms} today={today} />}
      <dl>
        <RentNow input={input} today={today} kpi={kpi} />
      </dl>
    </section>
  );
}

function Deadlines({ terms, today }: { terms: LeaseTerms; today: string }) {
  const tenant = nextNoticeDeadline(terms, today, 'tenant');
  const landlord = nextNoticeDeadline(terms, today, 'landlord');
  const periodEnd = currentPeriodEnd(terms, today);
  const earlyExit = earliestTenantExitOnFixedTerm(terms, today);
  return (
    <dl>
      <dt>Staden kan säga upp senast</dt>
      <dd data-testid="tenant-deadline">
        {tenant ? (
          <>
            <strong>{tenant.lastNoticeDate}</strong> för upphörande {tenant.endsOn} <Rule text={tenant.rule} />
            <div className="explanation">{tenant.explanation}</div>
          </>
        ) : fixedTermNeedsNotice(terms) ? (
          'Avtalet har upphört.'
        ) : (
          <>
            Ingen uppsägning behövs: avtalet upphör {terms.endDate} av sig självt <Rule text="JB 12:3 andra stycket" />
          </>
        )}
      </dd>
      {landlord ? (
        <>
          <dt>Hyresvärden måste säga upp senast</dt>
          <dd>
            {landlord.lastNoticeDate} för upphörande {landlord.endsOn} <Rule text={landlord.rule} />
          </dd>
        </>
      ) : null}
      <dt>Nuvarande avtalsperiod</dt>
      <dd>{periodEnd ? (periodEnd < today ? `upphörde ${periodEnd}` : `t.o.m. ${periodEnd}`) : 'tills vidare'}</dd>
      {earlyExit && earlyExit.rule === 'JB 12:5 första stycket' ? (
        <>
          <dt>Bostad: tidigare utträde</dt>
          <dd>
            {earlyExit.explanation} <Rule text={earlyExit.rule} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
