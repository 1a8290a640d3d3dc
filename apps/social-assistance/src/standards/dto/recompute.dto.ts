import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class RecomputeDto {
  @ApiProperty({ example: '2024-07', description: 'First month of the new standard (its effective month).' })
  @IsYearMonth()
  fromMonth: string;
}

export class ArrearsLineResponse {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ example: '2024-07' }) month: string;
  @ApiProperty({ example: 2100 }) amountFen: number;
}

export class RecomputeResponse {
  @ApiProperty({ example: '2024-07' }) fromMonth: string;
  @ApiProperty({ type: [ArrearsLineResponse], description: 'Arrears lines created; the next payroll pays them.' }) arrears: ArrearsLineResponse[];
  @ApiProperty({ example: ['0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01'], description: 'Households without an open 低保 case that the new standard makes eligible.' })
  newlyEligibleHouseholds: string[];
}

export class TekunRecomputeResponse {
  @ApiProperty({ example: '2024-07' }) fromMonth: string;
  @ApiProperty({ type: [ArrearsLineResponse], description: 'Arrears lines created; the next payroll pays them.' }) arrears: ArrearsLineResponse[];
}
