import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';

export class FuneralBenefitQuery {
  @ApiProperty({ example: '11010519491231002X', description: 'Resident ID of the deceased.' })
  @IsResidentId()
  residentId: string;
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
}
