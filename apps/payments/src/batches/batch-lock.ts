import type { EntityManager } from 'typeorm';

/** Any number that no other advisory lock of this database uses. */
const BATCH_STATE_LOCK = 7_306_001;

/**
 * Assembly, release and return files change which lines are in which batch and how they ended;
 * they take this lock in turn, across replicas, so a line can never be put in two batches or be
 * returned while its batch is being released. They are a finance officer's few clicks a month: the
 * queue costs nothing. The consumer of approvals never takes it (chunks keep arriving meanwhile).
 */
export async function lockBatchState(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1)`, [BATCH_STATE_LOCK]);
}
