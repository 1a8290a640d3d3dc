import type { EntityManager } from 'typeorm';

/**
 * Approving a month and recording a meal into it must not interleave: approval takes this lock
 * exclusively, meal recording shared, both until their transaction ends.
 */
export async function lockCanteenMonth(manager: EntityManager, canteenId: string, month: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}(hashtext($1))`, [`canteen-month:${canteenId}:${month}`]);
}
