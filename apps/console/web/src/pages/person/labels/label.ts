// Reading a code through a label map: the Chinese label, the code itself when the map does not
// know it yet (a new value from a service reads as its code, never as nothing), '—' for none. Pure.

export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: K | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return (labels as Readonly<Record<string, string>>)[value] ?? value;
}

/** Several codes, each through the map, joined the Chinese way ('孤儿、留守儿童'). */
export function labelsOf<K extends string>(labels: Readonly<Record<K, string>>, values: readonly (K | string)[] | null | undefined): string {
  if (!values || values.length === 0) return '—';
  return values.map((v) => labelOf(labels, v)).join('、');
}
