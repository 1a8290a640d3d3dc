import { Controller, Get, Param, ParseUUIDPipe, Req, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../auth/claims';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { localiseProblem, prefersChinese } from '../http/problem-messages/localise-problem';
import { JobResponse } from './dto/job.response';
import type { JobView } from './job-view';
import { LongJobs } from './long-jobs.service';

/** GET /api/v1/jobs/{id} for whoever may start one of the service's long jobs (and the readers). */
export function longJobsController(roles: readonly string[]): Type<unknown> {
  @ApiTags('jobs')
  @ApiBearerAuth()
  @Controller('api/v1/jobs')
  class LongJobsController {
    constructor(private readonly jobs: LongJobs) {}

    /** A job started by a route called with `Prefer: respond-async`: how far it got, then its result or problem. */
    @Get(':id')
    @Roles(...roles)
    @ApiOkResponse({ type: JobResponse, headers: { 'Retry-After': { description: 'While RUNNING: seconds until it is worth asking again.', schema: { type: 'integer' } } } })
    @ApiResponse({ status: 404, description: 'JOB.NOT_FOUND (no such job, or another user’s)' })
    async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() caller: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<JobView> {
      const job = await this.jobs.get(id, caller);
      if (job.status === 'RUNNING') res.setHeader('Retry-After', '1');
      res.vary('Accept-Language');
      return job.problem && prefersChinese(req.headers['accept-language']) ? { ...job, problem: localiseProblem(job.problem) } : job;
    }
  }
  return LongJobsController;
}
