import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RecordMoveDto } from './dto/record-move.dto';
import { ResidenceService } from './residence.service';

@ApiTags('elders')
@ApiBearerAuth()
// Resident IDs are masked on the way out by the service kit's PersonalDataModule.
@Controller('api/v1/elders/residence-changes')
export class ResidenceController {
  constructor(private readonly residence: ResidenceService) {}

  /** A move away (residence change) with its source: allowance and subsidy stop from the month after. */
  @Post()
  @Roles(...RECORDERS)
  async record(@Body() dto: RecordMoveDto, @CurrentPrincipal() principal: Principal) {
    return this.residence.record(dto.residentId, dto, principal);
  }
}
