import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DocumentReliefDto, GrantReliefDto, ReliefSearchDto, ReliefResponse } from './dto/temporary-relief.dto';
import { TemporaryReliefService } from './temporary-relief.service';

@ApiTags('temporary-relief')
@ApiBearerAuth()
@Controller('api/v1/temporary-relief')
export class TemporaryReliefController {
  constructor(private readonly relief: TemporaryReliefService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: ReliefResponse })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 422, description: 'RELIEF.AMOUNT_ABOVE_LIMIT, RELIEF.PERSON_DECEASED, RELIEF.PAID_FIRST_ONLY_FOR_EMERGENCY' })
  grant(@Body() dto: GrantReliefDto, @CurrentPrincipal() principal: Principal): Promise<ReliefResponse> {
    return this.relief.grant(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: ReliefResponse, description: 'One grant within the caller’s division.' })
  @ApiResponse({ status: 404, description: 'RELIEF.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ReliefResponse> {
    return this.relief.get(id, principal);
  }

  @Post(':id/documentation')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: ReliefResponse, description: '先行救助: the documents of a grant paid first are recorded.' })
  @ApiResponse({ status: 409, description: 'RELIEF.NOT_PAID_FIRST, RELIEF.ALREADY_DOCUMENTED' })
  document(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DocumentReliefDto, @CurrentPrincipal() principal: Principal): Promise<ReliefResponse> {
    return this.relief.document(id, dto, principal);
  }

  /** A person's grants; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [ReliefResponse], description: 'Grants of the person handled within the caller’s division.' })
  find(@Body() dto: ReliefSearchDto, @CurrentPrincipal() principal: Principal): Promise<ReliefResponse[]> {
    return this.relief.find(dto.residentId, principal);
  }
}
