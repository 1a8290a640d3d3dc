// What the console streams of a platform event (docs/console.md "Event stream"): the envelope's
// attributes a caseworker's screen needs, the subject masked, and a short summary of the payload
// made only of codes, months, days and amounts in fen. Names, resident IDs, places and free text
// never leave: a field is kept only when both its name is listed and its value has one of those
// shapes. Pure.
import { maskResidentId } from '@app/common/resident-id/resident-id';

export type SummaryValue = string | number | string[];

/** An event as the stream sends it. */
export interface StreamedEvent {
  id: string;
  /** The routing key, e.g. `social-assistance.enrollment.stopped.v1`. */
  type: string;
  /** `/<service>`. */
  source: string;
  time: string;
  /** A resident ID masked (`110***********1234`); an aggregate's UUID as it is. */
  subject: string;
  causationid: string | null;
  summary: Record<string, SummaryValue>;
}

/** Payload fields that say what happened (program, reason, amount, months …), in this order. */
export const SUMMARY_FIELDS = [
  'program',
  'kind',
  'tier',
  'reason',
  'cause',
  'basis',
  'amountFen',
  'months',
  'effectiveMonth',
  'stopFromMonth',
  'lastPaidMonth',
  'from',
  'to',
  'careForm',
  'category',
  'disposal',
  'source',
  'grantedOn',
  'openedOn',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An enum value (DECEASED, DIBAO_TEKUN), a month or a calendar day; nothing else is text worth sending. */
const SHAPES = [/^[A-Z][A-Z0-9_]{0,39}$/, /^\d{4}-\d{2}$/, /^\d{4}-\d{2}-\d{2}$/];
const MAX_LIST = 24;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCodeLike(value: unknown): value is string {
  return typeof value === 'string' && SHAPES.some((shape) => shape.test(value));
}

function summaryValue(value: unknown): SummaryValue | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (isCodeLike(value)) return value;
  if (Array.isArray(value) && value.length > 0 && value.length <= MAX_LIST && value.every(isCodeLike)) return [...value];
  return undefined;
}

/** The listed fields of `data` whose values are codes, months, days, whole numbers or lists of codes. */
export function summarise(data: unknown): Record<string, SummaryValue> {
  const summary: Record<string, SummaryValue> = {};
  if (!isRecord(data)) return summary;
  for (const field of SUMMARY_FIELDS) {
    const value = summaryValue(data[field]);
    if (value !== undefined) summary[field] = value;
  }
  return summary;
}

/** A subject is a resident (masked) or an aggregate's UUID (not personal, sent as it is). */
export function maskSubject(subject: string): string {
  return UUID.test(subject) ? subject : maskResidentId(subject);
}

/**
 * The streamed view of a decoded message body, or null when it is not an event of
 * `correlationId` (another correlation, or not an envelope at all).
 */
export function eventView(body: unknown, correlationId: string): StreamedEvent | null {
  if (!isRecord(body) || body.correlationid !== correlationId) return null;
  const { id, type, source, time, subject, causationid } = body;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof source !== 'string' || typeof time !== 'string' || typeof subject !== 'string') return null;
  return {
    id,
    type,
    source,
    time,
    subject: maskSubject(subject),
    causationid: typeof causationid === 'string' ? causationid : null,
    summary: summarise(body.data),
  };
}
