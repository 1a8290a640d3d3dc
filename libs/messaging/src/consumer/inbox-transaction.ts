import type { PoolClient, QueryResult } from 'pg';
import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export interface InboxEntry {
  id: string;
  type: string;
}

/**
 * A consumer's transaction, opened together with its inbox rows: `BEGIN` and the inbox insert go
 * to PostgreSQL as one multi-statement query, one round trip instead of two. Under a steady
 * trickle of events (a batch of one or two) the round trips of a consumer transaction are most of
 * its cost on both sides — each socket write wakes the database backend on the same two cores.
 * `work` gets the ids not in the inbox before (an event already there is skipped) and the
 * transaction's EntityManager; the transaction commits after it, or rolls back if anything throws.
 */
export async function inInboxTransaction(
  dataSource: DataSource,
  consumer: string,
  entries: readonly InboxEntry[],
  work: (fresh: Set<string>, manager: EntityManager) => Promise<void>,
): Promise<void> {
  const runner = dataSource.createQueryRunner('master');
  try {
    const client = (await runner.connect()) as PoolClient;
    // Marked open before the query is sent: if its insert fails, the connection is inside an
    // aborted transaction block and must be rolled back before it goes back to the pool.
    markTransactionOpen(runner);
    const results = (await client.query(`BEGIN; ${inboxInsert(consumer, entries)}`)) as unknown as Array<QueryResult<{ event_id: string }>>;
    const fresh = new Set(results[1].rows.map((row) => row.event_id));
    await work(fresh, runner.manager);
    await runner.commitTransaction();
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await runner.release();
  }
}

/** Literal values (a multi-statement query takes no parameters), each escaped by pg. */
export function inboxInsert(consumer: string, entries: readonly InboxEntry[]): string {
  const values = entries.map((e) => `(${escapeLiteral(consumer)}, ${escapeLiteral(e.id)}::uuid, ${escapeLiteral(e.type)})`).join(', ');
  return `INSERT INTO inbox (consumer, event_id, event_type) VALUES ${values} ON CONFLICT DO NOTHING RETURNING event_id`;
}

/**
 * What `startTransaction()` records on the runner, without its `START TRANSACTION` round trip:
 * then `commitTransaction()`, `rollbackTransaction()` and nested `manager.transaction()` calls of
 * handlers (savepoints) behave as in any TypeORM transaction.
 */
function markTransactionOpen(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}
