import { describe, expect, it } from 'vitest';
import {
  canMovePhase,
  contractEndsOn,
  CONTRACT_NUMBER_PATTERN,
  formatContractNumber,
  nextPhase,
  periodsOverlap,
  previousPhase,
  responsibleDepartment,
  termWarnings,
} from '../../shared/contracts/rules';
import { CONTRACT_PHASES } from '../../shared/contracts/schema';

describe('contract numbers', () => {
  it('writes KK-YYYY-NNNN, padding to four digits and growing past 9999', () => {
    expect(formatContractNumber(2026, 7)).toBe('KK-2026-0007');
    expect(formatContractNumber(2027, 10000)).toBe('KK-2027-10000');
    expect(CONTRACT_NUMBER_PATTERN.test('KK-2026-0007')).toBe(true);
    expect(CONTRACT_NUMBER_PATTERN.test('KK-26-7')).toBe(false);
  });
});

describe('process 3:4', () => {
  it('has four phases in the plan’s order, each with its responsible department', () => {
    expect(CONTRACT_PHASES).toEqual(['uthyrning', 'uppfoljning', 'bostadsforsorjning', 'avslut']);
    expect(CONTRACT_PHASES.map((p) => responsibleDepartment(p, 'VOF'))).toEqual(['FF', 'VOF', 'FF', 'Alla']);
  });

  it('moves one step forward or back, never skipping and never standing still', () => {
    expect(canMovePhase('uthyrning', 'uppfoljning')).toBe(true);
    expect(canMovePhase('bostadsforsorjning', 'uppfoljning')).toBe(true);
    expect(canMovePhase('uthyrning', 'bostadsforsorjning')).toBe(false);
    expect(canMovePhase('uthyrning', 'avslut')).toBe(false);
    expect(canMovePhase('avslut', 'avslut')).toBe(false);
    expect([nextPhase('avslut'), previousPhase('uthyrning'), nextPhase('uthyrning')]).toEqual([
      null,
      null,
      'uppfoljning',
    ]);
  });
});

describe('periods', () => {
  it('a contract occupies its unit until it ended, or until notice ends it, or until its agreed end', () => {
    expect(contractEndsOn({ endDate: '2028-10-31', terminationDate: null, endedOn: null })).toBe('2028-10-31');
    expect(contractEndsOn({ endDate: '2028-10-31', terminationDate: '2027-02-28', endedOn: null })).toBe('2027-02-28');
    expect(contractEndsOn({ endDate: '2028-10-31', terminationDate: '2027-02-28', endedOn: '2027-01-15' })).toBe(
      '2027-01-15',
    );
  });

  it('overlap counts both ends: ending on the day the next starts is a double letting', () => {
    const a = { start: '2026-01-01', end: '2026-06-30' };
    expect(periodsOverlap(a, { start: '2026-06-30', end: '2026-12-31' })).toBe(true);
    expect(periodsOverlap(a, { start: '2026-07-01', end: '2026-12-31' })).toBe(false);
    expect(periodsOverlap(a, { start: '2025-01-01', end: '2027-01-01' })).toBe(true);
  });
});

describe('warnings about the terms', () => {
  it('warns when the term is longer than four years, or the waiver was refused; not for four years exactly', () => {
    expect(termWarnings({ startDate: '2026-11-01', endDate: '2030-11-01', waiverStatus: 'godkand' })).toEqual([]);
    expect(termWarnings({ startDate: '2026-11-01', endDate: '2030-11-02', waiverStatus: 'godkand' })[0]).toMatch(
      /längre än 4 år \(t\.o\.m\. 2030-11-02\)/,
    );
    expect(termWarnings({ startDate: '2026-11-01', endDate: '2027-11-01', waiverStatus: 'avslagen' })[0]).toMatch(
      /avslagit avståendet/,
    );
  });
});
