import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_SAMPLE } from '../../scripts/population/reference-sample';
import { emptyRegisters } from '../../scripts/population/registers';
import type { YearApi } from '../../scripts/year/api';
import type { DriveContext } from '../../scripts/year/context';
import type { YearEvent } from '../../scripts/year/events';
import { driveAshPlacement, driveCemeteryPlaces, PLACED_AFTER_DAYS, PLACES_PER_ROW, placeCode } from '../../scripts/year/kinds/ash-placements';
import { buildPlan, planFigures, type YearPlan } from '../../scripts/year/plan';
import { profileProblems, yearProfileFor } from '../../scripts/year/profile';
import { fakeYearApi, type FakeAnswer, type FakeCall } from './support/fake-year-api';

// The ashes of the year's cremations laid in public-welfare cemeteries and ash halls
// (kinds/ash-placements.ts): as planned, and as driven against a fake platform.

const tiny = buildPlan(yearProfileFor('tiny'), 2024, 1);
const city = buildPlan(yearProfileFor('city'), 2024, 7);

type Dated<K extends YearEvent['kind']> = { day: number; date: string; e: Extract<YearEvent, { kind: K }> };
function of<K extends YearEvent['kind']>(plan: YearPlan, kind: K): Array<Dated<K>> {
  return plan.days.flatMap((d, day) => d.events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind).map((e) => ({ day, date: d.date, e })));
}
const cemeteriesOf = (plan: YearPlan) => new Map([...REFERENCE_SAMPLE.cemeteries, ...plan.population.registers.cemeteries].map((c) => [c.code, c]));

describe.each([
  ['tiny', tiny],
  ['city', city],
])('the %s year’s ashes', (_scale, plan) => {
  const v = plan.profile.volumes;
  const deaths = new Map(of(plan, 'death').map((d) => [d.e.key, d]));
  const laid = of(plan, 'ash-placement');
  const places = of(plan, 'cemetery-places');
  const cemeteries = cemeteriesOf(plan);

  it('are the profile’s: every cremation laid, so many in plots', () => {
    expect(laid).toHaveLength(v.ashPlacements.n);
    expect(laid.filter((l) => l.e.placeKind === 'PLOT')).toHaveLength(v.ashPlacementsInPlots.n);
    expect(planFigures(plan)).toMatchObject({ cremations: v.ashPlacements.n, ashPlacements: v.ashPlacements.n, ashPlacementsInPlots: v.ashPlacementsInPlots.n });
  });

  it('are of cremated people of the year, each once, laid 3 to 21 days after the death or on the year’s last day', () => {
    expect(new Set(laid.map((l) => l.e.deathKey)).size).toBe(laid.length);
    for (const l of laid) {
      const death = deaths.get(l.e.deathKey)!;
      expect([l.e.deathKey, death.e.disposal, death.e.residentId]).toEqual([l.e.deathKey, 'CREMATION', l.e.residentId]);
      const after = l.day - death.day;
      if (l.date !== '2024-12-31') expect(after >= PLACED_AFTER_DAYS.min && after <= PLACED_AFTER_DAYS.max).toBe(true);
      else expect(after).toBeGreaterThanOrEqual(0);
    }
  });

  it('lie in places the cemeteries recorded on 1 January, in rows, a place to one deceased, plots never in an ash hall', () => {
    expect(places.every((p) => p.date === '2024-01-01')).toBe(true);
    const recorded = new Set(places.flatMap((p) => p.e.codes.map((code) => `${p.e.cemeteryCode} ${p.e.placeKind} ${code}`)));
    expect(recorded.size).toBe(places.reduce((n, p) => n + p.e.codes.length, 0));
    expect(places.every((p) => p.e.codes.length <= 500 && p.e.codes.length % PLACES_PER_ROW === 0)).toBe(true);
    const taken = laid.map((l) => `${l.e.cemeteryCode} ${l.e.placeKind} ${l.e.placeCode}`);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.filter((t) => !recorded.has(t))).toEqual([]);
    // No more places than the ashes need: less than a row left over per cemetery and kind.
    const kinds = new Set(laid.map((l) => `${l.e.cemeteryCode} ${l.e.placeKind}`));
    expect(recorded.size - taken.length).toBeLessThan(kinds.size * PLACES_PER_ROW);
    for (const l of laid) {
      const cemetery = cemeteries.get(l.e.cemeteryCode)!;
      if (l.e.placeKind === 'PLOT') expect([l.e.cemeteryCode, cemetery.kind]).not.toEqual([l.e.cemeteryCode, 'RURAL_ASH_HALL']);
    }
    for (const [kind, n] of Object.entries(countBy(places.flatMap((p) => p.e.codes.map(() => `${p.e.cemeteryCode}|${p.e.placeKind}`))))) {
      const [code, placeKind] = kind.split('|');
      const c = cemeteries.get(code)!;
      expect(n).toBeLessThanOrEqual(placeKind === 'PLOT' ? c.plotCapacity : c.nicheCapacity);
    }
  });

  it('are laid in the deceased’s own township or in an urban cemetery of their city', () => {
    const home = new Map<string, string>();
    for (const c of plan.population.children) for (const g of c.guardians) home.set(g.residentId, c.villageCode.slice(0, 9));
    for (const e of plan.population.elders) home.set(e.residentId, e.townshipCode);
    for (const h of plan.population.households) for (const m of h.members) home.set(m.residentId, h.regionCode);
    const where = laid.map((l) => {
      const cemetery = cemeteries.get(l.e.cemeteryCode)!;
      const township = home.get(l.e.residentId)!;
      return cemetery.kind === 'URBAN_PUBLIC_WELFARE_CEMETERY' ? cemetery.divisionCode.slice(0, 4) === township.slice(0, 4) : cemetery.divisionCode.startsWith(township);
    });
    expect(where.every(Boolean)).toBe(true);
    // Every kind of cemetery takes ashes, in both sizes of year.
    expect(new Set(laid.map((l) => cemeteries.get(l.e.cemeteryCode)!.kind)).size).toBe(3);
  });
});

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

