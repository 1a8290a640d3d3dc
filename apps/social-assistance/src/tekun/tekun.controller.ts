import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseResponse, RejectDto, StopDto } from '../cases/dto/case.dto';
import { TekunNotEligibleProblem } from '../cases/dto/not-eligible.dto';
import { ApplyTekunDto } from './dto/tekun.dto';
import { TekunService } from './tekun.service';

@ApiTags('tekun')
@ApiBearerAuth()
@Controller('api/v1/tekun/applications')
export class TekunController {
  constructor(private readonly tekun: TekunService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CaseResponse, description: 'APPLIED, with the care level from the six daily activities.' })
  @ApiResponse({ status: 422, type: TekunNotEligibleProblem, description: 'TEKUN.NOT_ELIGIBLE, with `reason` (why, as the eligibility rule names it); TEKUN.NOT_A_MEMBER.' })
  @ApiResponse({ status: 409, description: 'TEKUN.OPEN_CASE_EXISTS' })
  apply(@Body() dto: ApplyTekunDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.tekun.apply(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CaseResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.tekun.get(id, principal);
  }

  @Post(':id/approve')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'APPROVED; paid from the next month; enrollment.started emitted.' })
  @ApiResponse({ status: 403, description: 'TEKUN.SAME_PERSON_APPROVAL' })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.tekun.approve(id, principal);
  }

  @Post(':id/reject')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RejectDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.tekun.reject(id, dto.reason, principal);
  }

  @Post(':id/stop')
  @Roles(...DECIDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse })
  stop(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: StopDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.tekun.stop(id, dto.reason, dto.fromMonth, principal);
  }
}
