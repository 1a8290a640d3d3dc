import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FuneralBenefitDto } from './funeral-benefit.dto';

export const FUNERAL_BENEFIT_STATUSES = ['GRANTED', 'CLAIMED', 'APPROVED'] as const;
export type FuneralBenefitStatus = (typeof FUNERAL_BENEFIT_STATUSES)[number];

/** The benefits granted within the caller's division, the newest first, optionally of one month and one status. */
export class FuneralBenefitLedgerQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-07', description: 'The month the benefit was granted in.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;

  @ApiPropertyOptional({ enum: FUNERAL_BENEFIT_STATUSES, example: 'CLAIMED' })
  @IsOptional()
  @IsIn(FUNERAL_BENEFIT_STATUSES)
  status?: FuneralBenefitStatus;
}

/** One line of the ledger: the deceased (masked), the amount, where it stands, and the bank's last word. */
export class FuneralBenefitLedgerItem {
  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11' }) id!: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId!: string;
  @ApiProperty({ example: '李建国' }) deceasedName!: string;
  @ApiProperty({ example: '110105', description: 'The division that recorded the death.' }) divisionCode!: string;
  @ApiProperty({ example: 200000, description: 'Integer fen.' }) amountFen!: number;
  @ApiProperty({ enum: ['BASIC', 'DIBAO_TEKUN'], example: 'BASIC' }) basis!: string;
  @ApiProperty({ example: '2024-07-11' }) grantedOn!: string;
  @ApiProperty({ example: '2024-07-10' }) dateOfDeath!: string;
  @ApiProperty({ enum: FUNERAL_BENEFIT_STATUSES, example: 'CLAIMED' }) status!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) claimantName!: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], example: null, nullable: true, type: String, description: "The bank's outcome of the latest payment line; null = not paid yet or not yet known." })
  paymentStatus!: string | null;
}

/** A benefit with the deceased, the division and who recorded the claimant (the maker, who may not approve). */
export class FuneralBenefitDetailDto extends FuneralBenefitDto {
  @ApiProperty({ example: '李建国' }) deceasedName!: string;
  @ApiProperty({ example: '110105' }) divisionCode!: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Who recorded the claimant; another official approves.' }) claimRecordedBy!: string | null;
}
