// 一人一档 in child welfare (issue 16): the person as a child and as a parent or guardian, as far
// as the caller may see (village, township, division), and the name search over the ledger.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, ChildWelfareTestKit, DIRECTOR, OPERATOR, OTHER_DIRECTOR, OTHER_SUPERVISOR, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_people', '2024-07-15');
const FAR_VILLAGE = '110105002001';
const father = residentId('110105', '19850101', 11);
const mother = residentId('110105', '19870101', 12);
const first = residentId('110105', '20150310', 13);
const second = residentId('110105', '20170310', 14);
let firstId = '';
let secondId = '';

const get = async (path: string, token: string, status = 200) => (await kit.http().get(path).set('Authorization', token).expect(status)).body;
/** 一人一档 of a person: the resident ID travels in the body, never in the URL. */
const file = async (residentId: string, token: string, status = 200) => (await kit.http().post('/api/v1/people/file').set('Authorization', token).send({ residentId }).expect(status)).body;

beforeAll(async () => {
  await kit.start();
  const guardians = [
    { residentId: father, name: '王建国', relation: 'FATHER', jailedSince: '2023-01-01', sentenceMonths: 36 },
    { residentId: mother, name: '李秀兰', relation: 'MOTHER', missingSince: '2023-01-01' },
  ];
  const register = async (id: string, name: string, villageCode: string, token: string) =>
    (await kit.http().post('/api/v1/children').set('Authorization', token).send({ residentId: id, name, villageCode, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians }).expect(201)).body.id as string;
  firstId = await register(first, '王小花', VILLAGE, DIRECTOR);
  secondId = await register(second, '王小明', FAR_VILLAGE, OPERATOR);
});

afterAll(async () => {
  await kit.stop();
});

describe('POST /api/v1/people/file', () => {
  it('answers the child with categories, allowance, help and reassessments in one response, masked', async () => {
    const person = await file(first, DIRECTOR);
    expect(person).toMatchObject({ residentId: maskResidentId(first), name: '王*花', guardianOf: [] });
    expect(person.child).toMatchObject({ id: firstId, villageCode: VILLAGE, categories: ['DE_FACTO_UNSUPPORTED'], status: 'ACTIVE', helpNeeds: [], pairings: [], reassessments: [] });
    expect(person.child.allowance).toMatchObject({ childId: firstId, category: 'DE_FACTO_UNSUPPORTED', careForm: 'DISPERSED' });
    expect(person.child.guardians.map((g: { residentId: string }) => g.residentId)).toEqual([maskResidentId(father), maskResidentId(mother)]);
    expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);
  });

  it('lists a parent’s children the caller may see, with the parent’s situation', async () => {
    const own = await file(father, DIRECTOR);
    expect(own).toMatchObject({ residentId: maskResidentId(father), name: '王*国', child: null });
    expect(own.guardianOf).toEqual([{ childId: firstId, childResidentId: maskResidentId(first), childName: '王*花', villageCode: VILLAGE, relation: 'FATHER', situation: expect.objectContaining({ jailedSince: '2023-01-01', sentenceMonths: 36 }), status: 'ACTIVE' }]);
    expect((await file(father, OPERATOR)).guardianOf.map((g: { childId: string }) => g.childId).sort()).toEqual([firstId, secondId].sort());
    expect((await file(father, OTHER_SUPERVISOR)).guardianOf.map((g: { childId: string }) => g.childId)).toEqual([secondId]);
    expect((await file(mother, SUPERVISOR)).guardianOf).toEqual([expect.objectContaining({ childId: firstId, relation: 'MOTHER' })]);
  });

  it('refuses a person the caller may not see anywhere with 403 CHILD.OUT_OF_DIVISION', async () => {
    expect((await file(first, OTHER_DIRECTOR, 403)).code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await file(father, OTHER_DIRECTOR, 403)).code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await file(second, SUPERVISOR, 403)).code).toBe('CHILD.OUT_OF_DIVISION');
  });

  it('answers 404 PERSON.NOT_FOUND without a record, 400 for a bad ID, 403 for other roles', async () => {
    expect((await file(residentId('110105', '20160101', 99), OPERATOR, 404)).code).toBe('PERSON.NOT_FOUND');
    expect((await file('2015', OPERATOR, 400)).errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
    expect((await file(first, bearer(['canteen-operator'], '110105', 'cashier'), 403)).code).toBe('AUTH.FORBIDDEN');
  });
});

describe('GET /api/v1/people?name=', () => {
  const search = (name: string, token: string, extra = '') => get(`/api/v1/people?name=${encodeURIComponent(name)}${extra}`, token);

  it('finds the children the caller oversees by part of the name, masked', async () => {
    expect(await search('小', DIRECTOR)).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ residentId: maskResidentId(first), name: '王*花', record: 'CHILD', recordId: firstId, villageCode: VILLAGE, status: 'ACTIVE' }] });
    expect((await search('小', OTHER_SUPERVISOR)).items).toEqual([expect.objectContaining({ recordId: secondId, villageCode: FAR_VILLAGE })]);
    expect((await search('小', OPERATOR)).total).toBe(2);
    expect((await search('小', OTHER_DIRECTOR)).total).toBe(0);
  });

  it('pages with the total and refuses bad input naming the field', async () => {
    const one = await search('王', OPERATOR, '&pageSize=1');
    const two = await search('王', OPERATOR, '&pageSize=1&page=2');
    expect([one.total, two.total, one.items.length, two.items.length]).toEqual([2, 2, 1, 1]);
    expect(one.items[0].recordId).not.toBe(two.items[0].recordId);
    expect((await get('/api/v1/people?name=', OPERATOR, 400)).errors[0].field).toBe('name');
    expect((await get('/api/v1/people?name=x&pageSize=500', OPERATOR, 400)).errors[0].field).toBe('pageSize');
  });
});
