// What a kind of event is given to plan its events (pure) and to drive one of them (through the
// API). Each kind draws from a random stream of its own, derived from the seed and its name, so a
// kind added later leaves the events of the others as they were.
import { addDays, isLeapYear } from '../../libs/common/src/time/calendar-date';
import type { Population } from '../population/generate';
import { mulberry32, type Random } from '../population/prng';
import type { YearApi } from './api';
import type { YearProfile } from './profile';
import type { Outcome } from './tally';
import type { StepTally } from '../population/load';

export interface PlanContext {
  year: number;
  seed: number;
  profile: YearProfile;
  /** The registers as loaded on the first day. */
  population: Population;
  /** Every day of the year, YYYY-MM-DD. */
  days: readonly string[];
  /** Index of the day the registers' 低保 cases are approved: people on them die only later. */
  approvalsDay: number;
  random(kind: string): Random;
}

export function daysOfYear(year: number): string[] {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  return Array.from({ length: isLeapYear(year) ? 366 : 365 }, (_v, i) => addDays(first, i));
}

/** FNV-1a of a kind's name, so each kind's stream is fixed by the seed and its name alone. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function kindRandom(seed: number, kind: string): Random {
  return mulberry32((seed ^ hashName(kind)) >>> 0);
}

/** The birth date a resident ID carries (digits 7–14). */
export function birthDateOf(residentId: string): string {
  return `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;
}

export interface Office {
  id: string;
  code: string;
  openedOn: string;
  closedOn: string | null;
}

/** The office of an event: among those open on the day, by code, the event's number modulo their count. */
export function officeFor(offices: readonly Office[], day: string, officeNo: number): Office | null {
  const open = offices.filter((o) => o.openedOn <= day && (o.closedOn === null || o.closedOn > day)).sort((a, b) => a.code.localeCompare(b.code));
  return open.length === 0 ? null : open[officeNo % open.length];
}

export interface DriveContext {
  api: YearApi;
  /** The simulated day being driven. */
  day: string;
  /** What earlier events created, by their key (a marriage's id for its divorce). */
  refs: Record<string, string>;
  offices: readonly Office[];
  population: Population;
  concurrency: number;
  /**
   * The first day a run drives, which an interrupted run may have driven in part: a kind whose
   * request is not idempotent looks for what it did before only then.
   */
  mayRepeat?: boolean;
  record(kind: string, outcome: Outcome, what: string): void;
  recordStep(kind: string, step: StepTally): void;
  log(line: string): void;
}
