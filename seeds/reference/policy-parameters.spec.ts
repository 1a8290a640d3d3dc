import { findOverlaps, type PolicyRow } from '@app/common/policy/value-in-force';
import { SERVICE_NAMES } from '@app/contracts';
import { readReferenceData } from '../../scripts/load-reference-data';

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
