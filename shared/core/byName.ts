/**
 * Combines the per-feature maps of procedures (or of their handlers) into one,
 * refusing a name that two maps both declare. Spreading the maps together
 * would let the later one silently replace the earlier.
 */
type Combined<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Combined<Rest>
  : unknown;

export function combineByName<const T extends readonly object[]>(...maps: T): Combined<T> {
  const combined: Record<string, unknown> = {};
  for (const map of maps)
    for (const [name, value] of Object.entries(map)) {
      if (Object.hasOwn(combined, name)) throw new Error(`${name} is declared twice`);
      combined[name] = value;
    }
  return combined as Combined<T>;
}
