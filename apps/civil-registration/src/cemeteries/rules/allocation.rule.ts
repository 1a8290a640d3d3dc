// Allocating a plot or niche to a deceased person (DOMAIN §6): one place per deceased, a place to
// one deceased; an error is undone by a second person. Pure.
import type { PlaceKind, PlaceStatus } from './cemetery-places.rule';

export interface AllocationFacts {
  place: { kind: PlaceKind; status: PlaceStatus };
  deceased: { disposal: 'CREMATION' | 'BURIAL' };
  /** The deceased already has a place allocated and not released. */
  deceasedHasPlace: boolean;
}

export interface AllocationRefusal {
  status: 409 | 422;
  code: 'CEMETERY_ALLOCATION.PLACE_TAKEN' | 'CEMETERY_ALLOCATION.DECEASED_HAS_PLACE' | 'CEMETERY_ALLOCATION.NICHE_NEEDS_ASHES';
  field: 'placeId' | 'deathId';
  detail: string;
}

/** Why the place cannot go to the deceased, or null. */
export function allocationRefusal(facts: AllocationFacts): AllocationRefusal | null {
  if (facts.place.status !== 'AVAILABLE') return { status: 409, code: 'CEMETERY_ALLOCATION.PLACE_TAKEN', field: 'placeId', detail: 'The place is already allocated.' };
  if (facts.deceasedHasPlace) return { status: 409, code: 'CEMETERY_ALLOCATION.DECEASED_HAS_PLACE', field: 'deathId', detail: 'The deceased already has a place allocated.' };
  if (facts.place.kind === 'NICHE' && facts.deceased.disposal !== 'CREMATION') {
    return { status: 422, code: 'CEMETERY_ALLOCATION.NICHE_NEEDS_ASHES', field: 'placeId', detail: 'A niche takes ashes; the deceased was buried, not cremated.' };
  }
  return null;
}

export interface ReleaseFacts {
  status: 'ACTIVE' | 'RELEASED';
  allocatedBy: string;
}

/** An allocation made in error is released by someone other than who made it. */
export function releaseRefusal(allocation: ReleaseFacts, releasedBy: string): { status: 403 | 409; code: 'CEMETERY_ALLOCATION.ALREADY_RELEASED' | 'CEMETERY_ALLOCATION.SAME_PERSON_RELEASE' } | null {
  if (allocation.status === 'RELEASED') return { status: 409, code: 'CEMETERY_ALLOCATION.ALREADY_RELEASED' };
  if (allocation.allocatedBy === releasedBy) return { status: 403, code: 'CEMETERY_ALLOCATION.SAME_PERSON_RELEASE' };
  return null;
}
