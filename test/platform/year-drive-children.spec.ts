import { emptyRegisters } from '../../scripts/population/registers';
import type { ChildSeed } from '../../scripts/population/generate';
import type { YearApi } from '../../scripts/year/api';
import type { DriveContext } from '../../scripts/year/context';
import { driveCharityGrant } from '../../scripts/year/kinds/charity';
import { driveHelpNeed, driveHelpNeedClose } from '../../scripts/year/kinds/child-help';
import { drivePairingVisit } from '../../scripts/year/kinds/child-pairings';
import { drivePlaceName } from '../../scripts/year/kinds/place-names';
import { driveCeremony, driveMediation } from '../../scripts/year/kinds/registration-services';
import { driveAdoption } from '../../scripts/year/kinds/adoptions';
import type { Outcome } from '../../scripts/year/tally';
import { fakeYearApi, type FakeAnswer, type FakeCall } from './support/fake-year-api';

// The drivers of child welfare and of registration's smaller work against a fake platform: which
// user asks what, how a child of the registers is found in the masked ledger, what a day driven
// again finds.

type Call = FakeCall;
type Answer = FakeAnswer;

const child: ChildSeed = {
  residentId: '110101201501010012',
  name: '王小明',
  birthDate: '2015-01-01',
  villageCode: '110101001001',
  carerName: '王奶奶',
  carerRelation: 'GRANDMOTHER',
  guardians: [],
  riskTier: 'GREEN',
  category: 'ORPHAN',
};
/** The child as the ledger lists it: masked, with a namesake in another village. */
const LEDGER = {
  items: [
    { id: 'c-1', residentId: '110***********0012', name: '王*明', birthDate: '2015-01-01', villageCode: '110101001001' },
    { id: 'c-2', residentId: '110***********0012', name: '王*明', birthDate: '2015-01-01', villageCode: '110101001002' },
  ],
  total: 2,
};

/** Unrouted: the ledger's pages answer with LEDGER, anything else is created. */
const fake = (route: (call: Call) => Answer | undefined) =>
  fakeYearApi(route, (call) => (call.path.startsWith('/api/v1/children?') ? { status: 200, body: LEDGER } : { status: 201, body: { id: 'new' } }));

function context(api: YearApi, refs: Record<string, string> = {}, mayRepeat = false): DriveContext {
  return {
    api,
    day: '2024-05-20',
    refs,
    offices: [{ id: 'office', code: 'O', openedOn: '2010-01-01', closedOn: null }],
    population: { seed: 1, asOf: '2024-01-01', totalPopulation: 0, elders: [], households: [], children: [child], diners: [], registers: emptyRegisters() },
    concurrency: 2,
    mayRepeat,
    record: () => undefined,
    recordStep: () => undefined,
    log: () => undefined,
  };
}

const need = { kind: 'help-need' as const, key: 'help-need:0', residentId: child.residentId, needKind: 'HEALTH' as const, description: '配镜' };

