import type { EntityManager } from 'typeorm';

/**
 * Approving a month and re-pricing a meal in it must not interleave: approval takes this lock
 * exclusively, re-pricing shared, both until their transaction ends. (Meal recording waits for an
 * approval through the settlement row instead: see the INSERT of meal-batch.sql.ts.)
 */
export async function lockCanteenMonth(manager: EntityManager, canteenId: string, month: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}(hashtext($1))`, [`canteen-month:${canteenId}:${month}`]);
}
