// The facts an import raised, as events in chunks: deaths to civil-registration, moves to the
// programmes a move stops or reviews, findings to social-assistance. One statement reads them
// all; one publishMany writes every chunk to the outbox in the import's transaction.
import type { DataSet, Department, EventOf, FindingKind } from '@app/contracts';
import { MATCHES_CHUNK_MAX } from '@app/contracts';
import type { EventPublisher, PendingEvent } from '@app/messaging';
import type { EntityManager } from 'typeorm';

export interface ImportOrigin {
  importId: string;
  department: Department;
  dataSet: DataSet;
  asOf: string;
  /** The importing department's division: where the deaths are recorded. */
  divisionCode: string;
}

interface RaisedRow {
  id: string;
  kind: string;
  resident_id: string;
  name: string;
  event_date: string;
  amount_fen: string | null;
  reference: string;
  details: Record<string, string>;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MATCHES_CHUNK_MAX) out.push(items.slice(i, i + MATCHES_CHUNK_MAX));
  return out;
}

type Chunk = { index: number; count: number };
type Head = Pick<ImportOrigin, 'importId' | 'department' | 'dataSet' | 'asOf'>;

function deathsEvents(head: Head, rows: RaisedRow[], divisionCode: string): Array<(chunk: Chunk) => EventOf<'data-exchange.deaths.matched.v1'>> {
  return chunks(rows).map((part) => (chunk) => ({
    ...head,
    chunk,
    deaths: part.map((r) => ({
      matchId: r.id,
      residentId: r.resident_id,
      name: r.name,
      ethnicity: r.details.ethnicity,
      dateOfDeath: r.event_date,
      placeOfDeath: r.details.placeOfDeath,
      disposal: r.details.disposal as 'CREMATION' | 'BURIAL',
      divisionCode,
    })),
  }));
}

function movesEvents(head: Head, rows: RaisedRow[]): Array<(chunk: Chunk) => EventOf<'data-exchange.moves.matched.v1'>> {
  return chunks(rows).map((part) => (chunk) => ({
    ...head,
    chunk,
    moves: part.map((r) => ({ matchId: r.id, residentId: r.resident_id, name: r.name, movedOn: r.event_date, destination: r.details.destination, reference: r.reference })),
  }));
}

function findingsEvents(head: Head, rows: RaisedRow[]): Array<(chunk: Chunk) => EventOf<'data-exchange.findings.raised.v1'>> {
  return chunks(rows).map((part) => (chunk) => ({
    ...head,
    chunk,
    findings: part.map((r) => ({
      findingId: r.id,
      residentId: r.resident_id,
      name: r.name,
      kind: r.kind as FindingKind,
      observedOn: r.event_date,
      ...(r.amount_fen === null ? {} : { amountFen: Number(r.amount_fen) }),
      summary: r.details.summary,
      reference: r.reference,
    })),
  }));
}

/** Publishes what the import raised; answers the number of events. */
export async function publishRaised(manager: EntityManager, publisher: EventPublisher, origin: ImportOrigin): Promise<number> {
  const rows = await manager.query<RaisedRow[]>(
    `SELECT id, kind, resident_id, name, to_char(event_date, 'YYYY-MM-DD') AS event_date, amount_fen, reference, details
     FROM matched_record WHERE import_id = $1 ORDER BY line_no`,
    [origin.importId],
  );
  const { importId, department, dataSet, asOf } = origin;
  const head = { importId, department, dataSet, asOf };
  const pending: PendingEvent[] = [];
  const add = <K extends RaisedKey>(type: K, parts: Array<(chunk: Chunk) => EventOf<K>>) =>
    parts.forEach((build, index) => pending.push({ type, data: build({ index, count: parts.length }) }));
  add('data-exchange.deaths.matched.v1', deathsEvents(head, rows.filter((r) => r.kind === 'DEATH'), origin.divisionCode));
  add('data-exchange.moves.matched.v1', movesEvents(head, rows.filter((r) => r.kind === 'MOVE_OUT')));
  add('data-exchange.findings.raised.v1', findingsEvents(head, rows.filter((r) => r.kind !== 'DEATH' && r.kind !== 'MOVE_OUT')));
  await publisher.publishMany(manager, pending);
  return pending.length;
}

type RaisedKey = 'data-exchange.deaths.matched.v1' | 'data-exchange.moves.matched.v1' | 'data-exchange.findings.raised.v1';
