import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class RunAllowanceJobDto {
  @ApiProperty({ example: '2024-08', description: 'Month to grant for' })
  @IsYearMonth()
  month!: string;
}
