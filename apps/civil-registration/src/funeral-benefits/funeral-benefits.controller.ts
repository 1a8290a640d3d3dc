import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FuneralBenefitDto, FuneralBenefitQuery } from './dto/funeral-benefit.dto';
import { FuneralBenefitsService, type FuneralBenefitResponse } from './funeral-benefits.service';

@ApiTags('funeral benefits')
@ApiBearerAuth()
@Controller('api/v1/funeral-benefits')
export class FuneralBenefitsController {
  constructor(private readonly benefits: FuneralBenefitsService) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: [FuneralBenefitDto], description: 'The funeral benefit granted for the deceased (at most one).' })
  find(@Query() query: FuneralBenefitQuery): Promise<FuneralBenefitResponse[]> {
    return this.benefits.findByResident(query.residentId);
  }
}
