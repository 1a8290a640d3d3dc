import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ADMIN } from '@app/common/auth/roles';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RecomputeDto, TekunRecomputeResponse } from './dto/recompute.dto';
import { TekunArrearsService } from './tekun-arrears.service';

@ApiTags('tekun')
@ApiBearerAuth()
@Controller('api/v1/tekun/recomputations')
export class TekunStandardsController {
  constructor(private readonly arrears: TekunArrearsService) {}

  /** Run after adding a new 特困 figure through /api/v1/policy-parameters: 补发 for months already paid. */
  @Post()
  @HttpCode(200)
  @Roles(ADMIN)
  @ApiOkResponse({ type: TekunRecomputeResponse })
  recompute(@Body() dto: RecomputeDto, @CurrentPrincipal() principal: Principal): Promise<TekunRecomputeResponse> {
    return this.arrears.recompute(dto.fromMonth, principal);
  }
}
