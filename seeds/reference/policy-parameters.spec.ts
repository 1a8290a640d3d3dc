import { findOverlaps, type PolicyRow } from '@app/common/policy/value-in-force';
import { SERVICE_NAMES, type ServiceName } from '@app/contracts';
import { readReferenceData, referenceDataProblems } from '../../scripts/load-reference-data';
import { POLICY_CATALOGUES } from '../../scripts/policy-catalogues';

describe('seeds/reference/policy-parameters.json', () => {
  const data = readReferenceData();

  it('names only real services', () => {
    expect(Object.keys(data).every((s) => (SERVICE_NAMES as readonly string[]).includes(s))).toBe(true);
  });

  it.each(Object.entries(data).filter(([, rows]) => rows.length > 0))('%s: keys carry the service name, periods are dates and never overlap', (service, rows) => {
    for (const row of rows) {
      expect(row.key.startsWith(`${service}.`)).toBe(true);
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.value).toBeDefined();
    }
    const periods: PolicyRow[] = rows.map((r) => ({ key: r.key, value: r.value, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo ?? null }));
    expect(findOverlaps(periods)).toEqual([]);
  });
});

describe('seeds/reference/policy-parameters.json against the services\' policy catalogues', () => {
  const data = readReferenceData();
  const catalogues = Object.entries(POLICY_CATALOGUES);

  it.each(catalogues)('%s: the catalogue is the service\'s own', (service, catalogue) => {
    expect(catalogue.service).toBe(service);
  });

  it.each(Object.entries(data))('%s: every seeded key is in exactly its service\'s catalogue, and every seeded value passes its schema', (service, rows) => {
    for (const row of rows) {
      expect([row.key, catalogues.filter(([, c]) => c.has(row.key)).map(([name]) => name)]).toEqual([row.key, [service]]);
      expect([row.key, row.effectiveFrom, POLICY_CATALOGUES[service as ServiceName].check(row.key, row.value)]).toEqual([row.key, row.effectiveFrom, null]);
    }
  });

  it.each(catalogues)('%s: every catalogued key is seeded or marked optional', (service, catalogue) => {
    const seeded = new Set((data[service] ?? []).map((row) => row.key));
    expect(catalogue.keys.filter((key) => !seeded.has(key) && !catalogue.isOptional(key))).toEqual([]);
  });

  it('loads nothing when a row would be refused, and says which', () => {
    expect(referenceDataProblems(data)).toEqual([]);
    const bad = {
      canteen: [{ key: 'canteen.meal-subsidy.tiers', value: { ageBands: 'none' }, effectiveFrom: '2024-01-01' }],
      'elderly-care': [{ key: 'elderly-care.no-such-figure', value: 1, effectiveFrom: '2024-01-01' }],
      registry: [],
    };
    expect(referenceDataProblems(bad)).toEqual([
      expect.stringMatching(/^canteen: canteen\.meal-subsidy\.tiers from 2024-01-01: /),
      'elderly-care: elderly-care.no-such-figure is not in its policy catalogue',
      'registry: no such service',
    ]);
  });
});
