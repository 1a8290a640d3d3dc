import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ProblemException } from '@app/common/http/problem';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { asksForJob, varyOnPrefer } from '@app/common/long-jobs/respond-async';
import { spoolUpload } from '@app/common/long-jobs/spooled-upload';
import { lineFileFormat } from '@app/common/text/line-file-format';
import { readLines, TooLargeError } from '@app/common/text/lines';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ACCOUNT_CHECKERS, ACCOUNT_PROPOSERS, PAYMENT_READERS } from '../payments-roles';
import { AccountImportsService, type AccountImportReport } from './account-imports.service';
import type { ImportFormat } from './rules/account-import.rule';
import { AccountImportReportDto, AccountImportResponse } from './dto/account-import.dto';

/** A million lines of ~250 bytes; refuse the absurd. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

@ApiTags('payee accounts')
@ApiBearerAuth()
@Controller('api/v1/payee-account-imports')
export class AccountImportsController {
  constructor(
    private readonly imports: AccountImportsService,
    private readonly jobs: LongJobs,
  ) {}

  /**
   * Bulk import: CSV with a header line (payeeKind,residentId,organisationId,organisationName,
   * divisionCode,bankCode,accountNumber,holderName,evidenceNote,evidenceReference) or NDJSON with
   * the same keys, read as it streams in. Each line gets a verdict; accepted lines become proposals.
   * With `Prefer: respond-async` the file is kept on disk as it arrives, 202 answers once it is in,
   * and a job reads it (progress in bytes; the report as its result).
   */
  @Post()
  @HttpCode(200)
  @Roles(...ACCOUNT_PROPOSERS)
  @ApiConsumes('text/csv', 'application/x-ndjson')
  @ApiOkResponse({ type: AccountImportReportDto })
  @ApiLongJob('payee-account-import')
  async import(@Req() req: Request, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const format = lineFileFormat(req.headers['content-type']);
    if (!format) throw new ProblemException({ status: 415, code: 'PAYEE_ACCOUNT_IMPORT.UNSUPPORTED_FORMAT', detail: 'send text/csv or application/x-ndjson (JSON lines)' });
    try {
      if (asksForJob(req)) return await this.importLater(req, res, format, principal);
      varyOnPrefer(res);
      return await this.imports.import(readLines(req as AsyncIterable<Buffer>, MAX_IMPORT_BYTES), format, principal);
    } catch (err) {
      if (err instanceof TooLargeError) throw new ProblemException({ status: 413, code: 'PAYEE_ACCOUNT_IMPORT.TOO_LARGE', detail: `at most ${MAX_IMPORT_BYTES} bytes per import; nothing was imported` });
      throw err;
    }
  }

  private async importLater(req: Request, res: Response, format: ImportFormat, principal: Principal): Promise<unknown> {
    const upload = await spoolUpload(req, MAX_IMPORT_BYTES, 'payments');
    const spec = { kind: 'payee-account-import', unit: 'bytes', requestedBy: principal, resultLocation: (report: AccountImportReport) => `/api/v1/payee-account-imports/${report.importId}` };
    try {
      return await this.jobs.waitOrAccept(req, res, spec, async (progress) => {
        try {
          return await this.imports.import(readLines(upload.read(progress), MAX_IMPORT_BYTES), format, principal);
        } finally {
          await upload.remove();
        }
      });
    } catch (err) {
      // The job was never started: nobody else will remove the file.
      await upload.remove();
      throw err;
    }
  }

  @Get(':id')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: AccountImportResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AccountImportResponse> {
    return this.imports.get(id);
  }

  /** The second person confirms the import's open proposals together. */
  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...ACCOUNT_CHECKERS)
  @ApiOkResponse({ type: AccountImportResponse })
  @ApiResponse({ status: 403, description: 'PAYEE_ACCOUNT_IMPORT.SAME_PERSON_CONFIRMATION: the importer cannot confirm; AUTH.OUTSIDE_DIVISION' })
  confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<AccountImportResponse> {
    return this.imports.confirm(id, principal);
  }
}
