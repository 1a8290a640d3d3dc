import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ApiPageResponse } from '@app/common/http/page-response';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { declaredCharset } from '@app/common/text/charsets';
import { lineFileFormat } from '@app/common/text/line-file-format';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { asksForJob, varyOnPrefer } from '@app/common/long-jobs/respond-async';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DATA_SETS } from '../data-sets/data-set-catalogue';
import { IMPORT_READERS, IMPORTERS, mayImportFor } from '../exchange-roles';
import { ImportReportDto, ImportRefusalDto, ImportSummaryDto, MatchedRecordDto } from './dto/import.dto';
import { ImportQuery } from './dto/import-query.dto';
import { ImportsService, type ImportRequest } from './imports.service';

@ApiTags('department imports (数据比对)')
@ApiBearerAuth()
@Controller('api/v1/imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly jobs: LongJobs,
  ) {}

  /**
   * A department's file, streamed: CSV with a header line of the data set's columns, or NDJSON
   * with the same keys; UTF-8 unless the Content-Type declares `charset=GBK`. Each line gets a
   * verdict; the accepted ones are matched against the people the platform covers and what they
   * raise is published. The same file twice answers the first import (duplicate: true).
   */
  @Post()
  @HttpCode(200)
  @Roles(...IMPORTERS)
  @ApiConsumes('text/csv', 'application/x-ndjson')
  @ApiOkResponse({ type: ImportReportDto })
  @ApiLongJob('import')
  @ApiResponse({ status: 403, description: 'IMPORT.NOT_YOUR_DATA_SET: a department imports only its own data sets' })
  @ApiResponse({ status: 415, description: 'IMPORT.UNSUPPORTED_FORMAT, IMPORT.UNSUPPORTED_CHARSET' })
  @ApiResponse({ status: 422, description: 'IMPORT.HEADER_MISMATCH, IMPORT.ENCODING, IMPORT.TRUNCATED, IMPORT.RECORD_COUNT_MISMATCH, IMPORT.AS_OF_IN_FUTURE: nothing of the file applied' })
  async import(@Req() req: Request, @Query() query: ImportQuery, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const department = DATA_SETS[query.dataSet].department;
    if (!mayImportFor(principal.roles, department)) {
      throw new ProblemException({
        status: 403,
        code: 'IMPORT.NOT_YOUR_DATA_SET',
        detail: `${query.dataSet} is sent by ${department}; the caller may not import it`,
        errors: [{ field: 'dataSet', code: 'notYourDataSet', message: `is sent by ${department}` }],
      });
    }
    const contentType = req.headers['content-type'];
    const format = lineFileFormat(contentType);
    if (!format) throw new ProblemException({ status: 415, code: 'IMPORT.UNSUPPORTED_FORMAT', detail: 'send text/csv or application/x-ndjson (JSON lines)' });
    const charset = declaredCharset(contentType);
    if (!charset) throw new ProblemException({ status: 415, code: 'IMPORT.UNSUPPORTED_CHARSET', detail: 'files are read as UTF-8 or GBK (charset=GBK, GB2312 or GB18030)' });
    const request: ImportRequest = { department, dataSet: query.dataSet, asOf: query.asOf, records: query.records, format, charset };
    varyOnPrefer(res);
    return asksForJob(req) ? this.importLater(req, res, request, principal) : this.imports.import(req as AsyncIterable<Buffer>, request, principal);
  }

  private async importLater(req: Request, res: Response, request: ImportRequest, principal: Principal): Promise<unknown> {
    this.imports.refuseBeforeReading(request);
    const upload = await this.imports.spool(req);
    const spec = { kind: 'import', unit: 'bytes', requestedBy: principal, resultLocation: (report: ImportReportDto) => `/api/v1/imports/${report.id}` };
    try {
      return await this.jobs.waitOrAccept(req, res, spec, async (progress) => {
        try {
          return await this.imports.import(upload.read(progress), request, principal);
        } finally {
          await upload.remove();
        }
      });
    } catch (error) {
      // The job was never started: nobody else will remove the file.
      await upload.remove();
      throw error;
    }
  }

  @Get()
  @Roles(...IMPORT_READERS)
  @ApiPageResponse(ImportSummaryDto, 'Imports, the latest first.')
  list(@Query() query: PageQuery): Promise<Page<ImportSummaryDto>> {
    return this.imports.list(query);
  }

  @Get(':id')
  @Roles(...IMPORT_READERS)
  @ApiOkResponse({ type: ImportReportDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ImportReportDto> {
    return this.imports.get(id);
  }

  @Get(':id/matches')
  @Roles(...IMPORT_READERS)
  @ApiPageResponse(MatchedRecordDto, 'What the file raised about covered people (deaths, moves, findings), in line order.')
  matches(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<MatchedRecordDto>> {
    return this.imports.matches(id, query);
  }

  @Get(':id/refusals')
  @Roles(...IMPORT_READERS)
  @ApiPageResponse(ImportRefusalDto, 'The lines refused one by one, in line order.')
  refusals(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<ImportRefusalDto>> {
    return this.imports.refusals(id, query);
  }
}
