// The city's registers beside its people (scripts/population/registers.ts): with what the reference
// data holds they are the summary's figures, every body passes its endpoint's DTO and rules, and the
// loader sends each to its service with the right token.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RecordCemeteryDto } from '../../apps/civil-registration/src/cemeteries/dto/cemetery.dto';
import { offersPlaceKind } from '../../apps/civil-registration/src/cemeteries/rules/cemetery-places.rule';
import { AppointStaffDto } from '../../apps/child-welfare/src/staff/dto/staff.dto';
import { postDivisionProblem } from '../../apps/child-welfare/src/staff/rules/staff-post.rule';
import { RegisterCareWorkerDto } from '../../apps/elderly-care/src/care-workers/dto/care-worker.dto';
import { CreateFacilityDto } from '../../apps/elderly-care/src/facilities/dto/facility.dto';
import { coverage } from '../../apps/elderly-care/src/facilities/rules/coverage.rule';
import { facilityRefusal, type FacilityType } from '../../apps/elderly-care/src/facilities/rules/facility.rule';
import { CreateInstitutionDto } from '../../apps/elderly-care/src/institutions/dto/institution.dto';
import { loadRegisters, type Call } from '../../scripts/population/load-registers';
import { inPool, type StepTally } from '../../scripts/population/load';
import { geography, PersonFactory } from '../../scripts/population/people';
import { mulberry32 } from '../../scripts/population/prng';
import { CITY_PROFILE, type PopulationProfile } from '../../scripts/population/profile';
import { REFERENCE_SAMPLE, sampleOfCity } from '../../scripts/population/reference-sample';
import { generateRegisters, type Registers } from '../../scripts/population/registers';

const AS_OF = '2024-01-01';
const VALIDATE = { whitelist: true, forbidNonWhitelisted: true } as const;

function cityRegisters(city: number, profile: PopulationProfile = CITY_PROFILE): Registers {
  const random = mulberry32(city);
  return generateRegisters(random, new PersonFactory(random, AS_OF), geography(city, profile), city, profile, sampleOfCity(REFERENCE_SAMPLE, city), AS_OF);
}
const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((m, item) => ((m[key(item)] = (m[key(item)] ?? 0) + 1), m), {});

