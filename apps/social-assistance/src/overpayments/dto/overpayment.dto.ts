import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RESOLUTIONS, type Resolution } from '../rules/resolution.rule';

/** The body of `POST /overpayments/search`: the resident ID travels in the body, never in the URL. */
export class PersonOverpaymentsSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;
}

export class ResolveOverpaymentDto {
  @ApiProperty({ enum: RESOLUTIONS, example: 'HEIRS_PAID', description: 'WRITTEN_OFF proposes a write-off (WRITE_OFF_PROPOSED); a decider other than the proposer approves it.' })
  @IsIn(RESOLUTIONS)
  resolution: Resolution;

  @ApiProperty({ example: 'repaid by the daughter on 2024-11-02' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note: string;
}

export class OverpaymentResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: ['2024-09', '2024-10'] }) months: string[];
  @ApiProperty({ example: 107184 }) amountFen: number;
  @ApiProperty({ enum: ['OPEN', 'WRITE_OFF_PROPOSED', ...RESOLUTIONS], example: 'OPEN' }) status: string;
  @ApiProperty({ example: null, nullable: true, type: String }) proposedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) proposedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) resolvedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) resolvedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) note: string | null;
}
