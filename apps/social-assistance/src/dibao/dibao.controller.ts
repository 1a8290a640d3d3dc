import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DibaoService } from './dibao.service';
import { CaseResponse, RejectDto, StopDto, SuspendDto } from '../cases/dto/case.dto';
import { DibaoNotEligibleProblem } from '../cases/dto/not-eligible.dto';
import { ApplyDibaoDto } from './dto/dibao.dto';

@ApiTags('dibao')
@ApiBearerAuth()
@Controller('api/v1/dibao/applications')
export class DibaoController {
  constructor(private readonly dibao: DibaoService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CaseResponse, description: 'APPLIED, with the assessment for the current month.' })
  @ApiResponse({ status: 409, description: 'DIBAO.OPEN_CASE_EXISTS' })
  @ApiResponse({ status: 422, description: 'DIBAO.NOT_A_MEMBER' })
  apply(@Body() dto: ApplyDibaoDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.apply(dto.householdId, dto.singlePersonResidentId, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CaseResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.get(id, principal);
  }

  @Post(':id/approve')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'APPROVED; paid from the next month; enrollment.started per member.' })
  @ApiResponse({ status: 403, description: 'DIBAO.SAME_PERSON_APPROVAL' })
  @ApiResponse({ status: 409, description: 'DIBAO.INVALID_TRANSITION' })
  @ApiResponse({ status: 422, type: DibaoNotEligibleProblem, description: 'DIBAO.NOT_ELIGIBLE, with `reason` (why, as the assessment names it) and `month` (the month judged).' })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.approve(id, principal);
  }

  @Post(':id/reject')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RejectDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.reject(id, dto.reason, principal);
  }

  @Post(':id/suspend')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse })
  suspend(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SuspendDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.suspend(id, dto.reason, principal);
  }

  @Post(':id/resume')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse })
  resume(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.resume(id, principal);
  }

  @Post(':id/stop')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'STOPPED from fromMonth; enrollment.stopped per covered member.' })
  stop(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: StopDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.dibao.stop(id, dto.reason, dto.fromMonth, principal);
  }
}
