import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { GrantReliefDto, ReliefQuery, ReliefResponse } from './dto/temporary-relief.dto';
import { TemporaryReliefService } from './temporary-relief.service';

@ApiTags('temporary-relief')
@ApiBearerAuth()
@Controller('api/v1/temporary-relief')
export class TemporaryReliefController {
  constructor(private readonly relief: TemporaryReliefService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: ReliefResponse })
  @ApiResponse({ status: 422, description: 'RELIEF.AMOUNT_ABOVE_LIMIT, RELIEF.PERSON_DECEASED' })
  grant(@Body() dto: GrantReliefDto, @CurrentPrincipal() principal: Principal): Promise<ReliefResponse> {
    return this.relief.grant(dto, principal);
  }

  @Get()
  @ApiOkResponse({ type: [ReliefResponse] })
  find(@Query() query: ReliefQuery): Promise<ReliefResponse[]> {
    return this.relief.find(query.residentId);
  }
}
