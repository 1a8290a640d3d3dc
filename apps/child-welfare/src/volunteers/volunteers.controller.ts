import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { RecordActivityDto, RegisterVolunteerDto } from './dto/volunteer.dto';
import { VolunteersService } from './volunteers.service';
import { ApiPageResponse } from '@app/common/http/page-response';
import { VolunteerActivityView, VolunteerView } from './dto/volunteer-views.dto';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('api/v1')
export class VolunteersController {
  constructor(private readonly volunteers: VolunteersService) {}

  @Post('volunteers')
  @Roles(...CHILD_WRITE_ROLES)
  register(@CurrentPrincipal() principal: Principal, @Body() dto: RegisterVolunteerDto) {
    return this.volunteers.register(principal, dto);
  }

  @Get('volunteers')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(VolunteerView, 'Volunteers of the caller’s division with their hours.')
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.volunteers.volunteers(principal, query);
  }

  @Post('volunteer-activities')
  @Roles(...CHILD_WRITE_ROLES)
  recordActivity(@CurrentPrincipal() principal: Principal, @Body() dto: RecordActivityDto) {
    return this.volunteers.recordActivity(principal, dto);
  }

  @Get('volunteer-activities')
  @Roles(...CHILD_READ_ROLES)
  @ApiPageResponse(VolunteerActivityView, 'Volunteer activities of the caller’s division with their hours, the latest first.')
  activities(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.volunteers.activities(principal, query);
  }
}
