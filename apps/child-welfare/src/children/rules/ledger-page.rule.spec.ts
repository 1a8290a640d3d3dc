import type { RiskTier } from '@app/contracts';
import type { CategoryPolicy, GuardianFacts, GuardianRelation } from '../../categories/rules/child-category.rule';
import { ledgerPage, tierCountsOf, type LedgerChild } from './ledger-page.rule';

const POLICY: CategoryPolicy = { missingMonths: 6, jailedMonths: 6, custodialSentenceMinMonths: 6 };
const DAY = '2024-08-01';

function parent(relation: GuardianRelation, situation: Partial<GuardianFacts> = {}): GuardianFacts {
  return { relation, deceasedOn: null, missingSince: null, jailedSince: null, severelyDisabled: false, seriouslyIll: false, awayForWork: false, guardianshipRevoked: false, ...situation };
}

interface Row extends LedgerChild {
  id: string;
}

const bothCapable = [parent('FATHER'), parent('MOTHER')];
const bothDead = [parent('FATHER', { deceasedOn: '2024-01-01' }), parent('MOTHER', { deceasedOn: '2024-02-01' })];
// Out of contact since 2024-03-01: not yet 6 months on DAY, 6 months on 2024-09-01.
const fatherMissing = [parent('FATHER', { missingSince: '2024-03-01' }), parent('MOTHER', { deceasedOn: '2023-05-01' })];

function row(id: string, riskTier: RiskTier, guardians: GuardianFacts[]): Row {
  return { id, riskTier, birthDate: '2015-03-10', guardians };
}

const CHILDREN: Row[] = [row('r1', 'RED', bothDead), row('r2', 'RED', bothCapable), row('o1', 'ORANGE', fatherMissing), row('o2', 'ORANGE', bothDead), row('g1', 'GREEN', bothCapable)];
const ids = (page: ReturnType<typeof ledgerPage<Row>>) => page.items.map((i) => i.child.id);

describe('ledgerPage', () => {
  it.each([
    ['no filter', {}, ['r1', 'r2', 'o1', 'o2', 'g1'], { RED: 2, ORANGE: 2, GREEN: 1 }],
    ['a tier: counts stay those of every tier', { tier: 'ORANGE' as const }, ['o1', 'o2'], { RED: 2, ORANGE: 2, GREEN: 1 }],
    ['a category: counts follow it', { category: 'ORPHAN' as const }, ['r1', 'o2'], { RED: 1, ORANGE: 1, GREEN: 0 }],
    ['a category and a tier', { category: 'ORPHAN' as const, tier: 'RED' as const }, ['r1'], { RED: 1, ORANGE: 1, GREEN: 0 }],
    ['a category nobody holds', { category: 'RURAL_LEFT_BEHIND' as const }, [], { RED: 0, ORANGE: 0, GREEN: 0 }],
  ])('%s', (_name, filter, expected, counts) => {
    const page = ledgerPage(CHILDREN, { ...filter, offset: 0, limit: 20 }, DAY, POLICY);
    expect(ids(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
    expect(page.tierCounts).toEqual(counts);
  });

  it('cuts the page out of what matches, keeping the order given and the total of all pages', () => {
    const page = ledgerPage(CHILDREN, { offset: 2, limit: 2 }, DAY, POLICY);
    expect(ids(page)).toEqual(['o1', 'o2']);
    expect(page.total).toBe(5);
    expect(ids(ledgerPage(CHILDREN, { offset: 4, limit: 2 }, DAY, POLICY))).toEqual(['g1']);
    expect(ids(ledgerPage(CHILDREN, { offset: 6, limit: 2 }, DAY, POLICY))).toEqual([]);
  });

  it('derives the categories as of the day asked: a parent out of contact for 6 months makes the child de facto unsupported', () => {
    const before = ledgerPage(CHILDREN, { category: 'DE_FACTO_UNSUPPORTED', offset: 0, limit: 20 }, DAY, POLICY);
    expect(ids(before)).toEqual([]);
    const after = ledgerPage(CHILDREN, { category: 'DE_FACTO_UNSUPPORTED', offset: 0, limit: 20 }, '2024-09-01', POLICY);
    expect(ids(after)).toEqual(['o1']);
    expect(after.items[0].categories).toContain('DE_FACTO_UNSUPPORTED');
  });
});

describe('tierCountsOf', () => {
  it('takes the database’s per-tier counts, a tier without children counting 0', () => {
    expect(tierCountsOf([{ tier: 'GREEN', n: 7 }, { tier: 'RED', n: 2 }])).toEqual({ RED: 2, ORANGE: 0, GREEN: 7 });
    expect(tierCountsOf([])).toEqual({ RED: 0, ORANGE: 0, GREEN: 0 });
  });
});