describe('a child of the registers', () => {
  it('is found by the clerk in the ledger as it shows them, the ledger read once for the run', async () => {
    const { api, calls } = fake(() => undefined);
    const ctx = context(api);
    expect(await driveHelpNeed(need, ctx)).toEqual<Outcome>({ result: 'done' });
    expect(await driveHelpNeedClose({ kind: 'help-need-close', key: 'help-need:0', residentId: child.residentId, resolution: '已配镜' }, ctx)).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.sub} ${c.method} ${c.path}`)).toEqual([
      'year-clerk GET /api/v1/children?page=1&pageSize=100',
      'year-clerk POST /api/v1/children/c-1/help-needs',
      'year-clerk POST /api/v1/children/c-1/help-needs/new/close',
    ]);
    expect(calls[1].body).toEqual({ kind: 'HEALTH', description: '配镜', raisedOn: '2024-05-20' });
    expect(calls[2].body).toEqual({ closedOn: '2024-05-20', resolution: '已配镜' });
  });

  it('is refused, naming why, when the ledger does not show the child', async () => {
    const { api } = fake((c) => (c.path.startsWith('/api/v1/children?') ? { status: 200, body: { items: [], total: 0 } } : undefined));
    expect(await driveHelpNeed(need, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.CHILD_NOT_IN_LEDGER' });
  });

  it('on a day driven again, a need raised before that day for the child is found and kept', async () => {
    const { api, calls } = fake((c) => (c.path.endsWith('/help-needs?pageSize=100') ? { status: 200, body: { items: [{ id: 'n-1', raisedOn: '2024-05-20', kind: 'HEALTH', status: 'OPEN' }] } } : undefined));
    const ctx = context(api, {}, true);
    expect(await driveHelpNeed(need, ctx)).toEqual({ result: 'present' });
    expect([ctx.refs['help-need:0'], calls.some((c) => c.method === 'POST')]).toEqual(['n-1', false]);
  });

  it('is closed only after its need was raised', async () => {
    const { api } = fake(() => undefined);
    expect(await driveHelpNeedClose({ kind: 'help-need-close', key: 'help-need:9', residentId: child.residentId, resolution: 'x' }, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.NEED_NOT_RAISED' });
  });
});

describe('a pairing visit', () => {
  it('records its round under the cadre’s pairing, and on a day driven again counts a visit of that round as present', async () => {
    const event = { kind: 'pairing-visit' as const, key: 'pairing:0:round-2', pairingKey: 'pairing:0', residentId: child.residentId, round: 2 };
    const { api, calls } = fake(() => undefined);
    expect(await drivePairingVisit(event, context(api, { 'pairing:0': 'p-1' }))).toEqual({ result: 'done' });
    expect(calls[1]).toMatchObject({ path: '/api/v1/children/c-1/pairings/p-1/visits', body: { visitedOn: '2024-05-20', round: 2 } });

    const again = fake((c) => (c.path.endsWith('/pairings?pageSize=100') ? { status: 200, body: { items: [{ id: 'p-1', cadreId: 'x', endedOn: null, visits: [{ visitedOn: '2024-05-20', round: 2 }] }] } } : undefined));
    expect(await drivePairingVisit(event, context(again.api, { 'pairing:0': 'p-1' }, true))).toEqual({ result: 'present' });
    expect(again.calls.some((c) => c.path.endsWith('/visits'))).toBe(false);
  });
});

describe('an adoption and a charity grant', () => {
  it('adopts jointly, each spouse naming the other, a relative’s child with the child’s consent', async () => {
    const { api, calls } = fake(() => undefined);
    const adopters: [{ residentId: string; name: string }, { residentId: string; name: string }] = [
      { residentId: '110101198001010011', name: '李强' },
      { residentId: '110101198201010020', name: '王芳' },
    ];
    const ctx = context(api, { 'adoption:0': 'child-9', 'adoption:0:assessment': 'a-1' });
    expect(await driveAdoption({ kind: 'adoption', key: 'adoption:0:adoption', childKey: 'adoption:0', adopters, existingChildren: 1, childConsents: true }, ctx)).toEqual({ result: 'done' });
    expect(calls[0]).toMatchObject({
      path: '/api/v1/children/child-9/adoption',
      body: {
        registeredOn: '2024-05-20',
        assessmentId: 'a-1',
        relativesChild: true,
        childConsents: true,
        existingChildren: 1,
        adopters: [
          { residentId: adopters[0].residentId, married: true, spouseResidentId: adopters[1].residentId },
          { residentId: adopters[1].residentId, married: true, spouseResidentId: adopters[0].residentId },
        ],
      },
    });
  });

  it('grants from the county’s fund to the child found in the ledger', async () => {
    const { api, calls } = fake(() => undefined);
    const event = { kind: 'charity-grant' as const, key: 'charity-grant:0', fundKey: 'charity-fund:110101', residentId: child.residentId, amountFen: 50_000, purpose: '助学' };
    expect(await driveCharityGrant(event, context(api, { 'charity-fund:110101': 'f-1' }))).toEqual({ result: 'done' });
    expect(calls[1]).toMatchObject({ path: '/api/v1/charity-funds/f-1/grants', body: { childId: 'c-1', amountFen: 50_000, grantedOn: '2024-05-20' } });
    expect(await driveCharityGrant({ ...event, fundKey: 'charity-fund:999999' }, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.FUND_NOT_OPENED' });
  });
});

describe('registration’s smaller work', () => {
  it('holds a ceremony for the couples’ marriages at an office open that day', async () => {
    const { api, calls } = fake(() => undefined);
    const event = { kind: 'ceremony' as const, key: 'ceremony:group-0', ceremonyKind: 'GROUP' as const, theme: '5月集体颁证仪式', marriageKeys: ['marriage:1', 'marriage:2'], officeNo: 3 };
    expect(await driveCeremony(event, context(api, { 'marriage:1': 'm-1', 'marriage:2': 'm-2' }))).toEqual({ result: 'done' });
    expect(calls[0]).toMatchObject({ path: '/api/v1/ceremonies', sub: 'year-clerk', body: { kind: 'GROUP', heldOn: '2024-05-20', officeId: 'office', marriageIds: ['m-1', 'm-2'] } });
    expect(await driveCeremony(event, context(api, { 'marriage:1': 'm-1' }))).toMatchObject({ result: 'refused', code: 'YEAR.MARRIAGE_NOT_REGISTERED' });
  });

  it('mediates the couple of a received application, and counts a place name recorded before as present', async () => {
    const { api, calls } = fake((c) => (c.path === '/api/v1/place-names' ? { status: 409, body: { code: 'PLACE_NAME.DUPLICATE' } } : undefined));
    expect(await driveMediation({ kind: 'mediation', key: 'mediation:0', divorceKey: 'divorce:0', officeNo: 0, counsellor: '李老师', outcome: 'RECONCILED' }, context(api, { 'divorce:0': 'd-1' }))).toEqual({ result: 'done' });
    expect(calls[0]).toMatchObject({ path: '/api/v1/divorce-mediations', body: { divorceId: 'd-1', officeId: 'office', outcome: 'RECONCILED' } });
    const place = { kind: 'place-name' as const, key: 'place-name:collected-0', placeKind: 'RURAL_COLLECTION' as const, name: '东山村', category: 'NATURAL_VILLAGE' as const, regionCode: '110101001001', origin: '自然村' };
    expect(await drivePlaceName(place, context(api))).toEqual({ result: 'present' });
  });
});
