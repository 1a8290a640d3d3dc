import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class PayrollMonthPath {
  @ApiProperty({ example: '2024-08' })
  @IsYearMonth()
  month!: string;
}

export class PayrollTally {
  @ApiProperty({ example: 12 }) lines!: number;
  @ApiProperty({ example: 1164000, description: 'Integer fen.' }) totalFen!: number;
}

export class PayrollProgramTally extends PayrollTally {
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) kind!: string;
}

/** A month's payroll as the caller's division sees it: who ran and approved it, and its lines within the division. */
export class PayrollDivisionSummary {
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ enum: ['NOT_RUN', 'RUN', 'APPROVED'], example: 'RUN', description: 'RUN: closed, awaiting an approver other than the runner.' }) status!: 'NOT_RUN' | 'RUN' | 'APPROVED';
  @ApiProperty({ type: [String], example: ['approver-1'] }) runBy!: string[];
  @ApiProperty({ example: null, nullable: true, type: String }) approvedBy!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) approvedOn!: string | null;
  @ApiProperty({ example: 12, description: 'Lines paying households within the caller’s division.' }) lines!: number;
  @ApiProperty({ example: 1164000 }) totalFen!: number;
  @ApiProperty({ type: [PayrollProgramTally] }) byKind!: PayrollProgramTally[];
  @ApiProperty({ type: PayrollTally, description: '补发: paid now for an earlier month.' }) arrears!: PayrollTally;
  @ApiProperty({ type: PayrollTally, description: 'Lines the bank returned FAILED, paid again.' }) reissues!: PayrollTally;
  @ApiProperty({ type: PayrollTally }) paid!: PayrollTally;
  @ApiProperty({ type: PayrollTally }) failed!: PayrollTally;
}

export class PayrollLineItem {
  @ApiProperty({ example: '3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) lineId!: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId!: string;
  @ApiProperty({ example: '110105001', description: 'Where the household lives.' }) regionCode!: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program!: string;
  @ApiProperty({ enum: ['REGULAR', 'ARREARS', 'REISSUE'], example: 'REGULAR' }) lineType!: string;
  @ApiProperty({ example: '2024-08', description: 'The month the money belongs to.' }) month!: string;
  @ApiProperty({ example: 2 }) members!: number;
  @ApiProperty({ example: 97000 }) amountFen!: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: '特困 central care: the institution paid.' }) payeeInstitution!: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], example: null, nullable: true, type: String, description: "一卡通 outcome from the bank's return file; null = not yet known." }) paymentStatus!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) paymentFailureReason!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) paymentOutcomeOn!: string | null;
}
