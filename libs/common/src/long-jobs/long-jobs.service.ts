import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ADMIN, AUDITOR } from '../auth/roles';
import type { Principal } from '../auth/claims';
import { ProblemException, type ProblemBody } from '../http/problem';
import { toProblem } from '../http/problem-mapping';
import { CountedProgress, UNWATCHED, type JobProgress } from './job-progress';
import { acceptedJob, asksForJob, varyOnPrefer } from './respond-async';
import { jobView, type JobRow, type JobView } from './job-view';

/** Progress and heartbeat are written at most this often. */
const BEAT_MS = 1_000;
/** A running job whose heartbeat is older than this lost its process (a restart, a crash). */
const STALE_SECONDS = 60;
/** How long a stopping service waits for its jobs to end before it lets them be cut off. */
const SHUTDOWN_WAIT_MS = 30_000;

export interface JobSpec<T> {
  /** What the job does, e.g. `payroll.run`. */
  kind: string;
  /** What its progress counts: `lines`, `bytes`. */
  unit: string;
  requestedBy: Principal;
  /** Where the result is read once the job is over, if it has a home of its own. */
  resultLocation?: (result: T) => string | null;
  /** What the route answers for the result when the caller waits; 200 with the result itself unless said. */
  answer?: (result: T) => { status: number; body: unknown };
}

const INTERRUPTED: ProblemBody = {
  type: 'https://civil-affairs.example/problems/job-interrupted',
  title: 'Service Unavailable',
  status: 503,
  code: 'JOB.INTERRUPTED',
  detail: 'the service stopped while the job ran; what it wrote was all or nothing, so start it again',
};

/**
 * Runs a route's work after the route answered 202, keeping what a caller watches in `long_job`.
 * The work is the same function the route calls when the caller waits, so a job and a wait can
 * never differ; it must be safe to run again (a payroll run, an import are), because a job cut
 * off by a restart is reported INTERRUPTED and started again by the caller, never resumed here.
 */
@Injectable()
export class LongJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LongJobs.name);
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * What a long route answers: the work's result once done, or, when the caller sent
   * `Prefer: respond-async`, 202 with the job while the work goes on.
   */
  async waitOrAccept<T>(req: Request, res: Response, spec: JobSpec<T>, work: (progress: JobProgress) => Promise<T>): Promise<unknown> {
    varyOnPrefer(res);
    if (asksForJob(req)) return acceptedJob(res, await this.start(spec, work));
    const result = await work(UNWATCHED);
    if (!spec.answer) return result;
    const { status, body } = spec.answer(result);
    res.status(status);
    return body;
  }

  async start<T>(spec: JobSpec<T>, work: (progress: JobProgress) => Promise<T>): Promise<JobView> {
    const [row]: JobRow[] = await this.dataSource.query(
      `INSERT INTO long_job (kind, status, unit, requested_by) VALUES ($1, 'RUNNING', $2, $3) RETURNING *`,
      [spec.kind, spec.unit, spec.requestedBy.sub],
    );
    const run: Promise<void> = this.run(row.id, spec, work).finally(() => this.running.delete(run));
    this.running.add(run);
    return jobView(row);
  }

  /** The job, if the caller started it or audits the service; otherwise as if it did not exist. */
  async get(id: string, caller: Principal): Promise<JobView> {
    await this.dataSource.query(
      `UPDATE long_job SET status = 'INTERRUPTED', finished_at = now(), problem = $2
        WHERE id = $1 AND status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $3)`,
      [id, JSON.stringify(INTERRUPTED), STALE_SECONDS],
    );
    const [row]: JobRow[] = await this.dataSource.query(`SELECT * FROM long_job WHERE id = $1`, [id]);
    const mayRead = row && (row.requested_by === caller.sub || caller.roles.includes(ADMIN) || caller.roles.includes(AUDITOR));
    if (!mayRead) throw new ProblemException({ status: 404, code: 'JOB.NOT_FOUND', detail: `no job ${id} of yours` });
    return jobView(row);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.running.size === 0) return;
    this.logger.log(`waiting for ${this.running.size} job(s) to end`);
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref())]);
  }

  private async run<T>(id: string, spec: JobSpec<T>, work: (progress: JobProgress) => Promise<T>): Promise<void> {
    const progress = new CountedProgress();
    const beat = setInterval(() => void this.beat(id, progress), BEAT_MS);
    beat.unref();
    try {
      // Let the 202 leave before the work takes its first turn.
      await new Promise((resolve) => setImmediate(resolve));
      const result = await work(progress);
      clearInterval(beat);
      const answer = spec.answer?.(result) ?? { status: 200, body: result };
      await this.finish(id, progress, { status: 'SUCCEEDED', answer, location: spec.resultLocation?.(result) ?? null, problem: null });
    } catch (error) {
      clearInterval(beat);
      const { body, unexpected } = toProblem(error);
      if (unexpected || body.status >= 500) this.logger.error(`job ${id} (${spec.kind}) failed: ${(error as Error)?.message}`, (error as Error)?.stack);
      await this.finish(id, progress, { status: 'FAILED', answer: null, location: null, problem: body });
    }
  }

  private async beat(id: string, progress: CountedProgress): Promise<void> {
    const change = progress.takeChange();
    try {
      await this.dataSource.query(
        `UPDATE long_job SET heartbeat_at = now(), done = COALESCE($2, done), total = COALESCE($3, total) WHERE id = $1 AND status = 'RUNNING'`,
        [id, change?.done ?? null, change?.total ?? null],
      );
    } catch (error) {
      // A missed beat is not the job's failure; the next one, or its end, writes the figures.
      this.logger.warn(`job ${id}: heartbeat not written: ${(error as Error).message}`);
    }
  }

  private async finish(
    id: string,
    progress: CountedProgress,
    end: { status: 'SUCCEEDED' | 'FAILED'; answer: { status: number; body: unknown } | null; location: string | null; problem: ProblemBody | null },
  ): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE long_job SET status = $2, done = $3, total = $4, finished_at = now(), heartbeat_at = now(), result_status = $5, result = $6, result_location = $7, problem = $8
          WHERE id = $1`,
        [id, end.status, progress.done, progress.total, end.answer?.status ?? null, JSON.stringify(end.answer?.body ?? null), end.location, end.problem && JSON.stringify(end.problem)],
      );
    } catch (error) {
      // The heartbeat stops, so the job reads INTERRUPTED within a minute: told, not lost.
      this.logger.error(`job ${id}: end not written: ${(error as Error).message}`);
    }
  }
}
