// A person several services know, for the 死亡登记 scenario, set up the way scripts/demo-death.ts
// does it, through the services' own APIs with service tokens (the harness's JWT_SECRET): an
// 82-year-old (born 1942-07-07) on 低保 (with a spouse) since July 2024, paid July to September,
// with the high-age allowance and the service subsidy. social-assistance approves the household as of June 2024
// and is then restarted as of September, like the other services.
import { loadReferenceData } from '../../../scripts/load-reference-data';
import { residentId } from '../../support/resident-ids';
import { waitFor } from '../../support/wait-for';
import { Integrator, token, type Platform } from '../../system/support/platform';

export const JUNE = { CLOCK_FIXED_DATE: '2024-06-10' };
export const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const STAFF = token(['admin', 'operator'], 'e2e-clerk');
const CHECKER = token(['admin', 'operator'], 'e2e-checker');
const NOTICE = 'social-assistance.dibao.public-notice-period';

export interface KnownPerson {
  residentId: string;
  spouse: string;
  name: string;
}

/**
 * Loads the reference data and gives the 低保 public notice 0 days, as the demo does. The
 * services' databases are the run's, shared by the e2e files of one run: both steps leave alone
 * what an earlier file already did.
 */
async function prepare(platform: Platform): Promise<void> {
  await loadReferenceData(platform.urls());
  const sa = platform.http('social-assistance');
  const inForce = await sa.get('/api/v1/policy-parameters/in-force').query({ key: NOTICE, date: '2024-06-10' }).set('Authorization', STAFF).expect(200);
  if ((inForce.body.value as { days: number }).days === 0) return;
  await sa.post('/api/v1/policy-parameters/end-open-period').set('Authorization', STAFF).send({ key: NOTICE, lastDay: '2024-05-31' }).expect(200);
  await sa.post('/api/v1/policy-parameters').set('Authorization', STAFF).send({ key: NOTICE, value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2024-06-01' }).expect(201);
}

async function enrolInDibao(platform: Platform, person: KnownPerson): Promise<void> {
  const sa = platform.http('social-assistance');
  const member = (id: string) => ({ residentId: id, name: '王某', relation: 'OTHER', incomes: [{ source: 'PENSION', monthlyFen: 20_000 }], categories: [] });
  const household = await sa.post('/api/v1/households').set('Authorization', STAFF).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member(person.residentId), member(person.spouse)] }).expect(201);
  const application = await sa.post('/api/v1/dibao/applications').set('Authorization', STAFF).send({ householdId: household.body.id }).expect(201);
  await sa.post(`/api/v1/dibao/applications/${application.body.id}/public-notice`).set('Authorization', STAFF).send({ investigation: '入户调查属实' }).expect(200);
  await sa.post(`/api/v1/dibao/applications/${application.body.id}/approve`).set('Authorization', CHECKER).expect(200);
}

async function grantHighAgeAllowance(platform: Platform, person: KnownPerson): Promise<void> {
  const ec = platform.http('elderly-care');
  await ec.post('/api/v1/elders/import').set('Authorization', STAFF).set('Content-Type', 'application/x-ndjson').send(`${JSON.stringify({ residentId: person.residentId, name: person.name, region: '110105', local: true })}\n`).expect(200);
  await ec.post('/api/v1/allowances/high-age/run').set('Authorization', STAFF).send({ month: '2024-07' }).expect((res) => expect([200, 201]).toContain(res.status));
}

/**
 * Sets the person up with civil-registration, social-assistance (as of June) and elderly-care
 * started; leaves social-assistance running as of September with July to September paid.
 */
export async function setUpKnownPerson(platform: Platform, sequence: number): Promise<KnownPerson> {
  const person = { residentId: residentId('110105', '19420707', sequence), spouse: residentId('110105', '19450808', sequence), name: '王秀英' };
  const integrator = new Integrator();
  await integrator.start();
  try {
    await prepare(platform);
    await enrolInDibao(platform, person);
    await waitFor('低保 enrolment announced', () => integrator.of('social-assistance.enrollment.started.v1', person.residentId).length === 1, 30_000);
    await grantHighAgeAllowance(platform, person);
    await waitFor('high-age allowance and service subsidy started', () => integrator.of('elderly-care.allowance.started.v1', person.residentId).length === 2, 30_000);
    await platform.restart('social-assistance', SEPTEMBER);
    for (const month of ['2024-07', '2024-08', '2024-09']) {
      await platform.http('social-assistance').post('/api/v1/payrolls').set('Authorization', STAFF).send({ month }).expect((res) => expect([200, 201]).toContain(res.status));
    }
  } finally {
    await integrator.stop();
  }
  return person;
}
