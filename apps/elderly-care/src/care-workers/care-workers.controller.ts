import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CareWorkersService } from './care-workers.service';
import { CareWorkerDto, CareWorkerLeavesDto, RegisterCareWorkerDto } from './dto/care-worker.dto';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('care-workers')
@ApiBearerAuth()
// Names and resident IDs are masked on the way out by the service kit's PersonalDataModule.
@Controller('api/v1')
export class CareWorkersController {
  constructor(private readonly careWorkers: CareWorkersService) {}

  /** Registers a certified care worker (养老护理员) of the institution. */
  @Post('institutions/:id/care-workers')
  @Roles(...RECORDERS)
  @ApiResponse({ status: 409, description: 'CARE_WORKER.ALREADY_EMPLOYED: the worker works at an institution (no end day)' })
  @ApiResponse({ status: 422, description: 'CARE_WORKER.DATE_INVALID' })
  register(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RegisterCareWorkerDto, @CurrentPrincipal() principal: Principal): Promise<CareWorkerDto> {
    return this.careWorkers.register(id, dto, principal);
  }

  @Get('institutions/:id/care-workers')
  @Roles(...READERS)
  @ApiPageResponse(CareWorkerDto, 'The institution’s care workers, the longest serving first.')
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CareWorkerDto>> {
    return this.careWorkers.list(id, query, principal);
  }

  /** Records the worker's last day at the institution. */
  @Post('care-workers/:id/leave')
  @HttpCode(200)
  @Roles(...RECORDERS)
  leave(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CareWorkerLeavesDto, @CurrentPrincipal() principal: Principal): Promise<CareWorkerDto> {
    return this.careWorkers.leaves(id, dto, principal);
  }
}
