import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiCreatedResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeathsService } from './deaths.service';
import { DeathResponse, RegisterDeathDto } from './dto/register-death.dto';
import { RefusedDeathReportDto } from './dto/refused-death-report.dto';
import { RefusedReports } from './refused-reports';

/** The body of `POST /deaths/search`: the resident ID travels in the body, never in the URL. */
export class DeathSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;
}

@ApiTags('deaths')
@ApiBearerAuth()
@Controller('api/v1/deaths')
export class DeathsController {
  constructor(
    private readonly deaths: DeathsService,
    private readonly refused: RefusedReports,
  ) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: DeathResponse, description: 'Recorded; civil-registration.death.registered.v1 is emitted.' })
  @ApiOkResponse({ type: DeathResponse, description: 'The same death was already recorded: the existing record, nothing emitted.' })
  @ApiResponse({ status: 409, description: 'DEATH.CONFLICTING_DATE: a death with another date is recorded; the report is kept for review.' })
  @ApiResponse({ status: 422, description: 'DEATH.DATE_IN_FUTURE, DEATH.DATE_BEFORE_BIRTH, DEATH.BURIAL_NOT_EXEMPT.' })
  async register(@Body() dto: RegisterDeathDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<DeathResponse> {
    const result = await this.deaths.register(dto, principal);
    res.status(result.created ? 201 : 200);
    return result.death;
  }

  /** The deaths recorded for a person; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [DeathResponse] })
  find(@Body() dto: DeathSearchDto): Promise<DeathResponse[]> {
    return this.deaths.findByResident(dto.residentId);
  }

  @Get('refused-reports')
  @Roles(...READERS)
  @ApiPageResponse(RefusedDeathReportDto, 'Deaths matched in department files that failed the checks, newest first, within the caller’s division.')
  refusedReports(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<RefusedDeathReportDto>> {
    return this.refused.list(query, principal);
  }

  // After the fixed paths above: a UUID pipe would refuse them.
  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: DeathResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<DeathResponse> {
    return this.deaths.get(id);
  }
}
