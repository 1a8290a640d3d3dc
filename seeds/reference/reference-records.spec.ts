// The record files the reference loader sends (scripts/load-reference-records.ts), checked against
// the same DTOs and rules their endpoints apply, and against the city's figures of DOMAIN §4 and §6
// where the files hold them. Sample data says so, in the file and in every invented name.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordCemeteryDto } from '../../apps/civil-registration/src/cemeteries/dto/cemetery.dto';
import { offersPlaceKind } from '../../apps/civil-registration/src/cemeteries/rules/cemetery-places.rule';
import { RecordRegistrationOfficeDto } from '../../apps/civil-registration/src/registration-offices/dto/registration-office.dto';
import { CreateFacilityDto } from '../../apps/elderly-care/src/facilities/dto/facility.dto';
import { facilityRefusal } from '../../apps/elderly-care/src/facilities/rules/facility.rule';
import { RECORD_SEEDS } from '../../scripts/load-reference-records';
import { geography } from '../../scripts/population/people';
import { CITY_PROFILE } from '../../scripts/population/profile';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Record<string, unknown>;
const VALIDATE = { whitelist: true, forbidNonWhitelisted: true } as const;
const TODAY = new Date().toISOString().slice(0, 10);

describe('the files the reference loader sends', () => {
  it.each(RECORD_SEEDS.map((seed) => [seed.file, seed]))('%s exists, says it is sample data and has records with unique codes', (file, seed) => {
    expect(existsSync(join(__dirname, file))).toBe(true);
    const doc = read(file);
    expect(String(doc.$comment)).toMatch(/^SAMPLE DATA: /);
    const bodies = seed.bodies(doc) as Array<{ code?: string }>;
    expect(bodies.length).toBeGreaterThan(0);
    const codes = bodies.map((b) => b.code).filter((c) => c !== undefined);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('sends the new files to the services that keep them', () => {
    const where = Object.fromEntries(RECORD_SEEDS.map((seed) => [seed.file, `${seed.service} ${seed.path}`]));
    expect(where).toMatchObject({
      'facilities.json': 'elderly-care /api/v1/facilities',
      'registration-offices.json': 'civil-registration /api/v1/registration-offices',
      'cemeteries.json': 'civil-registration /api/v1/cemeteries',
    });
  });
});

describe('seeds/reference/registration-offices.json', () => {
  const offices = read('registration-offices.json').offices as RecordRegistrationOfficeDto[];

  it('holds the city\'s 2 park registration points besides an office and other points', () => {
    expect(offices.filter((o) => o.kind === 'PARK_POINT')).toHaveLength(2);
    expect(offices.filter((o) => o.kind === 'OFFICE').length).toBeGreaterThan(0);
    expect(offices.filter((o) => o.kind === 'POINT').length).toBeGreaterThan(0);
  });

  it('is accepted by POST /api/v1/registration-offices, body by body, each open by now and named as a sample', () => {
    for (const body of offices) {
      expect(validateSync(plainToInstance(RecordRegistrationOfficeDto, body), VALIDATE)).toEqual([]);
      expect(body.openedOn <= TODAY).toBe(true);
      expect(body.name).toContain('（示例）');
    }
  });
});

describe('seeds/reference/cemeteries.json', () => {
  const doc = read('cemeteries.json');
  const cemeteries = doc.cemeteries as RecordCemeteryDto[];

  it('holds the city\'s 1 urban public-welfare cemetery and a sample of its 180 rural ones, said to be a sample', () => {
    expect(cemeteries.filter((c) => c.kind === 'URBAN_PUBLIC_WELFARE_CEMETERY')).toHaveLength(1);
    const rural = cemeteries.filter((c) => c.kind !== 'URBAN_PUBLIC_WELFARE_CEMETERY');
    expect(rural.length).toBeGreaterThan(0);
    expect(rural.length).toBeLessThan(180);
    expect(new Set(rural.map((c) => c.kind))).toEqual(new Set(['RURAL_PUBLIC_WELFARE_CEMETERY', 'RURAL_ASH_HALL']));
    expect(String(doc.$comment)).toContain('180 rural');
  });

  it('is accepted by POST /api/v1/cemeteries: valid bodies, plots only where the kind offers them', () => {
    for (const body of cemeteries) {
      expect(validateSync(plainToInstance(RecordCemeteryDto, body), VALIDATE)).toEqual([]);
      if (body.plotCapacity > 0) expect([body.code, offersPlaceKind(body.kind, 'PLOT')]).toEqual([body.code, true]);
      expect(body.name).toContain('（示例）');
    }
  });
});

describe('seeds/reference/facilities.json', () => {
  const facilities = read('facilities.json').facilities as CreateFacilityDto[];

  it('holds a few townships with every facility type, and the city\'s one street centre', () => {
    const townships = new Set(facilities.map((f) => f.divisionCode.slice(0, 9)));
    expect(townships.size).toBeGreaterThanOrEqual(2);
    expect(new Set(facilities.map((f) => f.facilityType))).toEqual(new Set(['STREET_CENTRE', 'COMMUNITY_HOME_CARE_CENTRE', 'RURAL_HAPPINESS_HOME', 'ACTIVITY_ROOM']));
    expect(facilities.filter((f) => f.facilityType === 'STREET_CENTRE')).toHaveLength(1);
  });

  it('lies in the synthetic population’s first three townships, which every profile has: the registers generated beside it cover the same townships', () => {
    const first = geography(1, { ...CITY_PROFILE, townships: 3, villages: 6 });
    expect(facilities.filter((f) => !first.townships.includes(f.divisionCode.slice(0, 9))).map((f) => f.code)).toEqual([]);
  });

  it('is accepted by POST /api/v1/facilities: valid bodies at the division level of their type, opened by now', () => {
    for (const body of facilities) {
      expect(validateSync(plainToInstance(CreateFacilityDto, body), VALIDATE)).toEqual([]);
      expect([body.code, facilityRefusal({ type: body.facilityType, divisionCode: body.divisionCode, openedOn: body.openedOn }, TODAY)]).toEqual([body.code, null]);
      expect(body.facilityName).toContain('（示例）');
    }
  });
});
