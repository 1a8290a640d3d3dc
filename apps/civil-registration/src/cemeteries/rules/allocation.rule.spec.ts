import { allocationRefusal, releaseRefusal, type AllocationFacts } from './allocation.rule';

describe('allocationRefusal', () => {
  const plot: AllocationFacts = { place: { kind: 'PLOT', status: 'AVAILABLE' }, deceased: { disposal: 'CREMATION' }, deceasedHasPlace: false };
  const niche: AllocationFacts = { ...plot, place: { kind: 'NICHE', status: 'AVAILABLE' } };

  it.each([
    ['ashes to a free plot', plot, null],
    ['ashes to a free niche', niche, null],
    ['a buried (exempt) body to a free plot', { ...plot, deceased: { disposal: 'BURIAL' } }, null],
    ['a body to a niche', { ...niche, deceased: { disposal: 'BURIAL' } }, 'CEMETERY_ALLOCATION.NICHE_NEEDS_ASHES'],
    ['a plot allocated before', { ...plot, place: { kind: 'PLOT', status: 'ALLOCATED' } }, 'CEMETERY_ALLOCATION.PLACE_TAKEN'],
    ['a deceased who has a place', { ...niche, deceasedHasPlace: true }, 'CEMETERY_ALLOCATION.DECEASED_HAS_PLACE'],
    ['both taken: the place is named first', { ...plot, place: { kind: 'PLOT', status: 'ALLOCATED' }, deceasedHasPlace: true }, 'CEMETERY_ALLOCATION.PLACE_TAKEN'],
  ] as const)('%s', (_label, facts, expected) => {
    expect(allocationRefusal(facts)?.code ?? null).toBe(expected);
  });

  it('names the field at fault and answers 409 for a second allocation', () => {
    expect(allocationRefusal({ ...plot, place: { kind: 'PLOT', status: 'ALLOCATED' } })).toMatchObject({ status: 409, field: 'placeId' });
    expect(allocationRefusal({ ...plot, deceasedHasPlace: true })).toMatchObject({ status: 409, field: 'deathId' });
  });
});

describe('releaseRefusal', () => {
  it.each([
    ['another clerk releases', { status: 'ACTIVE', allocatedBy: 'clerk-1' }, 'clerk-2', null],
    ['the same clerk releases', { status: 'ACTIVE', allocatedBy: 'clerk-1' }, 'clerk-1', 'CEMETERY_ALLOCATION.SAME_PERSON_RELEASE'],
    ['released before', { status: 'RELEASED', allocatedBy: 'clerk-1' }, 'clerk-2', 'CEMETERY_ALLOCATION.ALREADY_RELEASED'],
  ] as const)('%s', (_label, allocation, by, expected) => {
    expect(releaseRefusal(allocation, by)?.code ?? null).toBe(expected);
  });
});
