// RFC 7240 `Prefer: respond-async`: the caller would rather have 202 and a job to watch than wait
// for the work. Without it a long route still answers when the work is done, as scripts and the
// tests expect; the console and integrators ask for the job.
import type { Request, Response } from 'express';
import type { JobView } from './job-view';

/** Whether a `Prefer` header (one or several, comma-separated preferences) asks for respond-async. */
export function prefersRespondAsync(prefer: string | string[] | undefined): boolean {
  const values = Array.isArray(prefer) ? prefer : prefer === undefined ? [] : [prefer];
  return values
    .flatMap((value) => value.split(','))
    .map((preference) => preference.split(';')[0].trim().toLowerCase())
    .includes('respond-async');
}

export const asksForJob = (req: Request): boolean => prefersRespondAsync(req.headers.prefer);

/** Where a job is read. */
export const jobLocation = (id: string): string => `/api/v1/jobs/${id}`;

/** 202 Accepted with the job: `Location` to watch it, the preference said to be applied. */
export function acceptedJob(res: Response, job: JobView): JobView {
  res.status(202);
  res.setHeader('Location', jobLocation(job.id));
  res.setHeader('Preference-Applied', 'respond-async');
  res.setHeader('Retry-After', '1');
  return job;
}

/** The answer of a route that may run as a job varies with the caller's preference. */
export const varyOnPrefer = (res: Response): void => void res.vary('Prefer');
