import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { GrantStudyGrantDto, RecordStudentAidDto, StudyGrantListQuery } from './dto/study-grant.dto';
import { StudyGrantsService } from './study-grants.service';
import { ApiPageResponse } from '@app/common/http/page-response';
import { StudentAidView, StudyGrantView } from './dto/study-grant-views.dto';

@ApiTags('study-grants')
@ApiBearerAuth()
@Controller('api/v1')
export class StudyGrantsController {
  constructor(private readonly grants: StudyGrantsService) {}

  @Post('children/:id/study-grants')
  @Roles(...CHILD_WRITE_ROLES)
  grant(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: GrantStudyGrantDto) {
    return this.grants.grant(principal, id, dto);
  }

  @Post('children/:id/student-aid')
  @Roles(...CHILD_WRITE_ROLES)
  recordStudentAid(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordStudentAidDto) {
    return this.grants.recordStudentAid(principal, id, dto);
  }

  @Get('study-grants')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(StudyGrantView, 'Study grants to children of the caller’s division, the latest first.')
  list(@CurrentPrincipal() principal: Principal, @Query() query: StudyGrantListQuery) {
    return this.grants.grants(principal, query);
  }

  @Get('student-aid')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(StudentAidView, 'Student aid paid for children of the caller’s division, the latest first.')
  listStudentAid(@CurrentPrincipal() principal: Principal, @Query() query: StudyGrantListQuery) {
    return this.grants.studentAid(principal, query);
  }
}
