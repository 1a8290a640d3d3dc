// The caregiver's device time as typed on the order screen ('2024-07-20 09:00', Beijing time,
// which is what caseworkers read and the service stores as an instant with its offset). Pure.

export const VISIT_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

/** '2024-07-20 09:00' -> '2024-07-20T09:00:00+08:00'; empty -> undefined (the service takes now). */
export function visitInstant(typed: string | undefined): string | undefined {
  const match = VISIT_TIME.exec((typed ?? '').trim());
  return match ? `${match[1]}T${match[2]}:${match[3]}:00+08:00` : undefined;
}
