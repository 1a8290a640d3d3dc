// Matching a staged file against the covered-person register, set-based: one statement for the
// whole file, however large. The audience of each kind of record is data (AUDIENCE), passed in.
import type { PoolClient } from 'pg';
import { AUDIENCE } from '../data-sets/data-set-catalogue';

export interface MatchCounts {
  /** Lines about a covered person. */
  matched: number;
  /** Of those, facts not raised before: these become events. */
  raised: number;
}

const AUDIENCE_PAIRS = Object.entries(AUDIENCE).flatMap(([kind, programs]) => programs.map((program) => [kind, program] as const));

/**
 * Everyone the register has ever covered, read once per import: a line about anyone else cannot
 * match, so only the lines about these people are staged (about 1 in 100 of a public security
 * file), and the statement below decides with the programme and the month. The city's register
 * is some 45,000 people; a province's, ten times that, still a few tens of MB.
 */
export async function coveredResidentIds(client: PoolClient): Promise<Set<string>> {
  const { rows } = await client.query<{ resident_id: string }>(`SELECT DISTINCT resident_id FROM covered_person WHERE from_month IS NOT NULL`);
  return new Set(rows.map((r) => r.resident_id));
}

/**
 * Records about people covered (by a programme that cares about that kind of record) in the
 * record's cover month, stored once per fact: a fact already raised by an earlier file is
 * counted but not raised again.
 */
export async function matchStagedLines(client: PoolClient, importId: string): Promise<MatchCounts> {
  // Temporary tables are never analysed by autovacuum; without statistics the planner guesses.
  await client.query('ANALYZE staged_line');
  const { rows } = await client.query<{ matched: number; raised: number }>(
    `WITH audience AS (
       SELECT * FROM unnest($2::text[], $3::text[]) AS a(kind, program)
     ),
     hits AS (
       SELECT s.* FROM staged_line s
       WHERE EXISTS (
         SELECT 1 FROM covered_person c JOIN audience a ON a.program = c.program
         WHERE a.kind = s.kind AND c.resident_id = s.resident_id
           AND c.from_month IS NOT NULL
           AND (c.stop_from_month IS NULL OR c.stop_from_month > s.cover_month)
       )
     ),
     raised AS (
       INSERT INTO matched_record (id, import_id, line_no, kind, resident_id, name, event_date, amount_fen, reference, fact_key, details)
       SELECT gen_random_uuid(), $1, line_no, kind, resident_id, name, event_date, amount_fen, reference, fact_key, details::jsonb FROM hits
       ON CONFLICT (resident_id, kind, fact_key) DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM hits)::int AS matched, (SELECT count(*) FROM raised)::int AS raised`,
    [importId, AUDIENCE_PAIRS.map(([kind]) => kind), AUDIENCE_PAIRS.map(([, program]) => program)],
  );
  return rows[0];
}
