// The checkpoint of a year (reports/year/<year>-<scale>-<seed>.json): the last complete day, what
// the events created (ids by key) and the tally so far. Written after every day, whole or not at
// all (a temporary file renamed over it), so an interrupted run resumes after the day it last
// completed and the summary covers the whole year.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DriveState } from './drive';
import type { YearScale } from './profile';

export interface Checkpoint extends DriveState {
  version: 1;
  year: number;
  scale: YearScale;
  seed: number;
  updatedAt: string;
}

export function checkpointPath(dir: string, year: number, scale: YearScale, seed: number): string {
  return join(dir, `${year}-${scale}-${seed}.json`);
}

/** The checkpoint of this year, scale and seed, or null when there is none yet. */
export function readCheckpoint(path: string, year: number, scale: YearScale, seed: number): Checkpoint | null {
  if (!existsSync(path)) return null;
  const checkpoint = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  if (checkpoint.version !== 1 || checkpoint.year !== year || checkpoint.scale !== scale || checkpoint.seed !== seed) {
    throw new Error(`${path} is not a checkpoint of ${year} ${scale} seed ${seed}; move it away to start afresh`);
  }
  return checkpoint;
}

export function writeCheckpoint(path: string, checkpoint: Checkpoint): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint)}\n`);
  renameSync(temporary, path);
}
