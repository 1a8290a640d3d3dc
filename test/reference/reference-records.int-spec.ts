// The reference records of seeds/reference load through the services' own APIs, and loading
// them again adds nothing (npm start loads them at every start).
import type { RunningService } from '@app/messaging';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule as ElderlyCareModule } from '../../apps/elderly-care/src/app.module';
import { SERVICE as ELDERLY_CARE } from '../../apps/elderly-care/src/service.definition';
import { loadReferenceRecords } from '../../scripts/load-reference-records';
import { bootService, countRows, isolateService, openDatabase, releaseService } from '../support/service-under-test';
import { testDatabaseName } from '../support/test-env';

const seeds = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '../../seeds/reference', file), 'utf8')) as Record<string, unknown>;

describe('reference records (institutions, home care catalogue) through the APIs', () => {
  const database = testDatabaseName('reference_records_elderly');
  let elderly: RunningService;

  beforeAll(async () => {
    isolateService(database);
    try {
      elderly = await bootService(ElderlyCareModule, ELDERLY_CARE);
    } finally {
      releaseService();
    }
  });

  afterAll(async () => {
    await elderly?.app.close();
  });

  it('adds the 15 institutions with 1,349 beds and the catalogue once, then finds them present', async () => {
    const urls = { 'elderly-care': elderly.url };
    const institutions = seeds('institutions.json').institutions as unknown[];
    const items = seeds('home-care-catalogue.json').items as unknown[];

    const first = await loadReferenceRecords(urls);
    expect(first).toEqual({ 'institutions.json': { added: institutions.length, present: 0 }, 'home-care-catalogue.json': { added: 1, present: 0 } });
    const db = await openDatabase(database);
    try {
      expect(institutions).toHaveLength(15);
      expect(await countRows(db, 'SELECT count(*) AS n FROM institution')).toBe(15);
      expect(await countRows(db, 'SELECT count(*) AS n FROM bed')).toBe(1349);
      expect(await countRows(db, 'SELECT count(*) AS n FROM home_care_item')).toBe(items.length);

      const second = await loadReferenceRecords(urls);
      expect(second).toEqual({ 'institutions.json': { added: 0, present: 15 }, 'home-care-catalogue.json': { added: 0, present: 1 } });
      expect(await countRows(db, 'SELECT count(*) AS n FROM bed')).toBe(1349);
      expect(await countRows(db, 'SELECT count(*) AS n FROM home_care_item')).toBe(items.length);
    } finally {
      await db.end();
    }
  });
});
