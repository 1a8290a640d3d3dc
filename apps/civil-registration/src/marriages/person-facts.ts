// What this service's own records say about a person: used by marriage and divorce checks.
import type { EntityManager } from 'typeorm';

export async function isDeceased(manager: EntityManager, residentId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM death_record WHERE resident_id = $1`, [residentId]);
  return rows.length > 0;
}

/** In a marriage not ended by divorce nor by the spouse's recorded death. */
export async function isCurrentlyMarried(manager: EntityManager, residentId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM marriage m
      WHERE m.status = 'ACTIVE' AND $1 IN (m.party_a_resident_id, m.party_b_resident_id)
        AND NOT EXISTS (SELECT 1 FROM death_record d
                         WHERE d.resident_id = CASE WHEN m.party_a_resident_id = $1 THEN m.party_b_resident_id ELSE m.party_a_resident_id END)`,
    [residentId],
  );
  return rows.length > 0;
}

/**
 * Serialises, until the transaction ends, every change that involves these persons, so that two
 * registrations for the same person cannot both pass their checks.
 */
export async function lockPersons(manager: EntityManager, residentIds: string[]): Promise<void> {
  for (const id of [...new Set(residentIds)].sort()) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`civil-registration:person:${id}`]);
  }
}
