/**
 * Pure rules of kommunala kontrakt: the contract number, the order of the
 * phases of process 3:4 and who is responsible in each, the period a
 * contract occupies its unit, and the warnings a save must confirm.
 */
import { addYears, type IsoDate } from '../core/dates';
import { CONTRACT_PHASES, type ContractPhase, type WaiverStatus } from './schema';

/** `KK-2026-0007`: the year it was registered and its place in that year's series. */
export function formatContractNumber(year: number, sequence: number): string {
  return `KK-${year}-${String(sequence).padStart(4, '0')}`;
}

export const CONTRACT_NUMBER_PATTERN = /^KK-\d{4}-\d{4,}$/;

/** Who the plan (3:4) makes responsible for a phase: FF, the referring department, or all. */
export const ALL_DEPARTMENTS = 'Alla';
export function responsibleDepartment(phase: ContractPhase, referringDepartmentCode: string): string {
  switch (phase) {
    case 'uthyrning':
    case 'bostadsforsorjning':
      return 'FF';
    case 'uppfoljning':
      return referringDepartmentCode;
    case 'avslut':
      return ALL_DEPARTMENTS;
  }
}

export function phaseIndex(phase: ContractPhase): number {
  return CONTRACT_PHASES.indexOf(phase);
}

export function nextPhase(phase: ContractPhase): ContractPhase | null {
  return CONTRACT_PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: ContractPhase): ContractPhase | null {
  const i = phaseIndex(phase);
  return i > 0 ? CONTRACT_PHASES[i - 1]! : null;
}

/**
 * A phase moves one step at a time: forward as the work goes on, or back
 * one step (a new home fell through). Skipping a phase would skip the
 * department responsible for it.
 */
export function canMovePhase(from: ContractPhase, to: ContractPhase): boolean {
  return Math.abs(phaseIndex(to) - phaseIndex(from)) === 1;
}

/** The date the household's right to the unit ends, as far as is known now. */
export function contractEndsOn(c: {
  endDate: IsoDate;
  terminationDate: IsoDate | null;
  endedOn: IsoDate | null;
}): IsoDate {
  return c.endedOn ?? c.terminationDate ?? c.endDate;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Both ends inclusive: a contract ending on the day another starts overlaps it. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The hyresnämnd normally approves a waiver only for tenancies ending within four years (12:45 a). */
export const WAIVER_NORMAL_MAX_YEARS = 4;

/** Warnings about the contract's own terms, which a user may confirm and save anyway. */
export function termWarnings(c: { startDate: IsoDate; endDate: IsoDate; waiverStatus: WaiverStatus }): string[] {
  const warnings: string[] = [];
  if (c.endDate > addYears(c.startDate, WAIVER_NORMAL_MAX_YEARS)) {
    warnings.push(
      `Avtalstiden är längre än ${WAIVER_NORMAL_MAX_YEARS} år (t.o.m. ${c.endDate}); hyresnämnden godkänner normalt avstående från besittningsskydd bara för kortare tid.`,
    );
  }
  if (c.waiverStatus === 'avslagen') {
    warnings.push('Hyresnämnden har avslagit avståendet: hushållet får besittningsskydd.');
  }
  return warnings;
}

/** The one message that carries every warning, naming the field that confirms them. */
export function warningMessage(label: string, warnings: readonly string[]): string {
  return `${label}: ${warnings.join(' ')} Kryssa i ”${label}” och spara igen om det är avsiktligt.`;
}
