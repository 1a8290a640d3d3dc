import { ApiProperty } from '@nestjs/swagger';
import type { SettlementPaymentView } from './settlement-lines';

/** One 一卡通 line of a provider's settlement (its own or a re-issue it carries), with the bank's outcome. */
export class SettlementPaymentLineResponse implements SettlementPaymentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['SETTLEMENT', 'REISSUE'] }) kind!: 'SETTLEMENT' | 'REISSUE';
  @ApiProperty({ example: '2024-07' }) month!: string;
  @ApiProperty({ example: 151900 }) amountFen!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The FAILED line this one pays again' }) reissueOf!: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], type: String, nullable: true }) paymentStatus!: 'PAID' | 'FAILED' | null;
  @ApiProperty({ type: String, nullable: true }) paymentFailureReason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-08-05' }) paymentOutcomeOn!: string | null;
}
