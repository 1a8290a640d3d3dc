import type { Principal } from '@app/common/auth/claims';
import { ConfidentialRead } from '@app/common/auth/confidential-read.decorator';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FINANCE, PAYMENT_READERS } from '../payments-roles';
import { BatchQueries } from './batch.queries';
import { BatchesService } from './batches.service';
import { AssembleMonthDto, AssemblyResponse, BatchLineResponse, BatchListQuery, BatchResponse, FileCheckResponse } from './dto/batch.dto';

@ApiTags('batches')
@ApiBearerAuth()
@Controller('api/v1/batches')
export class BatchesController {
  constructor(
    private readonly batches: BatchesService,
    private readonly queries: BatchQueries,
  ) {}

  /** Assembles a month: per bank, the lines whose payee has a confirmed, usable account; the others are held. */
  @Post()
  @Roles(FINANCE)
  @ApiCreatedResponse({ type: AssemblyResponse })
  assemble(@Body() dto: AssembleMonthDto, @CurrentPrincipal() principal: Principal): Promise<AssemblyResponse> {
    return this.batches.assemble(dto.month, principal);
  }

  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(BatchResponse, 'Batches, the newest month first, per bank in sequence.')
  list(@Query() query: BatchListQuery): Promise<Page<BatchResponse>> {
    return this.queries.list(query);
  }

  @Get(':id')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: BatchResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<BatchResponse> {
    return this.queries.get(id);
  }

  @Get(':id/lines')
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(BatchLineResponse, 'The batch’s lines in file order; accounts and holders masked.')
  lines(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<BatchLineResponse>> {
    return this.queries.lines(id, query);
  }

  /** A second finance officer releases the batch: the file is written once, with the accounts in force now. */
  @Post(':id/release')
  @Roles(FINANCE)
  @HttpCode(200)
  @ApiOkResponse({ type: BatchResponse })
  @ApiResponse({ status: 403, description: 'BATCH.SAME_PERSON_RELEASE: who assembled the batch cannot release it' })
  @ApiResponse({ status: 422, description: 'BATCH.FILE_UNWRITABLE: a value does not fit the bank’s layout; nothing was released' })
  release(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<BatchResponse> {
    return this.batches.release(id, principal);
  }

  /** The bank file as released, for the bank; every download is in the audit log. */
  @Get(':id/file')
  @Roles(FINANCE)
  @ConfidentialRead('the bank file carries every payee’s account and name in full; auditors compare its hash through /file-check')
  @ApiProduces('text/plain', 'text/csv')
  @ApiOkResponse({ description: 'The file’s bytes, as stored at release.' })
  async file(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const file = await this.batches.download(id, principal);
    return new StreamableFile(file.content, {
      type: `${file.delimited ? 'text/csv' : 'text/plain'}; charset=${file.encoding === 'GBK' ? 'gbk' : 'utf-8'}`,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }

  /** Writes the released file again from the batch’s data and compares it with the stored bytes. */
  @Get(':id/file-check')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: FileCheckResponse })
  checkFile(@Param('id', ParseUUIDPipe) id: string): Promise<FileCheckResponse> {
    return this.queries.checkFile(id);
  }
}
