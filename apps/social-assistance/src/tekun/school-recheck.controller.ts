import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseResponse } from '../cases/dto/case.dto';
import { SchoolRechecksDueQuery, SchoolStatusDto } from './dto/school-status.dto';
import { SchoolRecheckService } from './school-recheck.service';

@ApiTags('tekun')
@ApiBearerAuth()
@Controller('api/v1/tekun')
export class SchoolRecheckController {
  constructor(private readonly rechecks: SchoolRecheckService) {}

  @Get('school-rechecks-due')
  @Roles(...READERS)
  @ApiOkResponse({ type: [CaseResponse], description: 'Open 特困 cases of people admitted as minors whose school re-check (18th birthday, then each school year) is due, earliest first.' })
  due(@Query() query: SchoolRechecksDueQuery, @CurrentPrincipal() principal: Principal): Promise<CaseResponse[]> {
    return this.rechecks.due(query.asOf, principal);
  }

  @Post('applications/:id/school-status')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'In school: covered through the next birthday month (to the in-school age limit), re-checked then. Not in school: covered through this birthday month, then STOPPED.' })
  @ApiResponse({ status: 409, description: 'TEKUN.NO_SCHOOL_RECHECK_DUE' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SchoolStatusDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.rechecks.record(id, dto, principal);
  }
}
