import type { Principal } from '@app/common/auth/claims';
import { ConfidentialRead } from '@app/common/auth/confidential-read.decorator';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ProblemException } from '@app/common/http/problem';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { FINANCE } from '../payments-roles';
import { ReturnQuery } from '../returns/dto/return.dto';
import { RecoveryBatchesService, type RecoveryBatchView } from './recovery-batches.service';
import { RecoveryReturnsService, type RecoveryReturnReport } from './recovery-returns.service';

/** Recoveries are a few per death or move: a return file of them is small. */
const MAX_RETURN_BYTES = 8 * 1024 * 1024;

async function readBody(req: Request): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_RETURN_BYTES) throw new ProblemException({ status: 413, code: 'RETURN_FILE.TOO_LARGE', detail: `at most ${MAX_RETURN_BYTES} bytes per return file` });
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Finance's side of recovery (冲正): batches per bank, the bank's file, the bank's answer. */
@ApiTags('recoveries')
@ApiBearerAuth()
@Roles(FINANCE)
@Controller('api/v1')
export class RecoveryBatchesController {
  constructor(
    private readonly batches: RecoveryBatchesService,
    private readonly returns: RecoveryReturnsService,
  ) {}

  /** Puts every request whose payee has an account to debit into this month's recovery batch of its bank. */
  @Post('recovery-batches')
  @ApiResponse({ status: 201, description: 'The batches assembled (none when nothing is ready).' })
  assemble(@CurrentPrincipal() principal: Principal): Promise<RecoveryBatchView[]> {
    return this.batches.assemble(principal);
  }

  @Post('recovery-batches/:id/release')
  @HttpCode(200)
  @ApiResponse({ status: 200, description: 'RELEASED with its file; or EMPTIED (no file) when no line kept a usable account at the batch’s bank — those requests wait for the next assembly.' })
  @ApiResponse({ status: 403, description: 'RECOVERY_BATCH.SAME_PERSON_RELEASE (who assembled cannot release)' })
  @ApiResponse({ status: 409, description: 'RECOVERY_BATCH.NOT_ASSEMBLED' })
  @ApiResponse({ status: 422, description: 'RECOVERY_BATCH.FILE_UNWRITABLE' })
  release(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<RecoveryBatchView> {
    return this.batches.release(id, principal);
  }

  @Get('recovery-batches/:id/file')
  @ConfidentialRead('the recovery file carries every payee’s account and name in full')
  @ApiProduces('text/plain', 'text/csv')
  async file(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const file = await this.batches.download(id, principal);
    return new StreamableFile(file.content, { type: 'application/octet-stream', disposition: `attachment; filename="${file.fileName}"`, length: file.content.length });
  }

  /** The bank's return file for recovery debits: each line RECOVERED (debited) or FAILED. */
  @Post('recovery-returns')
  @HttpCode(200)
  @ApiConsumes('text/plain', 'text/csv')
  @ApiResponse({ status: 422, description: 'RECOVERY_RETURN.INVALID (refused whole, nothing applied)' })
  async receive(@Query() query: ReturnQuery, @Req() req: Request, @CurrentPrincipal() principal: Principal): Promise<RecoveryReturnReport> {
    return this.returns.receive(query.bankCode, await readBody(req), principal);
  }
}
