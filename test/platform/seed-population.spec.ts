import { createHash } from 'node:crypto';
import { ageOn, checkResidentId } from '../../libs/common/src/resident-id/resident-id';
import { deriveCategories } from '../../apps/child-welfare/src/categories/rules/child-category.rule';
import { countPopulation, generatePopulation, RURAL_DIBAO_MONTHLY_FEN, type Population } from '../../scripts/population/generate';
import { inPool, loadPopulation, type HttpFn } from '../../scripts/population/load';
import { mulberry32 } from '../../scripts/population/prng';
import { CITY_PROFILE, profileFor, totalPopulation, type PopulationProfile } from '../../scripts/population/profile';
import { parseSeedArgs } from '../../scripts/population/seed-args';

const AS_OF = '2024-12-31';
/** A hundredth of the city, for the tests that need many populations. */
const SMALL: PopulationProfile = {
  ...CITY_PROFILE,
  aged60Plus: 1263,
  aged80Plus: 160,
  aged100Plus: 3,
  dibaoHouseholds: 97,
  tekunPersons: 15,
  children: { ORPHAN: 5, DE_FACTO_UNSUPPORTED: 5, IN_DIFFICULTY: 20, RURAL_LEFT_BEHIND: 20 },
  diners: 60,
};
const digest = (p: Population): string => createHash('sha256').update(JSON.stringify(p)).digest('hex');

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generatePopulation', () => {
  it('is deterministic: the same seed gives the same people, another seed others', () => {
    expect(digest(generatePopulation(SMALL, 42, AS_OF))).toBe(digest(generatePopulation(SMALL, 42, AS_OF)));
    expect(digest(generatePopulation(SMALL, 43, AS_OF))).not.toBe(digest(generatePopulation(SMALL, 42, AS_OF)));
  });

  describe('at city scale', () => {
    const population = generatePopulation(CITY_PROFILE, 2024, AS_OF);
    const counts = countPopulation(population, ageOn);

    it('follows the city\'s 2024 summary: 126.3k aged 60+ at 18.2%, 15,997 aged 80+, 43 aged 100+', () => {
      expect(counts.elders).toBe(126_300);
      expect(counts.aged80Plus).toBe(15_997);
      expect(counts.aged100Plus).toBe(43);
      expect(counts.elders / counts.totalPopulation).toBeCloseTo(0.182, 4);
      expect(population.elders.every((e) => ageOn(e.birthDate, AS_OF) >= 60)).toBe(true);
    });

    it('has the 低保 households and 特困 persons, the children per category and the diners', () => {
      expect(counts.dibaoHouseholds).toBe(9_700);
      expect(counts.dibaoPersons / counts.dibaoHouseholds).toBeGreaterThan(1.5);
      expect(counts.dibaoPersons / counts.dibaoHouseholds).toBeLessThan(2.2);
      expect(counts.tekunPersons).toBe(1_450);
      expect(counts.children).toEqual({ ORPHAN: 120, DE_FACTO_UNSUPPORTED: 310, IN_DIFFICULTY: 4_477, RURAL_LEFT_BEHIND: 5_882 });
      expect(counts.diners).toBe(6_000);
    });

    it('gives everyone a valid GB 11643 resident ID, unique across the population, matching birth date and sex', () => {
      const ids = new Set<string>();
      let people = 0;
      const check = (id: string, birthDate?: string, sex?: string): void => {
        people++;
        ids.add(id);
        const result = checkResidentId(id, AS_OF);
        if (!result.ok) throw new Error(`${id}: ${result.code}`);
        if (birthDate !== undefined) expect(result.info.birthDate).toBe(birthDate);
        if (sex !== undefined) expect(result.info.sex).toBe(sex);
      };
      for (const e of population.elders) check(e.residentId, e.birthDate, e.sex);
      const elderIds = new Set(population.elders.map((e) => e.residentId));
      for (const h of population.households) for (const m of h.members) if (!elderIds.has(m.residentId)) check(m.residentId);
      for (const c of population.children) {
        check(c.residentId, c.birthDate);
        for (const g of c.guardians) check(g.residentId, undefined, g.relation === 'FATHER' ? 'M' : 'F');
      }
      for (const w of population.registers.careWorkers) check(w.residentId);
      for (const s of population.registers.staff) check(s.residentId);
      expect(ids.size).toBe(people);
    });

    it('puts nobody on 低保/特困 twice and keeps every household eligible by income', () => {
      const members = population.households.flatMap((h) => h.members.map((m) => m.residentId));
      expect(new Set(members).size).toBe(members.length);
      for (const h of population.households) {
        const income = h.members.flatMap((m) => m.incomes).reduce((n, i) => n + i.monthlyFen, 0);
        expect(income / h.members.length).toBeLessThan(RURAL_DIBAO_MONTHLY_FEN);
        expect(h.financialAssetsFen).toBeLessThanOrEqual(24 * RURAL_DIBAO_MONTHLY_FEN * h.members.length);
        expect(h.regionCode).toMatch(/^\d{9}$/);
      }
      const tekun = population.households.filter((h) => h.program === 'TEKUN');
      expect(tekun.every((h) => h.members.length === 1 && h.tekun?.residentId === h.members[0].residentId)).toBe(true);
    });

    it('gives each child parents whose situation child-welfare reads as the intended category', () => {
      const thresholds = { missingMonths: 6, jailedMonths: 6 };
      const wrong = population.children.filter((c) => {
        const guardians = c.guardians.map((g) => ({
          relation: g.relation,
          deceasedOn: g.deceasedOn ?? null,
          missingSince: null,
          jailedSince: g.jailedSince ?? null,
          severelyDisabled: g.severelyDisabled ?? false,
          seriouslyIll: g.seriouslyIll ?? false,
          awayForWork: g.awayForWork ?? false,
          guardianshipRevoked: false,
        }));
        const categories = deriveCategories({ birthDate: c.birthDate, guardians }, AS_OF, thresholds);
        return categories.length !== 1 || categories[0] !== c.category;
      });
      expect(wrong.slice(0, 3)).toEqual([]);
      expect(population.children.every((c) => /^\d{12}$/.test(c.villageCode) && ageOn(c.birthDate, AS_OF) <= 13)).toBe(true);
    });

    it('has the city’s registers beside the people: the reference data’s sample completed to the summary’s figures', () => {
      const r = population.registers;
      expect([r.facilities.length, r.institutions.length, r.careWorkers.length, r.staff.length, r.cemeteries.length, r.townships.length]).toEqual([856, 0, 44, 243, 175, 21]);
    });

    it('takes diners from the elders, with unique cards over the 12 canteens', () => {
      const elderIds = new Set(population.elders.map((e) => e.residentId));
      expect(population.diners.every((d) => elderIds.has(d.residentId))).toBe(true);
      expect(new Set(population.diners.map((d) => d.cardNumber)).size).toBe(6_000);
      expect(new Set(population.diners.map((d) => d.canteenNo)).size).toBe(12);
    });
  });

  it('makes a province ten cities', () => {
    expect(profileFor('province').cities).toBe(10);
    expect(totalPopulation(profileFor('province'))).toBe(10 * totalPopulation(CITY_PROFILE));
    const tenSmall = generatePopulation({ ...SMALL, cities: 10 }, 1, AS_OF);
    const counts = countPopulation(tenSmall, ageOn);
    expect([counts.elders, counts.aged80Plus, counts.aged100Plus, counts.dibaoHouseholds, counts.diners]).toEqual([12_630, 1_600, 30, 970, 600]);
    expect(new Set(tenSmall.elders.map((e) => e.residentId)).size).toBe(12_630);
  });
});

