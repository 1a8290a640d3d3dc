// Record numbers (household and case ids are UUIDs) and calendar days, for forms and messages. Pure.

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A household or case number as the service issues them (a UUID), after trimming. */
export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value.trim());
}

/** The calendar day after 'YYYY-MM-DD' (approval is possible from the day after a notice ends). */
export function dayAfter(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`a day must be YYYY-MM-DD, got "${day}"`);
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return next.toISOString().slice(0, 10);
}

/** The month after 'YYYY-MM-DD' as 'YYYY-MM' (payment starts the month after approval). */
export function monthAfter(day: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(day);
  if (!match) throw new RangeError(`a day must be YYYY-MM-DD, got "${day}"`);
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1));
  return next.toISOString().slice(0, 7);
}
