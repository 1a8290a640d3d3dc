// The reference records of seeds/reference load through the services' own APIs, and loading
// them again adds nothing (npm start loads them at every start).
import type { RunningService } from '@app/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule as CanteenModule } from '../../apps/canteen/src/app.module';
import { SERVICE as CANTEEN } from '../../apps/canteen/src/service.definition';
import { AppModule as CivilRegistrationModule } from '../../apps/civil-registration/src/app.module';
import { SERVICE as CIVIL_REGISTRATION } from '../../apps/civil-registration/src/service.definition';
import { AppModule as ElderlyCareModule } from '../../apps/elderly-care/src/app.module';
import { SERVICE as ELDERLY_CARE } from '../../apps/elderly-care/src/service.definition';
import { AppModule as PaymentsModule } from '../../apps/payments/src/app.module';
import { SERVICE as PAYMENTS } from '../../apps/payments/src/service.definition';
import { loadReferenceRecords, RECORD_SEEDS } from '../../scripts/load-reference-records';
import { bootService, countRows, isolateService, openDatabase, releaseService } from '../support/service-under-test';
import { testDatabaseName } from '../support/test-env';

const seeds = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '../../seeds/reference', file), 'utf8')) as Record<string, unknown>;

describe('reference records of elderly-care (institutions, home care catalogue, facilities) through the API', () => {
  const database = testDatabaseName('reference_records_elderly');
  let elderly: RunningService;

  beforeAll(async () => {
    isolateService(database);
    elderly = await bootService(ElderlyCareModule, ELDERLY_CARE);
  });

  afterAll(async () => {
    await elderly?.app.close();
    releaseService(); // after the service stopped: its relay and consumers need the vhost while it runs
  });

  it('adds the 15 institutions with 1,349 beds, the catalogue and the sample facilities once, then finds them present', async () => {
    const urls = { 'elderly-care': elderly.url };
    const institutions = seeds('institutions.json').institutions as unknown[];
    const items = seeds('home-care-catalogue.json').items as unknown[];
    const facilities = seeds('facilities.json').facilities as unknown[];

    const first = await loadReferenceRecords(urls, RECORD_SEEDS.filter((seed) => seed.service === 'elderly-care'));
    expect(first).toEqual({
      'institutions.json': { added: institutions.length, present: 0 },
      'home-care-catalogue.json': { added: 1, present: 0 },
      'facilities.json': { added: facilities.length, present: 0 },
    });
    const db = await openDatabase(database);
    try {
      expect(institutions).toHaveLength(15);
      expect(await countRows(db, 'SELECT count(*) AS n FROM institution')).toBe(15);
      expect(await countRows(db, 'SELECT count(*) AS n FROM bed')).toBe(1349);
      expect(await countRows(db, 'SELECT count(*) AS n FROM home_care_item')).toBe(items.length);
      expect(await countRows(db, `SELECT count(*) AS n FROM facility WHERE facility_type = 'STREET_CENTRE'`)).toBe(1);
      expect(await countRows(db, 'SELECT count(*) AS n FROM facility')).toBe(facilities.length);

      const second = await loadReferenceRecords(urls, RECORD_SEEDS.filter((seed) => seed.service === 'elderly-care'));
      expect(second).toEqual({
        'institutions.json': { added: 0, present: 15 },
        'home-care-catalogue.json': { added: 0, present: 1 },
        'facilities.json': { added: 0, present: facilities.length },
      });
      expect(await countRows(db, 'SELECT count(*) AS n FROM facility')).toBe(facilities.length);
      expect(await countRows(db, 'SELECT count(*) AS n FROM bed')).toBe(1349);
      expect(await countRows(db, 'SELECT count(*) AS n FROM home_care_item')).toBe(items.length);
    } finally {
      await db.end();
    }
  });
});

