import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class PayrollMonthDto {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month!: string;
}
