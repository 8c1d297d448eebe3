import { describe, expect, it } from 'vitest';
import { coveringLease, landlordToldOn, leaseWarnings, type LeasePeriod } from '../../shared/contracts/leaseLink';
import { defaultDeliveryLease } from '../../shared/landAgreements/deliveries';

const lease = (id: number, status: LeasePeriod['status'], startDate: string, endsOn: string | null): LeasePeriod => ({
  id,
  leaseNumber: `HA-${id}`,
  status,
  startDate,
  endsOn,
});
const contract = { start: '2026-11-01', end: '2028-10-31' };

describe('which lease a kommunalt kontrakt sits on', () => {
  it('takes the lease covering the whole period, over one covering more days but not all', () => {
    const old = lease(1, 'uppsagd', '2020-01-01', '2028-06-30');
    const runsOn = lease(2, 'aktiv', '2026-01-01', null);
    expect(coveringLease([old, runsOn], contract)?.id).toBe(2);
  });

  it('without a covering lease, takes the one overlapping most; on a tie the later; none when none overlaps', () => {
    const first = lease(1, 'avslutad', '2024-01-01', '2026-12-31');
    const renewed = lease(2, 'aktiv', '2027-01-01', '2027-12-31');
    expect(coveringLease([first, renewed], contract)?.id).toBe(2);
    expect(coveringLease([first, renewed], { start: '2026-12-01', end: '2027-01-31' })?.id).toBe(2);
    expect(coveringLease([first], { start: '2027-02-01', end: '2027-03-31' })).toBeNull();
  });

  it('never picks a draft lease by itself', () => {
    expect(coveringLease([lease(1, 'utkast', '2026-01-01', null)], contract)).toBeNull();
  });
});

describe('warnings between a contract and its lease', () => {
  it('warns when the contract starts before the lease and when it runs past the lease’s end', () => {
    expect(leaseWarnings(lease(7, 'uppsagd', '2027-01-01', '2027-12-31'), [], contract)).toEqual([
      'Kontraktet börjar 2026-11-01, före hyresavtal HA-7 som börjar 2027-01-01.',
      'Kontraktet löper till 2028-10-31, efter att hyresavtal HA-7 upphör 2027-12-31; staden kan inte hyra ut bostaden längre än den själv hyr den.',
    ]);
  });

  it('says nothing for a lease that covers the contract, or a unit without leases', () => {
    expect(leaseWarnings(lease(7, 'aktiv', '2026-11-01', '2028-10-31'), [], contract)).toEqual([]);
    expect(leaseWarnings(lease(7, 'aktiv', '2020-01-01', null), [], contract)).toEqual([]);
    expect(leaseWarnings(null, [], contract)).toEqual([]);
  });

  it('warns when the unit is rented but no lease is in force during the contract, or the lease is a draft', () => {
    expect(leaseWarnings(null, [lease(3, 'avslutad', '2020-01-01', '2025-12-31')], contract)).toEqual([
      'Bostaden hyrs på hyresavtal HA-3 (2020-01-01 – 2025-12-31), men inget av dem gäller under kontraktstiden 2026-11-01 – 2028-10-31.',
    ]);
    expect(leaseWarnings(lease(4, 'utkast', '2026-01-01', null), [], contract)).toEqual([
      'Hyresavtal HA-4 är ett utkast och gäller inte ännu.',
    ]);
  });
});

describe('the landlord told of the sublet', () => {
  it('on the contract first, else for the whole lease', () => {
    expect(landlordToldOn({ landlordNotifiedDate: '2026-11-02', leaseSubletNotifiedDate: '2025-01-02' })).toBe(
      '2026-11-02',
    );
    expect(landlordToldOn({ landlordNotifiedDate: null, leaseSubletNotifiedDate: '2025-01-02' })).toBe('2025-01-02');
    expect(landlordToldOn({ landlordNotifiedDate: null, leaseSubletNotifiedDate: null })).toBeNull();
  });
});

describe('the lease a delivery form starts with', () => {
  it('the unit’s lease in force on the day of hand-over, else its latest in force, else none', () => {
    const old = lease(1, 'avslutad', '2020-01-01', '2023-12-31');
    const current = lease(2, 'aktiv', '2024-01-01', null);
    const draft = lease(3, 'utkast', '2027-01-01', null);
    expect(defaultDeliveryLease([draft, current, old], '2026-09-01')?.id).toBe(2);
    expect(defaultDeliveryLease([draft, current, old], '2023-06-01')?.id).toBe(2);
    expect(defaultDeliveryLease([draft, old], '2023-06-01')).toBeNull();
    expect(defaultDeliveryLease([], '2026-09-01')).toBeNull();
  });
});
