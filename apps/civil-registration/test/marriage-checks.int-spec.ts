// 婚姻登记's conditions checked before registering (POST /api/v1/marriages/checks): every
// condition with its verdict, from the IDs and the service's own death and marriage records,
// and nothing stored.
import { residentId } from '../../../test/support/resident-ids';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const man = (birth: string, seq: number): string => residentId('110105', birth, seq * 2 + 1);
const woman = (birth: string, seq: number): string => residentId('110105', birth, seq * 2);

describe('POST /api/v1/marriages/checks', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  let officeId: string;
  const married = { a: man('19900101', 1), b: woman('19920101', 1) };

  beforeAll(async () => {
    h = await startHarness('cr_marriage_checks', '2024-05-20');
    officeId = await openOffice(h);
    await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: [married.a, married.b], declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  const check = (parties: string[], overrides: Record<string, unknown> = {}, token = operator) =>
    h.http().post('/api/v1/marriages/checks').set('Authorization', token).send({ partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, ...overrides });
  const failing = (body: { checks: Array<{ code: string; passed: boolean }> }) => body.checks.filter((c) => !c.passed).map((c) => c.code);

  it('passes an eligible couple on every condition, as of the service’s today, and stores nothing', async () => {
    const before = await rowCount(h.dataSource, 'marriage', 'true', []);
    const { body } = await check([man('19950101', 2), woman('19970101', 2)]).expect(200);
    expect(body).toMatchObject({ registeredOn: '2024-05-20', eligible: true });
    expect(body.checks).toHaveLength(7);
    expect(body.checks.every((c: { passed: boolean; detail: unknown }) => c.passed && c.detail === null)).toBe(true);
    expect(await rowCount(h.dataSource, 'marriage', 'true', [])).toBe(before);
  });

  it('reports at once every condition that fails, including what only the records know', async () => {
    const { body } = await check([married.a, woman('20050101', 3)], { declaredKinship: 'COLLATERAL_WITHIN_THREE_GENERATIONS', bothPartiesPresent: false }).expect(200);
    expect(body.eligible).toBe(false);
    expect(failing(body)).toEqual(['MARRIAGE.PARTIES_NOT_PRESENT', 'MARRIAGE.UNDER_LEGAL_AGE', 'MARRIAGE.ALREADY_MARRIED', 'MARRIAGE.PROHIBITED_KINSHIP']);
    expect(body.checks.find((c: { code: string }) => c.code === 'MARRIAGE.UNDER_LEGAL_AGE')).toMatchObject({ party: 'SECOND', detail: expect.stringContaining('second party') });
    expect(body.checks.find((c: { code: string }) => c.code === 'MARRIAGE.ALREADY_MARRIED').party).toBe('FIRST');
  });

  it('agrees with the registration: what the check fails, registering refuses with the first failing code', async () => {
    const parties = [married.a, woman('19950505', 4)];
    const { body } = await check(parties).expect(200);
    expect(failing(body)).toEqual(['MARRIAGE.ALREADY_MARRIED']);
    const refused = await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(422);
    expect(refused.body.code).toBe('MARRIAGE.ALREADY_MARRIED');
  });

  it('refuses malformed input with the field at fault, and a role that may not record', async () => {
    const bad = await check([married.a]).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('partyResidentIds');
    expect((await check([married.a, married.b], { declaredKinship: 'COUSIN' }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toContain('declaredKinship');
    await check([married.a, married.b], {}, bearer(['auditor'])).expect(403);
  });
});
