import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Assessment } from './assessment.entity';
import { AssessmentsService } from './assessments.service';
import { RecordAssessmentDto } from './dto/record-assessment.dto';

function view(a: Assessment) {
  return { ...a, residentId: maskResidentId(a.residentId) };
}

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('api/v1/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  /** Records item scores by domain; computes total and level (GB/T 42195-2022) and the reassessment date. */
  @Post()
  @Roles('assessor', 'official', 'admin')
  async record(@Body() dto: RecordAssessmentDto, @CurrentPrincipal() principal: Principal) {
    return view(await this.assessments.record(dto, principal));
  }

  @Get(':id')
  @Roles('assessor', 'official', 'auditor', 'admin')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return view(await this.assessments.get(id));
  }
}
