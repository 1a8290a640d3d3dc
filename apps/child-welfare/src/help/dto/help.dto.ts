import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { HELP_NEED_KINDS, type HelpNeedKind } from '../help-need.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Rounds are campaigns of the year: a monthly round is the most a bureau plans. */
const MAX_VISIT_ROUND = 12;

export class RaiseHelpNeedDto {
  @ApiProperty({ enum: HELP_NEED_KINDS })
  @IsIn(HELP_NEED_KINDS)
  kind!: HelpNeedKind;

  @ApiProperty({ example: 'needs school supplies and a winter coat' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;

  @ApiProperty({ example: '2024-07-15' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'raisedOn must be YYYY-MM-DD' })
  raisedOn!: string;
}

export class CloseHelpNeedDto {
  @ApiProperty({ example: '2024-08-01' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'closedOn must be YYYY-MM-DD' })
  closedOn!: string;

  @ApiProperty({ example: 'supplies delivered by the township' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  resolution!: string;
}

export class PairCadreDto {
  @ApiProperty({ example: 'cadre-0042', description: "The cadre's staff id" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  cadreId!: string;

  @ApiProperty({ example: '张明' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  cadreName!: string;

  @ApiProperty({ example: '13812341234' })
  @Matches(/^1\d{10}$/, { message: 'cadrePhone must be an 11-digit mobile number' })
  cadrePhone!: string;

  @ApiProperty({ example: '2024-07-15' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'startedOn must be YYYY-MM-DD' })
  startedOn!: string;
}

export class EndPairingDto {
  @ApiProperty({ example: '2024-12-31' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'endedOn must be YYYY-MM-DD' })
  endedOn!: string;
}

export class CadreVisitDto {
  @ApiProperty({ example: '2024-07-20' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'visitedOn must be YYYY-MM-DD' })
  visitedOn!: string;

  @ApiProperty({ example: 'helped with homework; talked to the grandmother' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  notes!: string;

  @ApiPropertyOptional({ example: 2, minimum: 1, maximum: MAX_VISIT_ROUND, description: "走访轮次: the round of the year's planned visits (a campaign in which every paired cadre visits their child) this visit belongs to, from 1; omitted for a visit outside a round" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VISIT_ROUND)
  round?: number;
}
