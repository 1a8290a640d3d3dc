import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES } from '../access/rules/division-access.rule';
import { AdoptionsService } from './adoptions.service';
import { AdoptionAssessmentView, RecordAssessmentDto, RegisterAdoptionDto } from './dto/adoption.dto';

/** Adoption is registered by the county bureau's staff (收养登记机关), within their division. */
@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('api/v1/children/:id')
export class AdoptionsController {
  constructor(private readonly adoptions: AdoptionsService) {}

  @Post('adoption-assessments')
  @Roles(...RECORDERS)
  async assess(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordAssessmentDto) {
    return this.adoptions.recordAssessment(principal, id, dto);
  }

  /** The family capability assessments (收养评估) recorded for the child, the latest first. */
  @Get('adoption-assessments')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(AdoptionAssessmentView, 'The child’s adoption assessments, the latest first.')
  async assessments(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<AdoptionAssessmentView>> {
    const page = await this.adoptions.assessments(principal, id, query);
    return { ...page, items: page.items.map(({ id: assessmentId, childId, adopterResidentIds, assessedOn, outcome, notes, assessor }) => ({ id: assessmentId, childId, adopterResidentIds, assessedOn, outcome, notes, assessor })) };
  }

  @Post('adoption')
  @Roles(...RECORDERS)
  async register(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RegisterAdoptionDto) {
    const { adoption, child } = await this.adoptions.register(principal, id, dto);
    return { ...adoption, categories: child.categories, adoptedOn: child.adoptedOn };
  }

  @Get('adoption')
  @Roles(...CHILD_READ_ROLES)
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.adoptions.get(principal, id);
  }
}