describe('the city’s ashes against the summary', () => {
  it('are the seed’s ash-burial rate of the year’s cremations', () => {
    const seed = JSON.parse(readFileSync(join(__dirname, '../../seeds/city-2024-figures.json'), 'utf8')) as { figures: Array<{ key: string; value: number }> };
    const value = (key: string): number => seed.figures.find((x) => x.key === key)!.value;
    const f = planFigures(city);
    expect(f.cremations).toBe(value('deaths') - value('burials.hui'));
    expect(f.ashPlacements / f.cremations).toBe(value('ashBurialRate'));
    expect(f.ashPlacements).toBe(value('ashesPlaced'));
  });

  it('refuses a profile laying more ashes than there are cremations, or more in plots than laid', () => {
    const profile = yearProfileFor('tiny');
    const volumes = { ...profile.volumes, ashPlacements: { n: 36, cites: 'test' }, ashPlacementsInPlots: { n: 37, cites: 'test' } };
    expect(profileProblems({ ...profile, volumes })).toEqual(['more ash placements than cremations', 'more ash placements in plots than ash placements']);
  });
});

describe('a place’s code', () => {
  it('says the year, the area of its kind, the row and the place, 20 a row', () => {
    expect(placeCode(2024, 'NICHE', 0)).toBe('2024年格位区-001排-01号');
    expect(placeCode(2024, 'NICHE', 19)).toBe('2024年格位区-001排-20号');
    expect(placeCode(2024, 'PLOT', 20)).toBe('2024年墓区-002排-01号');
    // Within civil-registration's rule for a place's code: letters, digits, dashes, 40 at most.
    expect(placeCode(2024, 'NICHE', 99_999)).toMatch(/^[\p{L}\p{N}-]{1,40}$/u);
  });
});

type Call = FakeCall;
type Answer = FakeAnswer;
const fake = (route: (call: Call) => Answer | undefined) => fakeYearApi(route);

function context(api: YearApi, refs: Record<string, string> = {}): DriveContext {
  return {
    api,
    day: '2024-01-01',
    refs,
    offices: [],
    population: { seed: 1, asOf: '2024-01-01', totalPopulation: 0, elders: [], households: [], children: [], diners: [], registers: emptyRegisters() },
    concurrency: 2,
    record: () => undefined,
    recordStep: () => undefined,
    log: () => undefined,
  };
}

const CEMETERIES = { status: 200, body: { items: [{ id: 'c-1', code: 'GM-1' }, { id: 'c-2', code: 'GT-2' }], total: 2 } };
const rows = { kind: 'cemetery-places' as const, key: 'cemetery-places:GM-1:NICHE:0', cemeteryCode: 'GM-1', placeKind: 'NICHE' as const, codes: ['A-01', 'A-02'] };
const laying = { kind: 'ash-placement' as const, key: 'ash-placement:0', deathKey: 'death:3', residentId: '11010519491231002X', cemeteryCode: 'GM-1', placeKind: 'NICHE' as const, placeCode: 'A-02' };

