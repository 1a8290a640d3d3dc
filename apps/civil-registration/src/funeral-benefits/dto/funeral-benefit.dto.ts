import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';

/** The body of `POST /funeral-benefits/search`: the resident ID travels in the body, never in the URL. */
export class FuneralBenefitSearchDto {
  @ApiProperty({ example: '11010519491231002X', description: 'Resident ID of the deceased.' })
  @IsResidentId()
  residentId: string;
}

export class FuneralBenefitPaymentDto {
  @ApiProperty({ example: '3d0f8a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'The line id payments knows the line by.' })
  lineId: string;
  @ApiProperty({ enum: ['BENEFIT', 'REISSUE'], example: 'BENEFIT' })
  kind: string;
  @ApiProperty({ example: '2024-07' })
  month: string;
  @ApiProperty({ example: 200000 })
  amountFen: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'REISSUE: the failed line it pays again.' })
  reissueOf: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], example: null, nullable: true, type: String, description: "一卡通 outcome from the bank's return file; null = not yet known." })
  paymentStatus: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'FAILED: the reason (ACCOUNT_CLOSED, NAME_MISMATCH, ACCOUNT_FROZEN, ACCOUNT_NOT_FOUND, OTHER).' })
  paymentFailureReason: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The day the bank paid or returned the line.' })
  paymentOutcomeOn: string | null;
}

export class FuneralBenefitDto {
  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11' })
  id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  deathId: string;
  @ApiProperty({ example: '11010519491231002X' })
  residentId: string;
  @ApiProperty({ example: 200000, description: 'Integer fen: 200000 = 2,000 yuan.' })
  amountFen: number;
  @ApiProperty({ enum: ['BASIC', 'DIBAO_TEKUN'], example: 'DIBAO_TEKUN', description: 'DIBAO_TEKUN when on 低保/特困 at the date of death.' })
  basis: string;
  @ApiProperty({ example: '2024-07-11' })
  grantedOn: string;
  @ApiProperty({ example: '2024-07-10' })
  dateOfDeath: string;
  @ApiProperty({ enum: ['GRANTED', 'CLAIMED', 'APPROVED'], example: 'APPROVED', description: 'CLAIMED: the claimant is recorded; APPROVED: paid through 一卡通 by another official.' })
  status: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The next of kin who receives the benefit (the payee).' })
  claimantResidentId: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  claimantName: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  claimantRelation: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  approvedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  approvedOn: string | null;
  @ApiProperty({ type: [FuneralBenefitPaymentDto], description: 'The payment lines (the benefit, and a re-issue if the bank returned it FAILED), with the bank outcome.' })
  payments: FuneralBenefitPaymentDto[];
}
