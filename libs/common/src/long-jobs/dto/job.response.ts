import { ApiProperty } from '@nestjs/swagger';

export class JobProgressResponse {
  @ApiProperty({ example: 85000 }) done!: number;
  @ApiProperty({ type: Number, nullable: true, example: 171396, description: 'Null until the work knows how much there is.' }) total!: number | null;
  @ApiProperty({ example: 'lines', description: 'What is counted: lines, bytes.' }) unit!: string;
}

/** A long job started with `Prefer: respond-async`. */
export class JobResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'payroll.run' }) kind!: string;
  @ApiProperty({
    enum: ['RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED'],
    description: 'INTERRUPTED: the service stopped under the job (JOB.INTERRUPTED); the work is all or nothing and safe to start again.',
  })
  status!: string;
  @ApiProperty({ type: JobProgressResponse }) progress!: JobProgressResponse;
  @ApiProperty({ example: 'alice', description: 'Who started it: only they, an admin or an auditor read it.' }) requestedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 201, description: 'SUCCEEDED: the status the route answers to a caller who waits (201 created, 200 nothing new).' })
  resultStatus!: number | null;
  @ApiProperty({ nullable: true, description: 'SUCCEEDED: the body the route answers to a caller who waits.' }) result!: unknown;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/imports/3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'SUCCEEDED: where the result is read later.' })
  resultLocation!: string | null;
  @ApiProperty({ nullable: true, description: 'FAILED or INTERRUPTED: the problem (problem+json body) the route would have answered.' }) problem!: unknown;
}
