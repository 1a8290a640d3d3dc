import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ProblemException } from '@app/common/http/problem';
import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FINANCE, PAYMENT_READERS } from '../payments-roles';
import { ReturnQuery, ReturnReportResponse } from './dto/return.dto';
import { ReturnsService } from './returns.service';

/** A bank's return file for a month is a few MB (50,000 lines of ~100 bytes per file). */
const MAX_RETURN_BYTES = 64 * 1024 * 1024;

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

@ApiTags('bank returns')
@ApiBearerAuth()
@Controller('api/v1/bank-returns')
export class ReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  /**
   * The bank's return file as the bank sent it (text/plain or text/csv). 201 with what was applied
   * and what was only reported; 200 with the earlier report when the same file was sent before.
   */
  @Post()
  @Roles(FINANCE)
  @ApiConsumes('text/plain', 'text/csv')
  @ApiOkResponse({ type: ReturnReportResponse })
  @ApiResponse({
    status: 422,
    description: 'RETURN_FILE.INVALID / RETURN_FILE.TRAILER_MISMATCH: refused whole, each problem with its line and field; RETURN_FILE.NOT_UTF8 / RETURN_FILE.NOT_GBK: not text in the encoding of the bank’s layout. Nothing applied',
  })
  async receive(@Query() query: ReturnQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response, @CurrentPrincipal() principal: Principal): Promise<ReturnReportResponse> {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!['text/plain', 'text/csv', 'application/octet-stream'].includes(type)) {
      throw new ProblemException({ status: 415, code: 'RETURN_FILE.UNSUPPORTED_FORMAT', detail: 'send the bank’s file as text/plain or text/csv' });
    }
    const report = await this.returns.receive(query.bankCode, await readBody(req), principal);
    res.status(report.duplicate ? 200 : 201);
    return report;
  }

  @Get(':id')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: ReturnReportResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReturnReportResponse> {
    return this.returns.get(id);
  }
}
