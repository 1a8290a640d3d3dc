import { maskResidentId } from '../resident-id/resident-id';

/** A resident ID in clear (17 digits and a digit or X), wherever it sits in a text. */
const RESIDENT_ID = /\b\d{17}[\dXx]\b/g;

/**
 * Masks every resident ID inside free text: log lines, request paths (`/api/v1/elders/<id>`) and
 * field paths built from a client's keys. Values under known field names are masked by
 * maskPersonalData; this is for the places where an ID is part of a string.
 */
export function maskResidentIdsIn(text: string): string {
  return text.replace(RESIDENT_ID, (id) => maskResidentId(id));
}
