// The raw anchor of the bulk benches (payroll, payments, elders-import): the rows the platform's
// path stored in the run, exported with `psql \copy … TO` and loaded again with `psql \copy … FROM`
// (COPY FROM STDIN) into `copy_target (LIKE <table> INCLUDING ALL)`: same columns, defaults,
// checks and indexes, plus whatever constraints the bench adds (foreign keys are not copied by
// LIKE). Only the load is timed, after a CHECKPOINT, as the platform's path is. What the platform
// costs over this is its share; the ratio is read within one run, never across runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { childrenCpuSeconds, postgresCpuSeconds } from './process-cpu';

export const BENCH_PG = { host: '127.0.0.1', port: 5432, user: 'postgres' } as const;

export interface CopySpec {
  /** The table the platform wrote, whose rows are exported and whose shape copy_target takes. */
  table: string;
  /** The columns the platform's path writes (the rest take their defaults, as they did there). */
  columns: string;
  /** Which of the table's rows the run made (a WHERE clause without the WHERE); all by default. */
  where?: string;
  /** ALTER TABLE copy_target … clauses, e.g. the table's foreign keys. */
  alter?: string;
  /** How many rows the COPY must store: the run fails otherwise. */
  rows: number;
}

export interface CopyAnchor {
  seconds: number;
  rows: number;
  bytes: number;
  /** CPU seconds of the load: PostgreSQL's processes and psql's. */
  cpu: { postgres: number; psql: number };
}

/** Loads the run's rows of `spec.table` again with COPY into a table like it; the load's time. */
export async function copyAnchor(db: Client, database: string, spec: CopySpec): Promise<CopyAnchor> {
  const dir = mkdtempSync(join(tmpdir(), 'cap-bench-copy-'));
  const file = join(dir, 'rows.copy');
  const psql = (command: string) => execFileSync('psql', ['-h', BENCH_PG.host, '-p', String(BENCH_PG.port), '-U', BENCH_PG.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command]);
  try {
    psql(`\\copy (SELECT ${spec.columns} FROM ${spec.table}${spec.where ? ` WHERE ${spec.where}` : ''}) TO '${file}'`);
    await db.query(`CREATE TABLE copy_target (LIKE ${spec.table} INCLUDING ALL)`);
    if (spec.alter) await db.query(`ALTER TABLE copy_target ${spec.alter}`);
    await db.query('CHECKPOINT');
    const [pg0, psql0] = [postgresCpuSeconds(), childrenCpuSeconds()];
    const t0 = performance.now();
    psql(`\\copy copy_target (${spec.columns}) FROM '${file}'`);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = { postgres: postgresCpuSeconds() - pg0, psql: childrenCpuSeconds() - psql0 };
    const rows = Number((await db.query(`SELECT count(*) AS n FROM copy_target`)).rows[0].n);
    if (rows !== spec.rows) throw new Error(`COPY stored ${rows} rows, expected ${spec.rows}`);
    return { seconds, rows, bytes: statSync(file).size, cpu };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The anchor's line of a bench's output, aligned with the lines around it. */
export function copyLine(copy: CopyAnchor): string {
  return `  COPY     : ${copy.seconds.toFixed(2)} s for ${copy.rows.toLocaleString('en')} rows (${(copy.bytes / 2 ** 20).toFixed(0)} MiB of text via psql \\copy) = ${Math.round(copy.rows / copy.seconds).toLocaleString('en')} rows/s; CPU: postgres ${copy.cpu.postgres.toFixed(2)} s, psql ${copy.cpu.psql.toFixed(2)} s`;
}
