// Opening finding reviews from a chunk of department matches (数据比对), set-based: one INSERT …
// SELECT per chunk joins the chunk (as JSON) to the open enrollments, so a chunk of 500 costs one
// statement however many people it names. Unique by finding or match id: a redelivered chunk or the
// same fact in a later file opens nothing. People not covered by an open 低保/特困 case are skipped
// (data-exchange also sends facts about monitored people and other services' beneficiaries).
import type { Finding, MatchedMove } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { REVIEW_FINDING_KINDS } from './rules/finding-routing.rule';

export interface ImportOrigin {
  importId: string;
  department: string;
  /** The event that brought the chunk: what an overpayment found on confirming names as its cause. */
  eventId: string;
}

// Covered = an enrollment still open on a case that is APPROVED (enrolled, first month not yet
// paid), ACTIVE or SUSPENDED. One person has at most one (one person, one guarantee).
const INSERT_FOR_COVERED = `
  INSERT INTO finding_review (source_id, kind, case_id, household_id, resident_id, name, observed_on, amount_fen, summary, reference, department, import_id, source_event_id)
  SELECT DISTINCT ON (f.source_id) f.source_id, f.kind, c.id, c.household_id, e.resident_id, f.name, f.observed_on, f.amount_fen, f.summary, f.reference, $2, $3, $4
  FROM jsonb_to_recordset($1::jsonb) AS f(source_id uuid, resident_id text, name text, kind text, observed_on date, amount_fen bigint, summary text, reference text)
  JOIN enrollment e ON e.resident_id = upper(f.resident_id) AND e.stop_from_month IS NULL
  JOIN assistance_case c ON c.id = e.case_id AND c.status IN ('APPROVED', 'ACTIVE', 'SUSPENDED')
  ORDER BY f.source_id, c.id
  ON CONFLICT (source_id) DO NOTHING
  RETURNING id`;

interface Row {
  source_id: string;
  resident_id: string;
  name: string;
  kind: string;
  observed_on: string;
  amount_fen: number | null;
  summary: string;
  reference: string;
}

async function insertForCovered(manager: EntityManager, rows: Row[], origin: ImportOrigin): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted: unknown[] = await manager.query(INSERT_FOR_COVERED, [JSON.stringify(rows), origin.department, origin.importId, origin.eventId]);
  return inserted.length;
}

/** Asset and income findings about covered people; answers how many reviews were opened. */
export function openFindingReviews(manager: EntityManager, findings: readonly Finding[], origin: ImportOrigin): Promise<number> {
  const kinds: readonly string[] = REVIEW_FINDING_KINDS;
  const rows = findings
    .filter((f) => kinds.includes(f.kind))
    .map((f) => ({ source_id: f.findingId, resident_id: f.residentId, name: f.name, kind: f.kind, observed_on: f.observedOn, amount_fen: f.amountFen ?? null, summary: f.summary, reference: f.reference }));
  return insertForCovered(manager, rows, origin);
}

/** Moves out of the city (户籍迁出) of covered people: MOVED_AWAY reviews. */
export function openMoveReviews(manager: EntityManager, moves: readonly MatchedMove[], origin: ImportOrigin): Promise<number> {
  const rows = moves.map((m) => ({
    source_id: m.matchId,
    resident_id: m.residentId,
    name: m.name,
    kind: 'MOVED_AWAY',
    observed_on: m.movedOn,
    amount_fen: null,
    summary: `户籍迁出 → ${m.destination}`,
    reference: m.reference,
  }));
  return insertForCovered(manager, rows, origin);
}
