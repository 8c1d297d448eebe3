/**
 * Reads a lookup table by a name that came from outside. `table[name]` also
 * finds what every object inherits (`constructor`, `toString`,
 * `__proto__`), which would pass an allow-list as if it were an entry.
 */
export function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
