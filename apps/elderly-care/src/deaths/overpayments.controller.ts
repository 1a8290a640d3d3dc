import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Overpayment } from './overpayment.entity';

class OverpaymentQueryDto {
  @ApiPropertyOptional({ example: '11010519491231002X' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;

  @ApiPropertyOptional({ enum: ['OPEN'], description: 'Only receivables still to recover' })
  @IsOptional()
  @IsIn(['OPEN'])
  status?: 'OPEN';
}

/** Overpayments (DOMAIN §8): what was paid for months after a stop, to recover. */
@ApiTags('overpayments')
@ApiBearerAuth()
@Controller('api/v1/overpayments')
export class OverpaymentsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...READERS)
  async list(@Query() query: OverpaymentQueryDto) {
    const items = await this.dataSource.getRepository(Overpayment).find({
      where: { ...(query.residentId && { residentId: query.residentId.toUpperCase() }), ...(query.status && { status: query.status }) },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    return { totalFen: items.reduce((n, o) => n + o.amountFen, 0), items };
  }
}
