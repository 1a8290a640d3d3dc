import { lineFileFormat } from '@app/common/text/line-file-format';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { ProblemException } from '@app/common/http/problem';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
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
  constructor(private readonly elders: EldersService) {}

  /** Bulk import from the household-registration department: JSON lines or CSV (header residentId,name,region,local). */
  @Post('import')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiConsumes('application/x-ndjson', 'text/csv')
  @ApiOkResponse({ type: ElderImportReportDto })
  async import(@Req() req: Request, @CurrentPrincipal() principal: Principal): Promise<ElderImportReportDto> {
    const format = formatOf(req.headers['content-type']);
    if (!format) {
      throw new ProblemException({ status: 415, code: 'ELDER_IMPORT.UNSUPPORTED_FORMAT', detail: 'send text/csv or application/x-ndjson (JSON lines)' });
    }
    return this.elders.import(await readBody(req), format, principal);
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