describe('the city’s registers', () => {
  const registers = cityRegisters(1);
  const sample = sampleOfCity(REFERENCE_SAMPLE, 1);
  const facilities = [...sample.facilities, ...registers.facilities];

  it('are, with the reference data’s, the summary’s 1 street centre, 63 community centres, 41 rural homes and 761 activity rooms', () => {
    expect(countBy(facilities, (f) => f.facilityType)).toEqual({ STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 63, RURAL_HAPPINESS_HOME: 41, ACTIVITY_ROOM: 761 });
    expect(registers.facilities.length).toBe(866 - sample.facilities.length);
    const codes = facilities.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cover every township with a community centre, each centre in a community of its own (the coverage the report computes)', () => {
    const open = facilities.map((f) => ({ type: f.facilityType as FacilityType, divisionCode: f.divisionCode, openedOn: AS_OF, status: 'OPEN' as const }));
    const centres = coverage(open, { townships: registers.townships }, AS_OF).byType.find((t) => t.type === 'COMMUNITY_HOME_CARE_CENTRE')!;
    expect(registers.townships).toHaveLength(21);
    expect(registers.townships.reduce((n, t) => n + t.communities, 0)).toBe(222);
    expect(centres).toMatchObject({ facilities: 63, townshipsCovered: 21, townshipsSharePercent: 100, communitiesCovered: 63, communitiesSharePercent: 28.4 });
  });

  it('have a supervisor per township (21) and a director per village (222), 44 care workers at the reference data’s institutions, and 180 rural cemeteries and ash halls with the reference data’s', () => {
    expect(countBy(registers.staff, (s) => s.role)).toEqual({ CHILD_SUPERVISOR: 21, CHILD_DIRECTOR: 222 });
    expect(new Set(registers.staff.map((s) => `${s.role} ${s.divisionCode}`)).size).toBe(243);
    expect(registers.careWorkers).toHaveLength(44);
    const institutions = new Set(sample.institutions.map((i) => i.code));
    expect(registers.careWorkers.every((w) => institutions.has(w.institutionCode))).toBe(true);
    expect(registers.institutions).toEqual([]);
    expect(sample.institutions.reduce((n, i) => n + i.bedCount, 0)).toBe(1349);
    const cemeteries = [...sample.cemeteries, ...registers.cemeteries];
    expect(countBy(cemeteries, (c) => c.kind)).toEqual({ URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 21, RURAL_ASH_HALL: 159 });
    expect(new Set(cemeteries.map((c) => c.code)).size).toBe(181);
  });

  it('are accepted by their endpoints: valid bodies, at the division level of their kind, dated before the day they are loaded', () => {
    for (const f of registers.facilities) {
      expect([f.code, validateSync(plainToInstance(CreateFacilityDto, f), VALIDATE)]).toEqual([f.code, []]);
      expect([f.code, facilityRefusal({ type: f.facilityType, divisionCode: f.divisionCode, openedOn: f.openedOn }, AS_OF)]).toEqual([f.code, null]);
    }
    for (const { institutionCode: _code, ...w } of registers.careWorkers) {
      expect(validateSync(plainToInstance(RegisterCareWorkerDto, w), VALIDATE)).toEqual([]);
      expect(w.workingFrom < AS_OF).toBe(true);
    }
    for (const s of registers.staff) {
      expect(validateSync(plainToInstance(AppointStaffDto, s), VALIDATE)).toEqual([]);
      expect([postDivisionProblem(s.role, s.divisionCode), s.appointedOn < AS_OF]).toEqual([null, true]);
    }
    for (const c of registers.cemeteries) {
      expect(validateSync(plainToInstance(RecordCemeteryDto, c), VALIDATE)).toEqual([]);
      expect([c.code, c.plotCapacity === 0 || offersPlaceKind(c.kind, 'PLOT')]).toEqual([c.code, true]);
    }
  });

  it('give every other city of a province the same, its institutions included: 15 with 1,349 beds in its own counties', () => {
    const second = cityRegisters(2);
    expect(countBy(second.facilities, (f) => f.facilityType)).toEqual({ STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 63, RURAL_HAPPINESS_HOME: 41, ACTIVITY_ROOM: 761 });
    expect(countBy(second.cemeteries, (c) => c.kind)).toEqual({ URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 21, RURAL_ASH_HALL: 159 });
    expect([second.institutions.length, second.institutions.reduce((n, i) => n + i.bedCount, 0)]).toEqual([15, 1349]);
    for (const i of second.institutions) expect(validateSync(plainToInstance(CreateInstitutionDto, i), VALIDATE)).toEqual([]);
    expect([...second.facilities, ...second.institutions, ...second.cemeteries, ...second.staff].every((r) => r.divisionCode.startsWith('1102'))).toBe(true);
    const own = new Set(second.institutions.map((i) => i.code));
    expect(second.careWorkers.every((w) => own.has(w.institutionCode))).toBe(true);
  });

  it('refuse a profile with fewer than the reference data holds, or too few centres for its townships', () => {
    expect(() => cityRegisters(1, { ...CITY_PROFILE, facilities: { ...CITY_PROFILE.facilities, ACTIVITY_ROOM: 3 } })).toThrow(/wants 3 ACTIVITY_ROOM facilities, the reference data holds 4/);
    expect(() => cityRegisters(1, { ...CITY_PROFILE, facilities: { ...CITY_PROFILE.facilities, COMMUNITY_HOME_CARE_CENTRE: 20 } })).toThrow(/19 townships have no community centre, the profile gives 17 more/);
    expect(() => cityRegisters(1, { ...CITY_PROFILE, institutions: 16 })).toThrow(/has 15 institutions with 1349 beds, the profile wants 16/);
  });
});

