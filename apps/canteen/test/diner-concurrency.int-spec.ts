// Optimistic concurrency on 核实户籍: GET /diners/:id answers the version as ETag and the
// confirmation honours If-Match against the real database.
import { residentId } from '../../../test/support/resident-ids';
import { CanteenTestKit, OPERATOR } from './canteen-test-kit';

const kit = new CanteenTestKit('canteen_diner_concurrency');
let canteenId: string;
let seq = 0;

beforeAll(async () => {
  await kit.start();
  canteenId = await kit.createCanteen('东区幸福食堂');
});
afterAll(async () => {
  await kit.stop();
});

async function unconfirmedDiner(): Promise<string> {
  seq += 1;
  const res = await kit.http()
    .post('/api/v1/diners')
    .set('Authorization', OPERATOR)
    .send({ residentId: residentId('110105', '19400101', seq), cardNumber: `ETAG-${seq}`, name: '张秀英', canteenId })
    .expect(201);
  expect(res.headers.location).toBe(`/api/v1/diners/${res.body.id}`);
  return res.body.id as string;
}

const rowOf = async (id: string) =>
  (await kit.db.query('SELECT version, local_registration, local_registration_evidence, local_registration_confirmed_on FROM diner WHERE id = $1', [id])).rows[0] as { version: number };
const read = (id: string) => kit.http().get(`/api/v1/diners/${id}`).set('Authorization', OPERATOR).expect(200);
const confirm = (id: string) => kit.http().put(`/api/v1/diners/${id}/local-registration`).set('Authorization', OPERATOR);

it('refuses a stale If-Match with 412 PRECONDITION.FAILED and stores nothing', async () => {
  const id = await unconfirmedDiner();
  const etag = (await read(id)).headers.etag as string;
  expect(etag).toMatch(/^"\d+"$/);
  await confirm(id).send({ localRegistration: false, evidence: '外地户口' }).expect(200);
  const before = await rowOf(id);

  const res = await confirm(id).set('If-Match', etag).send({ localRegistration: true, evidence: '户口簿' });
  expect([res.status, res.body.code]).toEqual([412, 'PRECONDITION.FAILED']);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(await rowOf(id)).toEqual(before);
});

it('applies a current If-Match and answers the new ETag, which the next GET repeats', async () => {
  const id = await unconfirmedDiner();
  const first = await read(id);
  const res = await confirm(id).set('If-Match', first.headers.etag as string).send({ localRegistration: true, evidence: '户口簿' }).expect(200);
  const { version } = await rowOf(id);
  expect(res.headers.etag).toBe(`"${version}"`);
  expect(res.headers.etag).not.toBe(first.headers.etag);
  expect(res.body.version).toBe(version);
  expect((await read(id)).headers.etag).toBe(res.headers.etag);
});
