import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IncomeChangeDto, IncomeChangeOutcome } from './dto/income-change.dto';
import { IncomeChangesService } from './income-changes.service';

@ApiTags('households')
@ApiBearerAuth()
@Controller('api/v1/households')
export class IncomeChangesController {
  constructor(private readonly incomes: IncomeChangesService) {}

  @Post(':id/income-changes')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: [IncomeChangeOutcome], description: 'What happened to each open 低保 case of the household.' })
  @ApiResponse({ status: 422, description: 'HOUSEHOLD.NOT_A_MEMBER' })
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: IncomeChangeDto, @CurrentPrincipal() principal: Principal): Promise<IncomeChangeOutcome[]> {
    return this.incomes.change(id, dto, principal);
  }
}
