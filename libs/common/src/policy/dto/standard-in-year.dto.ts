// OpenAPI shape of a standard in force during a year (standards-in-year.ts), for the annual
// reports that answer them, so the console's generated client is typed.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STANDARD_UNITS, type StandardInYear, type StandardPeriod, type StandardUnit } from '../standards-in-year';

export class StandardPeriodView implements StandardPeriod {
  @ApiProperty({ example: '2024-07-01', description: 'First day in force, as set (it may lie before the year)' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Last day in force (inclusive), as set; null = open-ended' })
  effectiveTo!: string | null;

  @ApiProperty({ example: 73500, description: 'fen, per person per month or per year as the unit says' })
  amountFen!: number;
}

export class StandardInYearView implements StandardInYear {
  @ApiProperty({ example: 'DIBAO_URBAN', description: "The service's code of the standard" })
  standard!: string;

  @ApiPropertyOptional({ example: 'AGE_80_99', description: 'The tier, for a standard set per tier' })
  tier?: string;

  @ApiProperty({ enum: STANDARD_UNITS, example: 'FEN_PER_MONTH' })
  unit!: StandardUnit;

  @ApiProperty({ type: [StandardPeriodView], description: 'Every period in force on at least one day of the year, oldest first' })
  periods!: StandardPeriodView[];
}
