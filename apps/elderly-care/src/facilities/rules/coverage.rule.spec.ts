import { coverage, sharePercent, type CoverageFacility } from './coverage.rule';

const facility = (type: CoverageFacility['type'], divisionCode: string, extra: Partial<CoverageFacility> = {}): CoverageFacility => ({ type, divisionCode, openedOn: '2020-01-01', status: 'OPEN', ...extra });
const AS_OF = '2024-12-31';
const PER_TOWNSHIP = { townships: [{ divisionCode: '110105001', communities: 4 }, { divisionCode: '110105002', communities: 3 }] };

describe('sharePercent', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [0, 4, 0],
    [1, 0, null],
    [1, null, null],
  ])('%i of %s -> %s', (part, whole, share) => {
    expect(sharePercent(part, whole)).toBe(share);
  });
});

describe('coverage', () => {
  const facilities = [
    facility('STREET_CENTRE', '110105001'),
    facility('ACTIVITY_ROOM', '110105001001'),
    facility('ACTIVITY_ROOM', '110105001001'), // two rooms in one community cover it once
    facility('ACTIVITY_ROOM', '110105001002'),
    facility('ACTIVITY_ROOM', '110105002001'),
    facility('ACTIVITY_ROOM', '110105002002', { status: 'CLOSED' }),
    facility('ACTIVITY_ROOM', '110105002003', { openedOn: '2025-01-01' }),
    facility('RURAL_HAPPINESS_HOME', '110105003001'), // a township the parameter does not list
  ];

  it('counts covered communities per township and type, and their share', () => {
    const result = coverage(facilities, PER_TOWNSHIP, AS_OF);
    expect(result.byTownship.map((t) => t.township)).toEqual(['110105001', '110105002', '110105003']);
    const first = result.byTownship[0];
    expect(first.communities).toBe(4);
    expect(first.byType.find((l) => l.type === 'ACTIVITY_ROOM')).toMatchObject({ facilities: 3, communitiesCovered: 2, sharePercent: 50 });
    expect(first.byType.find((l) => l.type === 'STREET_CENTRE')).toMatchObject({ facilities: 1, communitiesCovered: null, sharePercent: null });
    expect(result.byTownship[1].byType.find((l) => l.type === 'ACTIVITY_ROOM')).toMatchObject({ facilities: 1, communitiesCovered: 1, sharePercent: 33.3 });
    expect(result.byTownship[2]).toMatchObject({ communities: null });
    expect(result.byTownship[2].byType.find((l) => l.type === 'RURAL_HAPPINESS_HOME')).toMatchObject({ facilities: 1, communitiesCovered: 1, sharePercent: null });
  });

  it('sums the types over the city; shares of communities need every township figure', () => {
    const result = coverage(facilities, PER_TOWNSHIP, AS_OF);
    expect(result).toMatchObject({ townships: 3, communities: null });
    expect(result.byType.find((t) => t.type === 'ACTIVITY_ROOM')).toMatchObject({ facilities: 4, townshipsCovered: 2, townshipsSharePercent: 66.7, communitiesCovered: 3, communitiesSharePercent: null });
    expect(result.byType.find((t) => t.type === 'STREET_CENTRE')).toMatchObject({ facilities: 1, townshipsCovered: 1, communitiesCovered: null, communitiesSharePercent: null });
    const listed = coverage(facilities.slice(0, 7), PER_TOWNSHIP, AS_OF);
    expect(listed).toMatchObject({ townships: 2, communities: 7 });
    expect(listed.byType.find((t) => t.type === 'ACTIVITY_ROOM')).toMatchObject({ communitiesCovered: 3, communitiesSharePercent: 42.9, townshipsSharePercent: 100 });
  });

  it('counts a facility from its opening day, and lists the parameter townships without any', () => {
    expect(coverage([facility('ACTIVITY_ROOM', '110105002003', { openedOn: '2025-01-01' })], PER_TOWNSHIP, '2025-01-01').byType.find((t) => t.type === 'ACTIVITY_ROOM')?.facilities).toBe(1);
    const empty = coverage([], PER_TOWNSHIP, AS_OF);
    expect(empty).toMatchObject({ townships: 2, communities: 7 });
    expect(empty.byType.every((t) => t.facilities === 0 && t.townshipsSharePercent === 0)).toBe(true);
  });

  it('has no shares without the parameter', () => {
    const result = coverage([facility('ACTIVITY_ROOM', '110105001001')], null, AS_OF);
    expect(result.byType.find((t) => t.type === 'ACTIVITY_ROOM')).toMatchObject({ communitiesCovered: 1, communitiesSharePercent: null, townshipsSharePercent: 100 });
  });
});
