import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CEREMONY_KINDS, type CeremonyKind } from '../rules/ceremony.rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The largest group ceremonies of a city hand out a few hundred certificates. */
const MAX_COUPLES = 500;

export class RecordCeremonyDto {
  @ApiProperty({ enum: CEREMONY_KINDS, example: 'GROUP', description: 'GROUP (集体颁证) or OTHER (其他颁证仪式).' })
  @IsIn(CEREMONY_KINDS)
  kind: CeremonyKind;

  @ApiProperty({ example: '2024-05-20', description: 'The day it was held: not after today.' })
  @IsISO8601({ strict: true }, { message: 'heldOn must be a date YYYY-MM-DD' })
  @Matches(DATE, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn: string;

  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'The office or point where it was held, open on that day.' })
  @IsUUID()
  officeId: string;

  @ApiProperty({ example: '“520”集体颁证仪式' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  theme: string;

  @ApiProperty({ type: [String], example: ['0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02', '1c7d5b63-6b2c-4d9f-8e68-2e3f8f4e0b13'], description: 'The couples, by their marriage registration (registered on or before the day); a group ceremony names 2 or more.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COUPLES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marriageIds: string[];
}

export class CeremonyListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CEREMONY_KINDS })
  @IsOptional()
  @IsIn(CEREMONY_KINDS)
  kind?: CeremonyKind;
}

export class CeremonyDto {
  @ApiProperty({ example: '4a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ enum: CEREMONY_KINDS, example: 'GROUP' })
  kind: CeremonyKind;
  @ApiProperty({ example: '集体颁证' })
  kindLabel: string;
  @ApiProperty({ example: '2024-05-20' })
  heldOn: string;
  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  officeId: string;
  @ApiProperty({ example: '“520”集体颁证仪式' })
  theme: string;
  @ApiProperty({ example: '110105' })
  divisionCode: string;
  @ApiProperty({ type: [String], example: ['0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02', '1c7d5b63-6b2c-4d9f-8e68-2e3f8f4e0b13'] })
  marriageIds: string[];
}
