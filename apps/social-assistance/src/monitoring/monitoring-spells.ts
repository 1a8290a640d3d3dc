// Opening and closing people's spells in the monitored register (动态监测), each with its event.
// Plain functions over the caller's transaction, so enrollment (cases/enrollment-events.ts) and the
// death consumer end spells the same way the HTTP end does.
import type { YearMonth } from '@app/common/time/year-month';
import type { MonitoringCategory, MonitoringEndReason } from '@app/contracts';
import type { EventPublisher } from '@app/messaging';
import type { EntityManager } from 'typeorm';

export async function startSpells(
  manager: EntityManager,
  publisher: EventPublisher,
  spell: { monitoredHouseholdId: string; householdId: string; category: MonitoringCategory; fromMonth: YearMonth },
  residentIds: readonly string[],
): Promise<void> {
  const rows: Array<{ id: string; resident_id: string }> = await manager.query(
    `INSERT INTO monitored_person (monitored_household_id, household_id, resident_id, from_month)
     SELECT $1, $2, r, $3 FROM unnest($4::varchar[]) AS r RETURNING id, resident_id`,
    [spell.monitoredHouseholdId, spell.householdId, spell.fromMonth.toString(), residentIds],
  );
  for (const row of rows) {
    await publisher.publish(
      manager,
      'social-assistance.monitoring.started.v1',
      { monitoringId: row.id, householdId: spell.householdId, residentId: row.resident_id, category: spell.category, fromMonth: spell.fromMonth.toString() },
    );
  }
}

/**
 * Ends the open spells of the people (or of a whole monitored household) from `stopFrom` and
 * closes each household left without an open spell. Answers the households closed.
 */
export async function endSpells(
  manager: EntityManager,
  publisher: EventPublisher,
  who: { residentIds: readonly string[] } | { monitoredHouseholdId: string },
  reason: MonitoringEndReason,
  stopFrom: YearMonth,
): Promise<string[]> {
  const [filter, param] = 'residentIds' in who ? ['resident_id = ANY($3::varchar[])', [...who.residentIds]] : ['monitored_household_id = $3', who.monitoredHouseholdId];
  // An UPDATE … RETURNING answers [rows, count].
  const [ended] = await manager.query<[Array<{ id: string; monitored_household_id: string; household_id: string; resident_id: string }>, number]>(
    `UPDATE monitored_person SET stop_from_month = $1, end_reason = $2 WHERE stop_from_month IS NULL AND ${filter}
     RETURNING id, monitored_household_id, household_id, resident_id`,
    [stopFrom.toString(), reason, param],
  );
  for (const e of ended) {
    await publisher.publish(
      manager,
      'social-assistance.monitoring.ended.v1',
      { monitoringId: e.id, householdId: e.household_id, residentId: e.resident_id, reason, stopFromMonth: stopFrom.toString() },
    );
  }
  const touched = [...new Set(ended.map((e) => e.monitored_household_id))];
  if (touched.length === 0) return [];
  const [closed] = await manager.query<[Array<{ id: string }>, number]>(
    `UPDATE monitored_household mh SET stop_from_month = $2, end_reason = $3
     WHERE mh.id = ANY($1::uuid[]) AND mh.stop_from_month IS NULL
       AND NOT EXISTS (SELECT 1 FROM monitored_person p WHERE p.monitored_household_id = mh.id AND p.stop_from_month IS NULL)
     RETURNING mh.id`,
    [touched, stopFrom.toString(), reason],
  );
  return closed.map((c) => c.id);
}
