import { ApiProperty } from '@nestjs/swagger';

export class PayrollLineResponse {
  @ApiProperty({ example: '3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'The line id payments knows the line by.' }) lineId!: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) childId!: string;
  @ApiProperty({ example: '110105201001010011' }) residentId!: string;
  @ApiProperty({ example: '2024-08', description: 'The month the money belongs to.' }) month!: string;
  @ApiProperty({ enum: ['REGULAR', 'ARREARS', 'REISSUE'], example: 'REGULAR', description: 'REISSUE: a line the bank returned FAILED, paid again.' }) kind!: string;
  @ApiProperty({ example: 180000 }) amountFen!: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'REISSUE: the failed line it pays again.' }) reissueOf!: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], example: null, nullable: true, type: String, description: "一卡通 outcome from the bank's return file; null = not yet known." }) paymentStatus!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'FAILED: the reason (ACCOUNT_CLOSED, NAME_MISMATCH, ACCOUNT_FROZEN, ACCOUNT_NOT_FOUND, OTHER).' }) paymentFailureReason!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The day the bank paid or returned the line.' }) paymentOutcomeOn!: string | null;
}
