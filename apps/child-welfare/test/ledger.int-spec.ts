// GET /api/v1/children: the ledger (台账) list, its filters, tier counts and pages, within what
// each caller oversees.
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, ChildWelfareTestKit, DIRECTOR, OTHER_APPROVER, OTHER_DIRECTOR, OTHER_SUPERVISOR, OTHER_TOWNSHIP, OTHER_VILLAGE, SUPERVISOR, TOWNSHIP, VILLAGE, bearer } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_ledger', '2024-07-01');
const OTHER_TOWNSHIP_VILLAGE = `${OTHER_TOWNSHIP}001`;
const capable = (relation: 'FATHER' | 'MOTHER', seq: number) => ({ residentId: residentId('110105', '19850101', 500 + seq * 2 + (relation === 'FATHER' ? 0 : 1)), name: relation === 'FATHER' ? '李父' : '李母', relation });

interface Ledger {
  items: Array<{ id: string; name: string; villageCode: string; riskTier: string; categories: string[]; nextVisitDue: string }>;
  total: number;
  page: number;
  pageSize: number;
  tierCounts: Record<string, number>;
}

let seq = 0;
/** Registers a child as platform staff; without parents on record the child is an orphan (parents not found). */
async function register(villageCode: string, riskTier: string, name: string, { orphan }: { orphan: boolean }): Promise<string> {
  seq++;
  const guardians = orphan ? [] : [capable('FATHER', seq), capable('MOTHER', seq)];
  const res = await kit.http().post('/api/v1/children').set('Authorization', APPROVER).send({
    residentId: residentId('110105', '20150310', seq), name, villageCode, carerName: '李奶奶', carerRelation: 'GRANDMOTHER', guardians, riskTier, riskReason: 'initial rating',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function ledger(token: string, query = ''): Promise<Ledger> {
  const res = await kit.http().get(`/api/v1/children${query}`).set('Authorization', token);
  expect(res.status).toBe(200);
  return res.body as Ledger;
}

/** Names as the service masks them: 乙小红 -> 乙*红. */
const names = (l: Ledger) => l.items.map((i) => i.name.replace('*', '小'));

beforeAll(async () => {
  await kit.start();
  await register(VILLAGE, 'GREEN', '甲小绿', { orphan: false });
  await register(VILLAGE, 'RED', '乙小红', { orphan: true });
  await register(VILLAGE, 'ORANGE', '丙小橙', { orphan: true });
  await register(VILLAGE, 'RED', '丁小红', { orphan: false });
  await register(OTHER_VILLAGE, 'RED', '戊小红', { orphan: false });
  await register(OTHER_TOWNSHIP_VILLAGE, 'ORANGE', '己小橙', { orphan: true });
});
afterAll(async () => {
  await kit.stop();
});

describe('GET /api/v1/children (台账)', () => {
  it('lists a director’s village only, most at risk first, with the tier counts and today’s categories', async () => {
    const l = await ledger(DIRECTOR);
    expect(names(l)).toEqual(['丁小红', '乙小红', '丙小橙', '甲小绿']);
    expect(l).toMatchObject({ total: 4, page: 1, pageSize: 20, tierCounts: { RED: 2, ORANGE: 1, GREEN: 1 } });
    expect(l.items.every((i) => i.villageCode === VILLAGE)).toBe(true);
    expect(l.items[0].categories).toEqual([]);
    expect(l.items[1].categories).toEqual(['ORPHAN']);
    // Masked like every child response.
    expect(l.items[0].name).toBe('丁*红');
    expect((l.items[0] as unknown as { residentId: string }).residentId).toMatch(/^110\*{11}\d{3}[\dX]$/);
  });

  it('gives a supervisor the township and platform staff their county', async () => {
    expect(names(await ledger(SUPERVISOR))).toEqual(['丁小红', '乙小红', '戊小红', '丙小橙', '甲小绿']);
    expect((await ledger(OTHER_SUPERVISOR)).tierCounts).toEqual({ RED: 0, ORANGE: 1, GREEN: 0 });
    const county = await ledger(APPROVER);
    expect(county.total).toBe(6);
    expect(county.tierCounts).toEqual({ RED: 3, ORANGE: 2, GREEN: 1 });
    expect((await ledger(OTHER_APPROVER)).total).toBe(0);
  });

  it('filters by village, township, tier and category; the tier counts ignore only the tier', async () => {
    expect(names(await ledger(SUPERVISOR, `?village=${OTHER_VILLAGE}`))).toEqual(['戊小红']);
    expect(names(await ledger(APPROVER, `?township=${OTHER_TOWNSHIP}`))).toEqual(['己小橙']);
    const red = await ledger(SUPERVISOR, '?tier=RED');
    expect(names(red)).toEqual(['丁小红', '乙小红', '戊小红']);
    expect(red.tierCounts).toEqual({ RED: 3, ORANGE: 1, GREEN: 1 });
    const orphans = await ledger(APPROVER, '?category=ORPHAN');
    expect(names(orphans)).toEqual(['乙小红', '丙小橙', '己小橙']);
    expect(orphans.tierCounts).toEqual({ RED: 1, ORANGE: 2, GREEN: 0 });
    const redOrphans = await ledger(APPROVER, `?category=ORPHAN&tier=RED&township=${TOWNSHIP}`);
    expect(names(redOrphans)).toEqual(['乙小红']);
    expect(redOrphans.total).toBe(1);
    // A director naming their own township still sees their village only.
    expect((await ledger(DIRECTOR, `?township=${TOWNSHIP}`)).total).toBe(4);
  });

  it('pages on the server with the total of all pages', async () => {
    const first = await ledger(APPROVER, '?page=1&pageSize=4');
    const second = await ledger(APPROVER, '?page=2&pageSize=4');
    expect(first.items).toHaveLength(4);
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect([...names(first), ...names(second)]).toEqual(['丁小红', '乙小红', '戊小红', '丙小橙', '己小橙', '甲小绿']);
    expect((await ledger(APPROVER, '?page=3&pageSize=4')).items).toEqual([]);
  });

  it('shows a re-rated tier at once', async () => {
    const id = (await ledger(DIRECTOR)).items.find((i) => i.name === '甲*绿')!.id;
    await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-01', notes: '母亲外出务工', riskTier: 'RED', riskReason: '母亲外出，无人照看' }).expect(201);
    const l = await ledger(DIRECTOR, '?tier=RED');
    expect(names(l)).toContain('甲小绿');
    expect(l.tierCounts).toEqual({ RED: 3, ORANGE: 1, GREEN: 0 });
    await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-01', notes: '母亲返乡', riskTier: 'GREEN', riskReason: '母亲返乡照看' }).expect(201);
  });

  it('refuses a filter outside the caller’s village or township, and callers who oversee nothing', async () => {
    for (const [token, query] of [[DIRECTOR, `?village=${OTHER_VILLAGE}`], [OTHER_DIRECTOR, `?village=${VILLAGE}`], [SUPERVISOR, `?township=${OTHER_TOWNSHIP}`], [OTHER_APPROVER, `?township=${TOWNSHIP}`]]) {
      const res = await kit.http().get(`/api/v1/children${query}`).set('Authorization', token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CHILD.OUT_OF_DIVISION');
    }
    const wrongLength = await kit.http().get('/api/v1/children').set('Authorization', bearer(['child-director'], TOWNSHIP));
    expect(wrongLength.status).toBe(403);
    const noRole = await kit.http().get('/api/v1/children').set('Authorization', bearer(['canteen-operator'], TOWNSHIP));
    expect(noRole.status).toBe(403);
  });

  it.each([
    ['village', '?village=1101050010', 'matches'],
    ['township', '?township=abc', 'matches'],
    ['tier', '?tier=PURPLE', 'isIn'],
    ['category', '?category=ORPHANS', 'isIn'],
    ['pageSize', '?pageSize=101', 'max'],
    ['page', '?page=0', 'min'],
  ])('answers 400 problem+json naming the bad %s', async (field, query, code) => {
    const res = await kit.http().get(`/api/v1/children${query}`).set('Authorization', SUPERVISOR);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
  });
});
