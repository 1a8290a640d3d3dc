import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RecordMoveDto } from './dto/record-move.dto';
import { ResidenceService } from './residence.service';

class ResidentParam {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

@ApiTags('elders')
@ApiBearerAuth()
// Resident IDs are masked on the way out by the service kit's PersonalDataModule.
@Controller('api/v1/elders/:residentId/residence-changes')
export class ResidenceController {
  constructor(private readonly residence: ResidenceService) {}

  /** A move away (residence change) with its source: allowance and subsidy stop from the month after. */
  @Post()
  @Roles(...RECORDERS)
  async record(@Param() params: ResidentParam, @Body() dto: RecordMoveDto, @CurrentPrincipal() principal: Principal) {
    return this.residence.record(params.residentId, dto, principal);
  }
}
