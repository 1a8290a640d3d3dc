// Going to one person's 一人一档 page. The full resident ID travels in the history state (it
// survives a reload and 后退 in the same tab) rather than in the address, which would keep it in the
// browser's history and address bar. Lists show IDs masked, so a list row asks for the full ID and
// checks it against the masked one. Pure.
import { checkResidentId, maskResidentId } from '../../../../../../libs/common/src/resident-id/resident-id';
import { PATHS } from '../../app/paths';

export interface PersonFileState {
  residentId: string;
}

/** Where to navigate and with what state: `navigate(to, { state })`. */
export function personFileTarget(residentId: string): { to: string; state: PersonFileState } {
  return { to: PATHS.personFile, state: { residentId: residentId.trim().toUpperCase() } };
}

/** The resident ID of the person page's history state, when there is a valid one. */
export function residentIdFromState(state: unknown, today: string): string | null {
  if (typeof state !== 'object' || state === null || !('residentId' in state)) return null;
  const { residentId } = state as { residentId: unknown };
  if (typeof residentId !== 'string') return null;
  return checkResidentId(residentId, today).ok ? residentId.toUpperCase() : null;
}

const MASKED = /^\d{3}\*+[\dX]{4}$/;

/** A full ID as a service sends it to a caller who unmasked: the page can be opened directly. */
export function isFullResidentId(value: string, today: string): boolean {
  return checkResidentId(value, today).ok;
}

/**
 * Whether a typed full ID is the one a list showed masked (`110***********002X`): the same once
 * masked. A masked value of another shape cannot be compared and does not hold the user back.
 */
export function matchesMasked(full: string, masked: string): boolean {
  if (!MASKED.test(masked)) return true;
  try {
    return maskResidentId(full.trim().toUpperCase()) === masked;
  } catch {
    return false;
  }
}

/** Who may look people up: every role that reads a person view of some service (docs/security.md). */
export const PERSON_ROLES: readonly string[] = ['operator', 'reviewer', 'approver', 'auditor', 'admin', 'child-director', 'child-supervisor', 'canteen-operator'];
