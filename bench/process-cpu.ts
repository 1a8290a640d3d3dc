// CPU seconds of the processes a bench's work goes through, read from /proc (Linux): each service,
// the broker's Erlang VM, PostgreSQL (every backend, so shared with whatever else uses the server),
// psql runs that ended, and the bench's own load generator, so the cost of a death (bench:cascade)
// or of a month's payments (bench:payments) is counted whole.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ

function statFields(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return undefined; // the process ended while we looked
  }
}

/** user + system CPU seconds of one process so far. */
export function cpuSeconds(pid: number | undefined): number {
  const fields = pid ? statFields(pid) : undefined;
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : 0;
}

function pidsNamed(comm: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** The broker's CPU seconds: the Erlang VM process (shared with whatever else uses the broker). */
export function brokerCpuSeconds(): number {
  return cpuSeconds(pidsNamed('beam.smp')[0]);
}

/**
 * PostgreSQL's CPU seconds: the live processes named postgres, plus what the postmaster has reaped
 * from backends that ended (cutime + cstime), so a connection closed during the run still counts.
 */
export function postgresCpuSeconds(): number {
  const pids = new Set(pidsNamed('postgres'));
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    // The postmaster: the one whose parent is not a postgres process.
    if (!pids.has(Number(fields[1]))) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds of this process's children that have ended and been waited for (a psql run to its end). */
export function childrenCpuSeconds(): number {
  const fields = statFields(process.pid);
  return fields ? (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND : 0;
}

/** This process's CPU seconds: the bench's load generator. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
