import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { AREAS, type Area } from '../../dibao/rules/dibao-benefit';

export class GrantReliefDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ enum: AREAS, example: 'URBAN', description: 'Decides which 低保 standard bounds the amount.' })
  @IsIn(AREAS)
  area: Area;

  @ApiProperty({ example: 150000, description: 'Grant in fen, at most the configured months of the standard.' })
  @IsInt()
  @Min(1)
  amountFen: number;

  @ApiProperty({ example: '突发重大疾病 sudden serious illness' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ReliefQuery {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;
}

export class ReliefResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ enum: AREAS, example: 'URBAN' }) area: string;
  @ApiProperty({ example: 150000 }) amountFen: number;
  @ApiProperty({ example: '突发重大疾病 sudden serious illness' }) reason: string;
  @ApiProperty({ example: '2024-07-15' }) grantedOn: string;
  @ApiProperty({ example: 'clerk-1' }) grantedBy: string;
}
