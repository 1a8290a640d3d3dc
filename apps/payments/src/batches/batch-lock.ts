import type { EntityManager } from 'typeorm';

/** Any number that no other advisory lock of this database uses. */
const BATCH_STATE_LOCK = 7_306_001;

/**
 * Assembly, return files and recovery batches change which lines are in which batch and how they
 * ended, across batches; they take this lock exclusively, in turn, across replicas, so a line can
 * never be put in two batches or be returned while its batch is being released. They are a finance
 * officer's few clicks a month: the queue costs nothing. The consumer of approvals never takes it
 * (chunks keep arriving meanwhile).
 */
export async function lockBatchState(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1)`, [BATCH_STATE_LOCK]);
}

/**
 * A release changes only its own batch's lines (re-pointed, or held when the payee's account moved
 * bank) and writes its own file, so releases of different batches share this lock and run at once:
 * a month's twenty 50,000-line files were written one after the other (bench/payments). The release
 * also locks its batch's row, so one batch is still released once. Assembly and return files wait
 * for the releases in flight, and releases wait for them.
 */
export async function lockBatchStateForRelease(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock_shared($1)`, [BATCH_STATE_LOCK]);
}
