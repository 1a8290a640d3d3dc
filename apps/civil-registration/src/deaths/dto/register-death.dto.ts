import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export const DISPOSALS = ['CREMATION', 'BURIAL'] as const;
export const DEATH_SOURCES = ['HOSPITAL', 'PUBLIC_SECURITY', 'VILLAGE', 'FUNERAL_HOME', 'CIVIL_REGISTRATION'] as const;

export class RegisterDeathDto {
  @ApiProperty({ example: '11010519491231002X', description: 'Resident ID of the deceased (GB 11643); sex and birth date are derived from it.' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ example: '张秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'HAN', description: 'Ethnic group code (HAN, HUI, UYGHUR, ...): decides whether burial is allowed.' })
  @IsString()
  @Matches(/^[A-Za-z_]{2,40}$/, { message: 'ethnicity must be an ethnic group code such as HAN or HUI' })
  ethnicity: string;

  @ApiProperty({ example: '2024-07-10', description: 'Date of death, YYYY-MM-DD (Asia/Shanghai); not in the future nor before birth.' })
  @IsISO8601({ strict: true }, { message: 'dateOfDeath must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfDeath must be a date YYYY-MM-DD' })
  dateOfDeath: string;

  @ApiProperty({ example: '北京市朝阳区第一医院' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  placeOfDeath: string;

  @ApiProperty({ enum: DISPOSALS, example: 'CREMATION', description: 'Cremation is compulsory except for the burial-exempt ethnic groups.' })
  @IsIn(DISPOSALS)
  disposal: (typeof DISPOSALS)[number];

  @ApiProperty({ enum: DEATH_SOURCES, example: 'HOSPITAL', description: 'Who reported the death.' })
  @IsIn(DEATH_SOURCES)
  source: (typeof DEATH_SOURCES)[number];
}

export class DeathResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  id: string;
  @ApiProperty({ example: '11010519491231002X' })
  residentId: string;
  @ApiProperty({ example: '张秀英' })
  name: string;
  @ApiProperty({ enum: ['M', 'F'], example: 'F' })
  sex: 'M' | 'F';
  @ApiProperty({ example: 'HAN' })
  ethnicity: string;
  @ApiProperty({ example: '2024-07-10' })
  dateOfDeath: string;
  @ApiProperty({ example: '北京市朝阳区第一医院' })
  placeOfDeath: string;
  @ApiProperty({ enum: DISPOSALS, example: 'CREMATION' })
  disposal: string;
  @ApiProperty({ enum: DEATH_SOURCES, example: 'HOSPITAL' })
  source: string;
  @ApiProperty({ example: '110105' })
  divisionCode: string;
  @ApiProperty({ example: '2024-07-11T02:00:00.000Z' })
  receivedAt: string;
}
