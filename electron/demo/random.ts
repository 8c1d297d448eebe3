/**
 * A small seeded random generator for demo and benchmark data: the same
 * seed gives the same database, so screenshots and figures are comparable.
 */
export class Random {
  private state: number;

  constructor(seed = 20261126) {
    this.state = seed >>> 0;
  }

  /** mulberry32: fast, good enough for fictional data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Luhn check digit over a string of digits (organisationsnummer, personnummer). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A fictional but valid aktiebolag number: 55xxxx-xxxC. */
export function fictionalOrgNumber(random: Random): string {
  const nine = `55${random.int(6, 9)}${String(random.int(0, 999999)).padStart(6, '0')}`;
  const ten = `${nine}${luhnCheckDigit(nine)}`;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}
