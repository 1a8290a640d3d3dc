import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class RunPayrollDto {
  @ApiProperty({ example: '2024-08', description: 'Month to pay, not after the current month.' })
  @IsYearMonth()
  month: string;
}

class ProgramTotalResponse {
  @ApiProperty({ example: 97000 }) amountFen: number;
  @ApiProperty({ example: 1 }) lineCount: number;
}

class TotalsResponse {
  @ApiProperty({ type: ProgramTotalResponse }) DIBAO: ProgramTotalResponse;
  @ApiProperty({ type: ProgramTotalResponse }) TEKUN: ProgramTotalResponse;
}

export class PaymentLineResponse {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: 'DIBAO' | 'TEKUN';
  @ApiProperty({ enum: ['REGULAR', 'ARREARS'], example: 'REGULAR', description: 'ARREARS (补发): paid now for the month it belongs to.' }) kind: 'REGULAR' | 'ARREARS';
  @ApiProperty({ example: '2024-08' }) month: string;
  @ApiProperty({ example: 2 }) members: number;
  @ApiProperty({ example: 97000 }) amountFen: number;
}

export class PayrollResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '2024-08' }) month: string;
  @ApiProperty({ type: TotalsResponse }) totals: TotalsResponse;
  @ApiProperty({ type: [PaymentLineResponse] }) lines: PaymentLineResponse[];
}