describe('reference records of canteen (the city canteens) through the API', () => {
  const database = testDatabaseName('reference_records_canteen');
  let canteen: RunningService;

  beforeAll(async () => {
    isolateService(database);
    canteen = await bootService(CanteenModule, CANTEEN);
  });

  afterAll(async () => {
    await canteen?.app.close();
    releaseService(); // after the service stopped: its relay and consumers need the vhost while it runs
  });

  it('adds the 12 canteens once, then finds them present', async () => {
    const urls = { canteen: canteen.url };
    const canteens = seeds('canteens.json').canteens as unknown[];
    expect(canteens).toHaveLength(12);

    expect(await loadReferenceRecords(urls)).toEqual({ 'canteens.json': { added: 12, present: 0 } });
    const db = await openDatabase(database);
    try {
      expect(await countRows(db, 'SELECT count(*) AS n FROM canteen')).toBe(12);
      // The summary's 8 → 12 (DOMAIN §4): eight open on 1 January 2024, four opened in the year.
      expect(await countRows(db, `SELECT count(*) AS n FROM canteen WHERE opened_on <= '2024-01-01'`)).toBe(8);
      expect(await countRows(db, `SELECT count(*) AS n FROM canteen WHERE opened_on BETWEEN '2024-01-02' AND '2024-12-31'`)).toBe(4);
      expect(await loadReferenceRecords(urls)).toEqual({ 'canteens.json': { added: 0, present: 12 } });
      expect(await countRows(db, 'SELECT count(*) AS n FROM canteen')).toBe(12);
    } finally {
      await db.end();
    }
  });
});

describe('reference records of civil-registration (registration offices and points, cemeteries) through the API', () => {
  const database = testDatabaseName('reference_records_civil');
  let civil: RunningService;

  beforeAll(async () => {
    isolateService(database);
    civil = await bootService(CivilRegistrationModule, CIVIL_REGISTRATION);
  });

  afterAll(async () => {
    await civil?.app.close();
    releaseService(); // after the service stopped: its relay and consumers need the vhost while it runs
  });

  it('adds the offices with the 2 park points and the cemeteries with the 1 urban one once, then finds them present', async () => {
    const urls = { 'civil-registration': civil.url };
    const offices = (seeds('registration-offices.json').offices as unknown[]).length;
    const cemeteries = (seeds('cemeteries.json').cemeteries as unknown[]).length;

    expect(await loadReferenceRecords(urls)).toEqual({ 'registration-offices.json': { added: offices, present: 0 }, 'cemeteries.json': { added: cemeteries, present: 0 } });
    const db = await openDatabase(database);
    try {
      expect(await countRows(db, `SELECT count(*) AS n FROM registration_office WHERE kind = 'PARK_POINT'`)).toBe(2);
      expect(await countRows(db, `SELECT count(*) AS n FROM cemetery WHERE kind = 'URBAN_PUBLIC_WELFARE_CEMETERY'`)).toBe(1);
      expect(await loadReferenceRecords(urls)).toEqual({ 'registration-offices.json': { added: 0, present: offices }, 'cemeteries.json': { added: 0, present: cemeteries } });
      expect(await countRows(db, 'SELECT count(*) AS n FROM registration_office')).toBe(offices);
      expect(await countRows(db, 'SELECT count(*) AS n FROM cemetery')).toBe(cemeteries);
    } finally {
      await db.end();
    }
  });
});

describe('reference records of payments (the banks and their layouts) through the API', () => {
  const database = testDatabaseName('reference_records_payments');
  let payments: RunningService;

  beforeAll(async () => {
    isolateService(database);
    payments = await bootService(PaymentsModule, PAYMENTS);
  });

  afterAll(async () => {
    await payments?.app.close();
    releaseService(); // after the service stopped: its relay and consumers need the vhost while it runs
  });

  it('adds the two banks with their first layout version once, then finds them present', async () => {
    const urls = { payments: payments.url };
    expect(await loadReferenceRecords(urls)).toEqual({ 'banks.json': { added: 2, present: 0 } });
    expect(await loadReferenceRecords(urls)).toEqual({ 'banks.json': { added: 0, present: 2 } });
    const db = await openDatabase(database);
    try {
      const { rows } = await db.query(`SELECT bank_code, version, layout->>'format' AS format FROM bank_layout ORDER BY bank_code`);
      expect(rows).toEqual([
        { bank_code: 'PSBC', version: 1, format: 'DELIMITED' },
        { bank_code: 'RCB', version: 1, format: 'FIXED' },
      ]);
    } finally {
      await db.end();
    }
  });
});
