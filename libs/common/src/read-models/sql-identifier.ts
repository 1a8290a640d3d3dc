/**
 * Table and column names of the read models are the services' own constants, never input; this
 * check keeps it so, since identifiers cannot be bound as query parameters.
 */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new RangeError(`not a plain lower-case SQL identifier: ${name}`);
  return name;
}