describe('driving the cemeteries’ places', () => {
  it('has the admin record the rows in the cemetery found by its code, and keeps each place’s id', async () => {
    const { api, calls } = fake((c) =>
      c.path.startsWith('/api/v1/cemeteries?') ? CEMETERIES : c.path === '/api/v1/cemeteries/c-1/places' ? { status: 201, body: { places: [{ id: 'p-1', code: 'A-01' }, { id: 'p-2', code: 'A-02' }] } } : undefined,
    );
    const refs: Record<string, string> = {};
    expect(await driveCemeteryPlaces(rows, context(api, refs))).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.sub} ${c.method} ${c.path}`)).toEqual(['year-admin GET /api/v1/cemeteries?page=1&pageSize=100', 'year-admin POST /api/v1/cemeteries/c-1/places']);
    expect(calls[1].body).toEqual({ kind: 'NICHE', codes: ['A-01', 'A-02'] });
    expect(refs).toMatchObject({ 'cemetery:GT-2': 'c-2', 'cemetery-place:GM-1:A-01': 'p-1', 'cemetery-place:GM-1:A-02': 'p-2' });
  });

  it('on a day driven again, finds the rows recorded and reads their ids back; rows not all there are refused', async () => {
    const held = (items: Array<{ id: string; code: string }>) =>
      fake((c) =>
        c.path === '/api/v1/cemeteries/c-1/places' ? { status: 409, body: { code: 'CEMETERY.PLACE_CODE_TAKEN' } } : c.path.startsWith('/api/v1/cemeteries/c-1/places?') ? { status: 200, body: { items, total: items.length } } : undefined,
      );
    const refs: Record<string, string> = { 'cemetery:GM-1': 'c-1' };
    const again = held([{ id: 'p-1', code: 'A-01' }, { id: 'p-2', code: 'A-02' }]);
    expect(await driveCemeteryPlaces(rows, context(again.api, refs))).toEqual({ result: 'present' });
    expect(again.calls.map((c) => c.path)).toEqual(['/api/v1/cemeteries/c-1/places', '/api/v1/cemeteries/c-1/places?kind=NICHE&page=1&pageSize=100']);
    expect(refs['cemetery-place:GM-1:A-02']).toBe('p-2');
    expect(await driveCemeteryPlaces(rows, context(held([{ id: 'p-1', code: 'A-01' }]).api, { 'cemetery:GM-1': 'c-1' }))).toMatchObject({ result: 'refused', code: 'CEMETERY.PLACE_CODE_TAKEN' });
  });

  it('is refused, naming why, when the cemetery is not recorded', async () => {
    const { api } = fake((c) => (c.path.startsWith('/api/v1/cemeteries?') ? CEMETERIES : undefined));
    expect(await driveCemeteryPlaces({ ...rows, cemeteryCode: 'GM-9' }, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.CEMETERY_NOT_RECORDED' });
  });
});

describe('driving an ash placement', () => {
  const refs = { 'cemetery-place:GM-1:A-02': 'p-2' };
  const searched = (c: Call): Answer | undefined => (c.path === '/api/v1/deaths/search' ? { status: 200, body: [{ id: 'd-1', residentId: '110***********002X' }] } : undefined);

  it('has the clerk find the death record and give it the place', async () => {
    const { api, calls } = fake((c) => searched(c) ?? (c.path === '/api/v1/cemetery-allocations' ? { status: 201, body: { id: 'a-1' } } : undefined));
    expect(await driveAshPlacement(laying, context(api, refs))).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.sub} ${c.method} ${c.path}`)).toEqual(['year-clerk POST /api/v1/deaths/search', 'year-clerk POST /api/v1/cemetery-allocations']);
    expect(calls[0].body).toEqual({ residentId: laying.residentId });
    expect(calls[1].body).toEqual({ placeId: 'p-2', deathId: 'd-1' });
  });

  it('on a day driven again, finds the place already the deceased’s; a place taken by another is refused', async () => {
    const taken = (placeId: string) =>
      fake(
        (c) =>
          searched(c) ??
          (c.path === '/api/v1/cemetery-allocations'
            ? { status: 409, body: { code: 'CEMETERY_ALLOCATION.PLACE_TAKEN' } }
            : c.path === '/api/v1/cemetery-allocations?deathId=d-1&status=ACTIVE'
              ? { status: 200, body: { items: placeId ? [{ placeId }] : [], total: placeId ? 1 : 0 } }
              : undefined),
      );
    expect(await driveAshPlacement(laying, context(taken('p-2').api, refs))).toEqual({ result: 'present' });
    expect(await driveAshPlacement(laying, context(taken('').api, refs))).toMatchObject({ result: 'refused', code: 'CEMETERY_ALLOCATION.PLACE_TAKEN' });
  });

  it('is refused, naming why, without the place or the death record', async () => {
    const { api } = fake((c) => (c.path === '/api/v1/deaths/search' ? { status: 200, body: [] } : undefined));
    expect(await driveAshPlacement(laying, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.PLACE_NOT_RECORDED' });
    expect(await driveAshPlacement(laying, context(api, refs))).toMatchObject({ result: 'refused', code: 'YEAR.DEATH_NOT_REGISTERED' });
  });
});