describe('loading the registers', () => {
  const registers = cityRegisters(1, { ...CITY_PROFILE, townships: 3, villages: 6, facilities: { STREET_CENTRE: 1, COMMUNITY_HOME_CARE_CENTRE: 4, RURAL_HAPPINESS_HOME: 2, ACTIVITY_ROOM: 5 }, careWorkers: 2, cemeteries: { URBAN_PUBLIC_WELFARE_CEMETERY: 1, RURAL_PUBLIC_WELFARE_CEMETERY: 3, RURAL_ASH_HALL: 3 } });
  const baseUrls = { 'elderly-care': 'http://ec', 'child-welfare': 'http://cw', 'civil-registration': 'http://cr' };
  const tally = (): StepTally => ({ sent: 0, created: 0, present: 0, refused: {}, inPublicNotice: 0, examples: [] });
  const load = (call: Call) =>
    loadRegisters(registers, {
      baseUrls,
      clerkToken: 'clerk',
      adminToken: 'admin',
      asOf: AS_OF,
      call,
      inPool: (items, work) => inPool(items, 2, work),
      tally,
      refuse: (step, status, body) => {
        const code = (JSON.parse(body) as { code?: string }).code ?? `HTTP_${status}`;
        step.refused[code] = (step.refused[code] ?? 0) + 1;
      },
      progress: () => undefined,
    });
  const institutions = { items: REFERENCE_SAMPLE.institutions.map((i, n) => ({ id: `inst-${n}`, code: i.code })), total: 15 };

  it('sends each record to its service, cemeteries and the coverage parameter as the administrator, care workers to their institution by code', async () => {
    const calls: string[] = [];
    const bodies: unknown[] = [];
    const summary = await load(async (method, url, token, body) => {
      calls.push(`${method} ${url.replace(/inst-\d+/, ':id')} ${token}`);
      if (url.includes('policy-parameters')) bodies.push(body);
      return method === 'GET' ? { status: 200, text: JSON.stringify(institutions) } : { status: 201, text: '{}' };
    });
    expect(Object.fromEntries(Object.entries(summary).map(([k, t]) => [k, [t.sent, t.created, t.refused]]))).toEqual({
      institutions: [0, 0, {}],
      facilities: [2, 2, {}],
      townships: [1, 1, {}],
      careWorkers: [2, 2, {}],
      staff: [9, 9, {}],
      cemeteries: [1, 1, {}],
    });
    expect(countBy(calls, (c) => c)).toEqual({
      'POST http://ec/api/v1/facilities clerk': 2,
      'POST http://ec/api/v1/policy-parameters admin': 1,
      'GET http://ec/api/v1/institutions?page=1&pageSize=100 clerk': 1,
      'POST http://ec/api/v1/institutions/:id/care-workers clerk': 2,
      'POST http://cw/api/v1/staff clerk': 9,
      'POST http://cr/api/v1/cemeteries admin': 1,
    });
    expect(bodies).toEqual([{ key: 'elderly-care.facility-coverage.communities-per-township', value: { townships: registers.townships }, effectiveFrom: AS_OF, note: expect.any(String) }]);
  });

  it('counts what a rerun finds taken as present, and refuses a care worker of an unknown institution', async () => {
    const taken: Record<string, string> = { facilities: 'FACILITY.CODE_TAKEN', 'policy-parameters': 'POLICY.OVERLAP', 'care-workers': 'CARE_WORKER.ALREADY_EMPLOYED', staff: 'STAFF.POST_OCCUPIED', cemeteries: 'CEMETERY.CODE_TAKEN' };
    const summary = await load(async (method, url) => {
      if (method === 'GET') return { status: 200, text: JSON.stringify({ items: institutions.items.slice(1), total: 14 }) };
      const code = Object.entries(taken).find(([path]) => url.endsWith(path))?.[1];
      return { status: 409, text: JSON.stringify({ code }) };
    });
    const unknown = registers.careWorkers.filter((w) => w.institutionCode === REFERENCE_SAMPLE.institutions[0].code).length;
    expect(Object.fromEntries(Object.entries(summary).map(([k, t]) => [k, [t.present, t.refused]]))).toEqual({
      institutions: [0, {}],
      facilities: [2, {}],
      townships: [1, {}],
      careWorkers: [2 - unknown, unknown > 0 ? { NO_INSTITUTION: unknown } : {}],
      staff: [9, {}],
      cemeteries: [1, {}],
    });
  });
});
