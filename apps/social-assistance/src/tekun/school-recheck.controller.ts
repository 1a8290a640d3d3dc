import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseResponse } from '../cases/dto/case.dto';
import { SchoolStatusDto } from './dto/school-status.dto';
import { SchoolRecheckService } from './school-recheck.service';

@ApiTags('tekun')
@ApiBearerAuth()
@Controller('api/v1/tekun')
export class SchoolRecheckController {
  constructor(private readonly rechecks: SchoolRecheckService) {}

  @Post('applications/:id/school-status')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'In school: covered through the next birthday month (to the in-school age limit), re-checked then. Not in school: covered through this birthday month, then STOPPED.' })
  @ApiResponse({ status: 409, description: 'TEKUN.NO_SCHOOL_RECHECK_DUE' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SchoolStatusDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.rechecks.record(id, dto, principal);
  }
}
