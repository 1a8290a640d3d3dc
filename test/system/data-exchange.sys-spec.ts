import { Client } from 'pg';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { residentId } from '../support/resident-ids';
import { PG, testDatabaseName } from '../support/test-env';
import { waitFor } from '../support/wait-for';
import { Integrator, Platform, token } from './support/platform';

// 数据比对 across the platform, each service its own process over the real broker: public
// security's monthly file of deaths and moves reaches data-exchange, which knows from the
// programmes' own events who is covered. The death of an 82-year-old with the high-age allowance
// cascades once (death recorded with source PUBLIC_SECURITY, allowance stopped, funeral benefit
// granted); a neighbour's move out of the city stops his allowance; a stranger's death stays in
// the file. The same file again, and a later file repeating the death, change nothing.
const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const ADMIN = token(['admin'], 'sys-admin', '000000');
const PUBLIC_SECURITY = token(['feed-public-security'], 'sys-feed-ps', '110000');
const HEADER = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';

describe('数据比对: a public security file stops what it must, once', () => {
  const platform = new Platform('sys_comparison');
  const integrator = new Integrator();
  const dies = residentId('110105', '19420315', 81);
  const moves = residentId('110105', '19390601', 82);
  const stranger = residentId('110105', '19450101', 83);
  const file = [
    HEADER,
    `DEATH,${dies},王秀英,2024-08-12,注销-0812-1,HAN,家中,CREMATION,`,
    `MOVE_OUT,${moves},李建国,2024-08-20,迁出-0820-7,,,,广东省深圳市`,
    `DEATH,${stranger},陈某,2024-08-13,注销-0813-2,HAN,市第一医院,CREMATION,`,
  ].join('\n');
  const post = (body: string, records: number, asOf = '2024-08-31') =>
    platform
      .http('data-exchange')
      .post(`/api/v1/imports?dataSet=HOUSEHOLD_REGISTRATION&asOf=${asOf}&records=${records}`)
      .set('Authorization', PUBLIC_SECURITY)
      .set('Content-Type', 'text/csv')
      .send(`${body}\n`);

  beforeAll(async () => {
    await platform.start(['civil-registration', 'elderly-care', 'data-exchange'], SEPTEMBER);
    await integrator.start();
    await loadReferenceData(platform.urls());
    const ec = platform.http('elderly-care');
    const ndjson = [dies, moves].map((id, i) => JSON.stringify({ residentId: id, name: i === 0 ? '王秀英' : '李建国', region: '110105', local: true })).join('\n');
    await ec.post('/api/v1/elders/import').set('Authorization', ADMIN).set('Content-Type', 'application/x-ndjson').send(`${ndjson}\n`).expect(200);
    await ec.post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month: '2024-07' }).expect((res) => expect([200, 201]).toContain(res.status));
    await waitFor('both allowances started', () => integrator.of('elderly-care.allowance.started.v1').length === 2, 30_000);
    // data-exchange learns who is covered from the same events.
    const register = new Client({ ...PG, database: testDatabaseName('sys_comparison_data_exchange') });
    await register.connect();
    try {
      await waitFor('both elders in the covered-person register', async () => Number((await register.query(`SELECT count(*) AS n FROM covered_person WHERE program = 'ELDERLY'`)).rows[0].n) === 2, 30_000);
    } finally {
      await register.end();
    }
  });

  afterAll(async () => {
    await integrator.stop();
    await platform.stop();
  });

  it('records the death once with its source, stops both allowances and grants one funeral benefit', async () => {
    const res = await post(file, 3).expect(200);
    expect(res.body).toMatchObject({ records: 3, accepted: 3, refused: 0, matched: 2, alreadyKnown: 0 });
    await waitFor('the cascade', () => integrator.of('civil-registration.funeral-benefit.granted.v1', dies).length === 1 && integrator.of('elderly-care.allowance.stopped.v1').length === 2, 30_000);
    const [death] = integrator.of('civil-registration.death.registered.v1', dies);
    expect(death.data).toMatchObject({ source: 'PUBLIC_SECURITY', dateOfDeath: '2024-08-12', placeOfDeath: '家中' });
    const stops = integrator.of('elderly-care.allowance.stopped.v1');
    expect(stops.map((e) => [e.data.residentId, e.data.reason, e.data.stopFromMonth]).sort()).toEqual(
      [
        [dies, 'DECEASED', '2024-09'],
        [moves, 'MOVED_AWAY', '2024-09'],
      ].sort(),
    );
    expect(integrator.of('civil-registration.death.registered.v1', stranger)).toEqual([]);
  });

  it('changes nothing when the same file comes again, or a later file repeats the death', async () => {
    const again = await post(file, 3).expect(200);
    expect(again.body.duplicate).toBe(true);
    const later = await post(`${HEADER}\nDEATH,${dies},王秀英,2024-08-12,注销-0812-1,HAN,家中,CREMATION,`, 1, '2024-09-15').expect(200);
    expect(later.body).toMatchObject({ duplicate: false, matched: 0, alreadyKnown: 1 });
    // Time for anything that would wrongly follow to arrive.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(integrator.of('civil-registration.death.registered.v1', dies)).toHaveLength(1);
    expect(integrator.of('civil-registration.funeral-benefit.granted.v1', dies)).toHaveLength(1);
    expect(integrator.of('elderly-care.allowance.stopped.v1')).toHaveLength(2);
    expect(integrator.of('data-exchange.deaths.matched.v1')).toHaveLength(1);
  });
});
