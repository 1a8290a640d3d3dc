import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { OFFICE_KINDS, type OfficeKind } from '../rules/office-open.rule';

const DATE_MESSAGE = 'must be a date YYYY-MM-DD';
const DIVISION = /^\d{6}(\d{3}){0,2}$/;

export class RecordRegistrationOfficeDto {
  @ApiProperty({ example: 'CY-01', description: 'The bureau’s code of the office or point, unique.' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,30}$/, { message: 'code must be 1-30 letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '朝阳区婚姻登记处' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: OFFICE_KINDS, example: 'PARK_POINT', description: 'OFFICE (婚姻登记处), POINT (登记点) or PARK_POINT (公园登记点).' })
  @IsIn(OFFICE_KINDS)
  kind: OfficeKind;

  @ApiProperty({ example: '110105', description: 'Division of the office: 6, 9 or 12 digits, within the caller’s.' })
  @IsString()
  @Matches(DIVISION, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode: string;

  @ApiProperty({ example: '朝阳公园南门内玫瑰园' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '2024-02-14', description: 'First day the office registers.' })
  @IsISO8601({ strict: true }, { message: `openedOn ${DATE_MESSAGE}` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `openedOn ${DATE_MESSAGE}` })
  openedOn: string;
}

export class CloseRegistrationOfficeDto {
  @ApiProperty({ example: '2025-01-01', description: 'First day the office no longer registers; after the opening day.' })
  @IsISO8601({ strict: true }, { message: `closedOn ${DATE_MESSAGE}` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `closedOn ${DATE_MESSAGE}` })
  closedOn: string;
}

export class RegistrationOfficeListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OFFICE_KINDS })
  @IsOptional()
  @IsIn(OFFICE_KINDS)
  kind?: OfficeKind;

  @ApiPropertyOptional({ example: '2024-05-20', description: 'Only the offices open on this day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: `openOn ${DATE_MESSAGE}` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `openOn ${DATE_MESSAGE}` })
  openOn?: string;
}

export class RegistrationOfficeDto {
  @ApiProperty({ example: '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ example: 'CY-01' })
  code: string;
  @ApiProperty({ example: '朝阳公园玫瑰园登记点' })
  name: string;
  @ApiProperty({ enum: OFFICE_KINDS, example: 'PARK_POINT' })
  kind: OfficeKind;
  @ApiProperty({ example: '公园登记点', description: 'The kind as people read it: 婚姻登记处, 登记点, 公园登记点.' })
  kindLabel: string;
  @ApiProperty({ example: '110105' })
  divisionCode: string;
  @ApiProperty({ example: '朝阳公园南门内玫瑰园' })
  address: string;
  @ApiProperty({ example: '2024-02-14' })
  openedOn: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'First day it no longer registers; null while open.' })
  closedOn: string | null;
}