describe('parseSeedArgs', () => {
  it.each<[string[], object]>([
    [['--scale', 'city'], { scale: 'city', seed: 2024, asOf: '2024-12-31', dryRun: false, concurrency: 8 }],
    [['--scale=province', '--dry-run', '--seed', '7', '--as-of', '2025-06-30', '--concurrency', '4'], { scale: 'province', seed: 7, asOf: '2025-06-30', dryRun: true, concurrency: 4 }],
  ])('%j', (argv, options) => {
    expect(parseSeedArgs(argv)).toEqual({ ok: true, options });
  });

  it.each<[string[], string]>([
    [[], '--scale must be city or province'],
    [['--scale', 'country'], '--scale must be city or province'],
    [['--scale', 'city', '--seed', '-1'], '--seed'],
    [['--scale', 'city', '--as-of', '2024-02-30'], '--as-of'],
    [['--scale', 'city', '--concurrency', '0'], '--concurrency'],
    [['--scale', 'city', '--load'], 'unknown argument'],
  ])('refuses %j', (argv, error) => {
    const parsed = parseSeedArgs(argv);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });
});

describe('inPool', () => {
  it('runs every item with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setImmediate(r));
      done.push(n);
      inFlight--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });
});

describe('loadPopulation', () => {
  const population = generatePopulation(
    { ...SMALL, aged60Plus: 30, aged80Plus: 5, aged100Plus: 1, dibaoHouseholds: 2, tekunPersons: 1, children: { ORPHAN: 1, DE_FACTO_UNSUPPORTED: 0, IN_DIFFICULTY: 0, RURAL_LEFT_BEHIND: 1 }, diners: 2 },
    5,
    AS_OF,
  );
  const baseUrls = { 'social-assistance': 'http://sa', 'elderly-care': 'http://ec', 'child-welfare': 'http://cw', canteen: 'http://ct', 'civil-registration': 'http://cr' };

  it('sends each record to its service\'s API, approves with the second token and waits out a 429', async () => {
    const calls: string[] = [];
    const sleeps: number[] = [];
    let limited = false;
    let n = 0;
    const http: HttpFn = async (url, init) => {
      calls.push(`${init.method} ${url} ${init.headers.Authorization.slice(-6)}`);
      const reply = (status: number, body: unknown, retryAfter?: string) => ({ status, headers: { get: (h: string) => (h === 'retry-after' ? (retryAfter ?? null) : null) }, text: async () => JSON.stringify(body) });
      if (url.endsWith('/elders/import')) {
        const lines = (init.body ?? '').split('\n');
        expect(init.headers['Content-Type']).toBe('application/x-ndjson');
        return reply(200, { importId: 'i', accepted: lines.length - 1, refused: 1, lines: lines.map((_l, i) => (i === 0 ? { line: 1, status: 'REFUSED', reason: 'DUPLICATE' } : { line: i + 1, status: 'ACCEPTED' })) });
      }
      if (url === 'http://cw/api/v1/children' && !limited) {
        limited = true;
        return reply(429, { code: 'RATE_LIMITED' }, '2');
      }
      if (url.endsWith('/approve')) return reply(200, { id: 'c', status: 'APPROVED' });
      if (url.endsWith('/public-notice')) return reply(200, { id: 'c', status: 'IN_PUBLIC_NOTICE' });
      if (init.method === 'GET') return reply(200, { items: [{ id: 'b', name: '乙' }, { id: 'a', name: '甲' }], total: 2, page: 1, pageSize: 100 });
      return reply(201, { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` });
    };
    const summary = await loadPopulation(population, { baseUrls, clerkToken: 'clerk-TOKEN1', approverToken: 'apprv-TOKEN2', http, concurrency: 2, sleep: async (ms) => void sleeps.push(ms) });

    expect(summary.elders).toMatchObject({ sent: 30, created: 29, present: 1, refused: {} });
    expect(summary.households).toMatchObject({ sent: 3, created: 3, refused: {} });
    expect(summary.dibaoApprovals).toMatchObject({ sent: 2, created: 2 });
    expect(summary.tekunApprovals).toMatchObject({ sent: 1, created: 1 });
    expect(summary.children).toMatchObject({ sent: 2, created: 2, refused: {} });
    expect(summary.diners).toMatchObject({ sent: 2, created: 2, refused: {} });
    expect(sleeps).toEqual([2000]);
    expect(calls.filter((c) => c.includes('/approve')).every((c) => c.endsWith('TOKEN2'))).toBe(true);
    expect(calls.filter((c) => /^POST http:\/\/sa\/api\/v1\/(dibao|tekun)\/applications TOKEN1$/.test(c))).toHaveLength(3);
    expect(calls.filter((c) => c.includes('/applications') && c.endsWith('TOKEN2') && !c.includes('/approve'))).toEqual([]);
    // 低保 only: the investigation and public notice, by the clerk, before each approval.
    expect(calls.filter((c) => c.includes('/public-notice')).map((c) => c.replace(/applications\/[^/]+\//, 'applications/:id/'))).toEqual(Array(2).fill('POST http://sa/api/v1/dibao/applications/:id/public-notice TOKEN1'));
  });

  it('tallies refusals by problem code and says when there are no canteens', async () => {
    const http: HttpFn = async (url, init) => {
      const reply = (status: number, body: unknown) => ({ status, headers: { get: () => null }, text: async () => JSON.stringify(body) });
      if (url.endsWith('/elders/import')) return reply(200, { accepted: 0, lines: [] });
      if (url.endsWith('/households')) return reply(422, { code: 'HOUSEHOLD.DUPLICATE_MEMBER' });
      if (url.endsWith('/children')) return reply(409, { code: 'CHILD.ALREADY_REGISTERED' });
      if (init.method === 'GET') return reply(200, { items: [], total: 0, page: 1, pageSize: 100 });
      return reply(500, {});
    };
    const summary = await loadPopulation(population, { baseUrls, clerkToken: 'a', approverToken: 'b', http });
    expect(summary.households.refused).toEqual({ 'HOUSEHOLD.DUPLICATE_MEMBER': 3 });
    expect(summary.households.examples[0]).toContain('422');
    expect(summary.children).toMatchObject({ sent: 2, present: 2 });
    expect(summary.diners.refused).toEqual({ NO_CANTEENS: 2 });
  });

  it('counts a 低保 case whose public notice has not ended as in notice, not as refused', async () => {
    let n = 0;
    const http: HttpFn = async (url, init) => {
      const reply = (status: number, body: unknown) => ({ status, headers: { get: () => null }, text: async () => JSON.stringify(body) });
      if (url.endsWith('/elders/import')) return reply(200, { accepted: 0, lines: [] });
      if (url.endsWith('/public-notice')) return reply(200, { status: 'IN_PUBLIC_NOTICE' });
      if (url.includes('/dibao/') && url.endsWith('/approve')) return reply(409, { code: 'DIBAO.PUBLIC_NOTICE_NOT_ENDED', noticeEndsOn: '2024-07-08' });
      if (url.endsWith('/approve')) return reply(200, { status: 'APPROVED' });
      if (init.method === 'GET') return reply(200, { items: [{ id: 'a', name: '甲' }], total: 1, page: 1, pageSize: 100 });
      return reply(201, { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` });
    };
    const summary = await loadPopulation(population, { baseUrls, clerkToken: 'a', approverToken: 'b', http });
    expect(summary.dibaoApprovals).toMatchObject({ sent: 2, created: 0, inPublicNotice: 2, refused: {} });
    expect(summary.tekunApprovals).toMatchObject({ sent: 1, created: 1, inPublicNotice: 0, refused: {} });
  });
});
