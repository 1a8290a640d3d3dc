import { PageQuery } from '@app/common/http/page-query.dto';
import { payableProgrammeSchema } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const RECOVERY_STATES = ['AWAITING', 'HELD'] as const;

export class RecoveryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RECOVERY_STATES, example: 'HELD', description: 'Requests not batched yet — HELD: the payee has no confirmed, usable account to debit; AWAITING: the next recovery batch takes them. Every request when left out.' })
  @IsOptional()
  @IsIn(RECOVERY_STATES)
  state?: (typeof RECOVERY_STATES)[number];
}

/** A programme's approved request to recover an overpayment from the payee's 一卡通 account. */
export class RecoveryItem {
  @ApiProperty({ description: "The programme's recovery id (its idempotency key)." }) recoveryId!: string;
  @ApiProperty({ example: 'elderly-care' }) ownerService!: string;
  @ApiProperty() overpaymentId!: string;
  @ApiProperty({ enum: payableProgrammeSchema.options }) programme!: string;
  @ApiProperty({ example: '110***********002X' }) residentId!: string;
  @ApiProperty({ example: 10_000 }) amountFen!: number;
  @ApiProperty({ example: ['2024-09', '2024-10'] }) periods!: string[];
  @ApiProperty({ type: [String] }) paymentLineIds!: string[];
  @ApiProperty() requestedBy!: string;
  @ApiProperty() approvedBy!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ enum: ['HELD', 'AWAITING', 'IN_BATCH', 'RECOVERED', 'FAILED'] }) state!: string;
  @ApiProperty({ enum: ['NO_ACCOUNT', 'ACCOUNT_UNUSABLE'], nullable: true, type: String, description: 'What the payee’s account needs before the money can be debited.' })
  holdReason!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'FAILED: the bank’s reason, normalised.' }) failureReason!: string | null;
}
