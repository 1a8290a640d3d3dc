import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { AREAS, type Area } from '../../dibao/rules/dibao-benefit.rule';
import { RELIEF_TYPES, type ReliefType } from '../rules/relief-type.rule';

export class GrantReliefDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ enum: AREAS, example: 'URBAN', description: 'Decides which 低保 standard bounds the amount.' })
  @IsIn(AREAS)
  area: Area;

  @ApiProperty({ example: '110105001', description: 'Division handling the grant (6, 9 or 12 digits), within the caller’s division.' })
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'regionCode must be a division code of 6, 9 or 12 digits' })
  regionCode: string;

  @ApiProperty({ enum: RELIEF_TYPES, example: 'EMERGENCY', description: '急难型 EMERGENCY (sudden event) or 支出型 EXPENDITURE (heavy necessary expense).' })
  @IsIn(RELIEF_TYPES)
  reliefType: ReliefType;

  @ApiPropertyOptional({ example: false, description: '先行救助: an emergency grant paid first, documented afterwards (POST …/{id}/documentation).' })
  @IsOptional()
  @IsBoolean()
  paidFirst?: boolean;

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

export class DocumentReliefDto {
  @ApiProperty({ example: 'hospital invoices and the village committee’s statement received' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note: string;
}

/** The body of `POST /temporary-relief/search`: the resident ID travels in the body, never in the URL. */
export class ReliefSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;
}

export class ReliefResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ enum: AREAS, example: 'URBAN' }) area: string;
  @ApiProperty({ example: '110105001', nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ enum: RELIEF_TYPES, example: 'EMERGENCY' }) reliefType: string;
  @ApiProperty({ example: 150000 }) amountFen: number;
  @ApiProperty({ example: '突发重大疾病 sudden serious illness' }) reason: string;
  @ApiProperty({ example: '2024-07-15' }) grantedOn: string;
  @ApiProperty({ example: 'clerk-1' }) grantedBy: string;
  @ApiProperty({ example: false }) paidFirst: boolean;
  @ApiProperty({ example: '2024-07-15', nullable: true, type: String, description: 'Null while a grant paid first awaits its documents.' }) documentedOn: string | null;
  @ApiProperty({ example: 'clerk-1', nullable: true, type: String }) documentedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) documentationNote: string | null;
}
