/**
 * The parameters of one statement assembled from parts written in different places (a state
 * change, its outbox rows, its audit rows as CTEs of one `WITH`): each part adds its values and
 * writes the placeholders it gets back, so the parts need not know each other's numbering.
 *
 * One statement is one round trip and, outside BEGIN, a transaction of its own: every CTE of it
 * commits or none does.
 */
export class StatementParams {
  readonly values: unknown[] = [];

  /** Adds a value; returns its placeholder (`$n`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
