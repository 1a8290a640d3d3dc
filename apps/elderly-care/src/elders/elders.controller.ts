import { lineFileFormat } from '@app/common/text/line-file-format';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { ProblemException } from '@app/common/http/problem';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ElderImportReportDto } from './dto/elder-import-report.dto';
import { EldersService } from './elders.service';

/** 100,000 lines of ~80 bytes are 8 MB; leave room, refuse the absurd. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** CSV, or JSON lines (also sent as text/plain by the registry's older exports). */
function formatOf(contentType: string | undefined): 'jsonl' | 'csv' | null {
  const format = lineFileFormat(contentType);
  if (format === 'csv') return 'csv';
  return format === 'ndjson' || (contentType ?? '').split(';')[0].trim().toLowerCase() === 'text/plain' ? 'jsonl' : null;
}

/** Reads the raw body: the default parsers leave text/csv and NDJSON untouched. */
async function readBody(req: Request): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) throw new ProblemException({ status: 413, code: 'ELDER_IMPORT.TOO_LARGE', detail: `at most ${MAX_IMPORT_BYTES} bytes per import` });
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The body of `POST /elders/search`: the resident ID travels in the body, never in the URL. */
class ElderSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

@ApiTags('elders')
@ApiBearerAuth()
@Controller('api/v1/elders')
export class EldersController {
  constructor(
    private readonly elders: EldersService,
    private readonly jobs: LongJobs,
  ) {}

  /**
   * Bulk import from the household-registration department: JSON lines or CSV (header
   * residentId,name,region,local). With `Prefer: respond-async`, 202 once the body is in and a
   * job writes the lines (progress in lines; the report as its result).
   */
  @Post('import')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiConsumes('application/x-ndjson', 'text/csv')
  @ApiOkResponse({ type: ElderImportReportDto })
  @ApiLongJob('elders.import')
  async import(@Req() req: Request, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const format = formatOf(req.headers['content-type']);
    if (!format) {
      throw new ProblemException({ status: 415, code: 'ELDER_IMPORT.UNSUPPORTED_FORMAT', detail: 'send text/csv or application/x-ndjson (JSON lines)' });
    }
    const body = await readBody(req);
    return this.jobs.waitOrAccept(req, res, { kind: 'elders.import', unit: 'lines', requestedBy: principal }, (progress) => this.elders.import(body, format, principal, progress));
  }

  /** The registry entry of one person; a POST so the resident ID stays out of the URL (the console reads `/elders/records/:id`). */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  async get(@Body() dto: ElderSearchDto) {
    // Resident ID and name are masked on the way out by the service kit's PersonalDataModule.
    return this.elders.get(dto.residentId);
  }
}
