import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES, STAFF_REGISTER_ROLES } from '../access/rules/division-access.rule';
import { AppointStaffDto, LeavePostDto, RecordTrainingDto, StaffListQuery } from './dto/staff.dto';
import { StaffService } from './staff.service';
import { ApiPageResponse } from '@app/common/http/page-response';
import { StaffMemberView } from './dto/staff-view.dto';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles(...STAFF_REGISTER_ROLES)
  appoint(@CurrentPrincipal() principal: Principal, @Body() dto: AppointStaffDto) {
    return this.staff.appoint(principal, dto);
  }

  @Get()
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(StaffMemberView, 'Staff of the caller’s division, by division, the latest appointed first.')
  list(@CurrentPrincipal() principal: Principal, @Query() query: StaffListQuery) {
    return this.staff.list(principal, query);
  }

  @Get(':staffId')
  @Roles(...CHILD_READ_ROLES)
  get(@CurrentPrincipal() principal: Principal, @Param('staffId', ParseUUIDPipe) staffId: string) {
    return this.staff.get(principal, staffId);
  }

  @Post(':staffId/leave')
  @Roles(...STAFF_REGISTER_ROLES)
  leave(@CurrentPrincipal() principal: Principal, @Param('staffId', ParseUUIDPipe) staffId: string, @Body() dto: LeavePostDto) {
    return this.staff.leave(principal, staffId, dto);
  }

  @Post(':staffId/trainings')
  @Roles(...CHILD_WRITE_ROLES)
  recordTraining(@CurrentPrincipal() principal: Principal, @Param('staffId', ParseUUIDPipe) staffId: string, @Body() dto: RecordTrainingDto) {
    return this.staff.recordTraining(principal, staffId, dto);
  }
}
