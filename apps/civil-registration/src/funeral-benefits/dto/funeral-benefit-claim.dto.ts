import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const CLAIMANT_RELATIONS = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'OTHER_RELATIVE', 'GUARDIAN'] as const;

/** The next of kin who handles the funeral and receives the benefit into their 惠民惠农 account. */
export class ClaimantDto {
  @ApiProperty({ example: '110105197501010017', description: "The claimant's resident ID: payments pays their registered account." })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ example: '王建国' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ enum: CLAIMANT_RELATIONS, example: 'CHILD', description: 'Relation to the deceased.' })
  @IsIn(CLAIMANT_RELATIONS)
  relation: (typeof CLAIMANT_RELATIONS)[number];
}
