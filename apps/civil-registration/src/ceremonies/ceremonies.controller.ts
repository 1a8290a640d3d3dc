import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CeremoniesService } from './ceremonies.service';
import { CeremonyDto, CeremonyListQuery, RecordCeremonyDto } from './dto/ceremony.dto';

@ApiTags('ceremonies')
@ApiBearerAuth()
@Controller('api/v1/ceremonies')
export class CeremoniesController {
  constructor(private readonly ceremonies: CeremoniesService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CeremonyDto })
  @ApiResponse({
    status: 422,
    description:
      'CEREMONY.DATE_IN_FUTURE (heldOn), CEREMONY.TOO_FEW_COUPLES (marriageIds), CEREMONY.UNKNOWN_MARRIAGE / CEREMONY.MARRIAGE_AFTER_CEREMONY (marriageIds.N), REGISTRATION_OFFICE.UNKNOWN / NOT_YET_OPEN / CLOSED (officeId)',
  })
  record(@Body() dto: RecordCeremonyDto, @CurrentPrincipal() principal: Principal): Promise<CeremonyDto> {
    return this.ceremonies.record(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CeremonyDto, 'Ceremonies recorded in the caller’s division, the latest first.')
  list(@Query() query: CeremonyListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CeremonyDto>> {
    return this.ceremonies.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CeremonyDto })
  @ApiResponse({ status: 404, description: 'CEREMONY.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CeremonyDto> {
    return this.ceremonies.get(id);
  }
}
