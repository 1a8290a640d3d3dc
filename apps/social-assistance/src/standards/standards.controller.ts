import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ADMIN } from '@app/common/auth/roles';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RecomputeDto, RecomputeResponse } from './dto/recompute.dto';
import { StandardsService } from './standards.service';

@ApiTags('dibao')
@ApiBearerAuth()
@Controller('api/v1/dibao/recomputations')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  /** Run after adding a new standard period through /api/v1/policy-parameters. */
  @Post()
  @HttpCode(200)
  @Roles(ADMIN)
  @ApiOkResponse({ type: RecomputeResponse })
  recompute(@Body() dto: RecomputeDto, @CurrentPrincipal() principal: Principal): Promise<RecomputeResponse> {
    return this.standards.recompute(dto.fromMonth, principal);
  }
}
