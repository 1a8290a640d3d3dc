import { applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader } from '@nestjs/swagger';
import { JobResponse } from './dto/job.response';

/** Documents a route that runs as a job when asked: the `Prefer` header and the 202 it then answers. */
export function ApiLongJob(kind: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Prefer',
      required: false,
      description: 'respond-async (RFC 7240): answer 202 at once with the job and do the work behind it; without it the request waits for the result.',
      schema: { type: 'string', example: 'respond-async' },
    }),
    ApiAcceptedResponse({
      type: JobResponse,
      description: `Prefer: respond-async: the ${kind} job started; watch it at Location (GET /api/v1/jobs/{id}), whose result is what the route answers otherwise.`,
      headers: {
        Location: { description: 'The job: /api/v1/jobs/{id}', schema: { type: 'string' } },
        'Preference-Applied': { description: 'respond-async', schema: { type: 'string' } },
        'Retry-After': { description: 'Seconds until the job is worth reading.', schema: { type: 'integer' } },
      },
    }),
  );
}
