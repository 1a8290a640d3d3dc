import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { ASSESSOR } from '../roles';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssessmentsService } from './assessments.service';
import { RecordAssessmentDto } from './dto/record-assessment.dto';

@ApiTags('assessments')
@ApiBearerAuth()
// Resident IDs are masked on the way out by the service kit's PersonalDataModule.
@Controller('api/v1/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  /** Records item scores by domain; computes total and level (GB/T 42195-2022) and the reassessment date. */
  @Post()
  @Roles(ASSESSOR, ...RECORDERS)
  async record(@Body() dto: RecordAssessmentDto, @CurrentPrincipal() principal: Principal) {
    return this.assessments.record(dto, principal);
  }

  @Get(':id')
  @Roles(ASSESSOR, ...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return this.assessments.get(id);
  }
}
