import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PayrollResponse, RunPayrollDto } from './dto/payroll.dto';
import { PayrollService } from './payroll.service';

export class PayrollQuery {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month: string;
}

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payrolls')
export class PayrollController {
  constructor(private readonly payroll: PayrollService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: PayrollResponse, description: 'Computed and closed; social-assistance.payroll.closed.v1 is emitted.' })
  @ApiOkResponse({ type: PayrollResponse, description: 'The month was already closed: the same payroll, nothing changed.' })
  @ApiResponse({ status: 422, description: 'PAYROLL.MONTH_IN_FUTURE' })
  async run(@Body() dto: RunPayrollDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<PayrollResponse> {
    const result = await this.payroll.run(dto.month, principal);
    res.status(result.created ? 201 : 200);
    return result.payroll;
  }

  @Get()
  @ApiOkResponse({ type: PayrollResponse })
  get(@Query() query: PayrollQuery): Promise<PayrollResponse> {
    return this.payroll.get(query.month);
  }
}
