import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { OUTREACH_KINDS, OUTREACH_OUTCOMES, type OutreachKind, type OutreachOutcome } from '../rules/outreach.rule';

const DIVISION = /^\d{6}(\d{3}){0,2}$/;
// An instant says its offset: a time alone would be read in the server's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class LogOutreachDto {
  @ApiProperty({ enum: OUTREACH_KINDS, example: 'STREET_PATROL', description: 'HOTLINE_CALL 求助热线, STREET_PATROL 街面巡查' })
  @IsIn(OUTREACH_KINDS)
  kind: OutreachKind;

  @ApiProperty({ example: '110105', description: 'Division of the rescue station, within the caller’s.' })
  @Matches(DIVISION, { message: 'regionCode must be a division code of 6, 9 or 12 digits' })
  regionCode: string;

  @ApiProperty({ example: '2024-07-14T22:30:00+08:00', description: 'When the call came in or the person was met, with its offset; not after now.' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(INSTANT, { message: 'occurredAt must be a date and time with its offset, e.g. 2024-07-14T22:30:00+08:00' })
  occurredAt: string;

  @ApiProperty({ example: '朝阳区东三环北路天桥下' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  location: string;

  @ApiPropertyOptional({ example: '张某', description: 'A call: who called (leave out for an anonymous call).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  callerName?: string;

  @ApiPropertyOptional({ example: '13800001234' })
  @IsOptional()
  @Matches(/^\+?\d{5,19}$/, { message: 'callerPhone must be a phone number' })
  callerPhone?: string;

  @ApiPropertyOptional({ example: ['王某', '李某'], description: 'A patrol: the team members (required for a patrol, none for a call).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  patrolMembers?: string[];

  @ApiProperty({ example: '男性，约60岁，衣着单薄' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  personDescription: string;

  @ApiProperty({ enum: OUTREACH_OUTCOMES, example: 'DECLINED_HELP', description: 'ADMITTED needs vagrantCaseId, the case opened at intake.' })
  @IsIn(OUTREACH_OUTCOMES)
  outcome: OutreachOutcome;

  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  @IsOptional()
  @IsUUID()
  vagrantCaseId?: string;

  @ApiPropertyOptional({ example: '已告知救助站地址和热线' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class OutreachListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTREACH_KINDS })
  @IsOptional()
  @IsIn(OUTREACH_KINDS)
  kind?: OutreachKind;

  @ApiPropertyOptional({ example: '2024-07-01', description: 'From this day (Asia/Shanghai), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  from?: string;

  @ApiPropertyOptional({ example: '2024-07-31', description: 'To this day (Asia/Shanghai), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  to?: string;
}

export class OutreachResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OUTREACH_KINDS }) kind: string;
  @ApiProperty({ example: '110105' }) regionCode: string;
  @ApiProperty({ example: '2024-07-14T14:30:00.000Z', format: 'date-time' }) occurredAt: Date;
  @ApiProperty({ example: '朝阳区东三环北路天桥下' }) location: string;
  @ApiProperty({ example: '张*', nullable: true, type: String, description: 'Masked.' }) callerName: string | null;
  @ApiProperty({ example: '138****1234', nullable: true, type: String, description: 'Masked.' }) callerPhone: string | null;
  @ApiProperty({ example: ['王某', '李某'] }) patrolMembers: string[];
  @ApiProperty({ example: '男性，约60岁，衣着单薄' }) personDescription: string;
  @ApiProperty({ enum: OUTREACH_OUTCOMES }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) vagrantCaseId: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() recordedBy: string;
}
