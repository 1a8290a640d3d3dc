// The public notice (公示) every 低保 approval now goes through, for tests about something else:
// their own policy data has a notice of 0 days, so their timelines stay as they were while the
// case still passes APPLIED → IN_PUBLIC_NOTICE → APPROVED. public-notice.int-spec.ts tests the
// notice itself with the city's 7 days.
import type { Harness } from './harness';

export const NO_NOTICE_DAYS = { key: 'social-assistance.dibao.public-notice-period', value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2000-01-01' };

/** Records the investigation and starts the notice of a 低保 case (a recorder's token). */
export async function startPublicNotice(h: Harness, caseId: string, token: string): Promise<void> {
  await h.http().post(`/api/v1/dibao/applications/${caseId}/public-notice`).set('Authorization', token).send({ investigation: '入户调查属实，核对无异常' }).expect(200);
}
