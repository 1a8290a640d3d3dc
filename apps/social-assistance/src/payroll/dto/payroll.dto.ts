import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RunPayrollDto {
  @ApiProperty({ example: '2024-08', description: 'Month to pay, not after the current month.' })
  @IsYearMonth()
  month: string;
}

export class PayrollMonthParams {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month: string;
}

export class PayrollQuery {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month: string;

  @ApiPropertyOptional({ example: 0, description: 'Lines to skip.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ example: 1000, description: 'Lines to return (at most 10,000).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;
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
  @ApiProperty({ example: '3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'The line id payments knows the line by.' }) lineId: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: 'DIBAO' | 'TEKUN';
  @ApiProperty({ enum: ['REGULAR', 'ARREARS', 'REISSUE'], example: 'REGULAR', description: 'ARREARS (补发): paid now for the month it belongs to; REISSUE: a line the bank returned FAILED, paid again.' }) kind: 'REGULAR' | 'ARREARS' | 'REISSUE';
  @ApiProperty({ example: '2024-08' }) month: string;
  @ApiProperty({ example: 2 }) members: number;
  @ApiProperty({ example: 97000 }) amountFen: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: '特困 central care: the institution paid; null = paid to the person or household.' }) payeeInstitution: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'REISSUE: the failed line it pays again.' }) reissueOf: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], example: null, nullable: true, type: String, description: "一卡通 outcome from the bank's return file; null = not yet known." }) paymentStatus: 'PAID' | 'FAILED' | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'FAILED: the reason (ACCOUNT_CLOSED, NAME_MISMATCH, ACCOUNT_FROZEN, ACCOUNT_NOT_FOUND, OTHER).' }) paymentFailureReason: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The day the bank paid or returned the line.' }) paymentOutcomeOn: string | null;
}

export class PayrollResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '2024-08' }) month: string;
  @ApiProperty({ type: TotalsResponse }) totals: TotalsResponse;
  @ApiProperty({ enum: ['CLOSED', 'APPROVED'], example: 'CLOSED', description: 'APPROVED: released for payment by an approver other than the runner; its lines go to payments (一卡通).' }) status: string;
  @ApiProperty({ example: 'approver-1' }) runBy: string;
  @ApiProperty({ example: null, nullable: true, type: String }) approvedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) approvedOn: string | null;
  @ApiProperty({ example: 1, description: 'All lines of the payroll (regular and arrears).' }) lineCount: number;
  @ApiProperty({ example: 0, description: 'Position of the first line returned, in the order arrears last, then case, then month.' }) linesOffset: number;
  @ApiProperty({ type: [PaymentLineResponse], description: 'One page of lines (1,000 by default; GET with offset and limit for more).' }) lines: PaymentLineResponse[];
}
