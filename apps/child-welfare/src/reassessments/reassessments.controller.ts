import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { CloseReassessmentDto } from './dto/close-reassessment.dto';
import { ReassessmentsService } from './reassessments.service';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { ReassessmentView } from './dto/reassessment-view.dto';

@ApiTags('reassessments')
@ApiBearerAuth()
@Controller('api/v1/children/:id/reassessments')
export class ReassessmentsController {
  constructor(private readonly reassessments: ReassessmentsService) {}

  @Get()
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(ReassessmentView, 'The child’s reassessments, the earliest opened first.')
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<ReassessmentView>> {
    return this.reassessments.page(principal, id, query);
  }

  @Post(':reassessmentId/close')
  @Roles(...CHILD_WRITE_ROLES)
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('reassessmentId', ParseUUIDPipe) reassessmentId: string, @Body() dto: CloseReassessmentDto) {
    return this.reassessments.close(principal, id, reassessmentId, dto);
  }
}
