import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

const NOT_BLANK = /\S/;
import type { AssistanceCase } from '../../cases/assistance-case.entity';
import type { PublicNoticeObjection } from '../public-notice-objection.entity';

export class StartPublicNoticeDto {
  @ApiProperty({ example: '入户调查：家庭成员2人，人均月收入 300 元，核对无车辆、房产', description: 'Outcome of the investigation (household visit, 核对 of income and assets).' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  investigation: string;
}

export class ObjectionDto {
  @ApiProperty({ example: '邻居反映申请人之子在外地务工，月收入约 6000 元', description: 'What the objection says.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  objection: string;
}

export class ObjectionResolutionDto {
  @ApiProperty({ example: '复核：其子已另立户籍，收入不计入本户', description: 'How the objection was resolved.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  resolution: string;
}

export class ObjectionResponse {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000009' }) id: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ example: 'clerk-1', description: 'Who recorded it (from the token).' }) raisedBy: string;
  @ApiProperty({ example: '2024-06-20' }) raisedOn: string;
  @ApiProperty() objection: string;
  @ApiProperty({ example: null, nullable: true, type: String }) resolvedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) resolvedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) resolution: string | null;
}

export function toObjectionResponse(o: PublicNoticeObjection): ObjectionResponse {
  const { id, caseId, raisedBy, raisedOn, objection, resolvedBy, resolvedOn, resolution } = o;
  return { id, caseId, raisedBy, raisedOn, objection, resolvedBy, resolvedOn, resolution };
}

/** The 低保 case's investigation and public notice, as shown with the case. */
export function publicNoticeFields(c: AssistanceCase): Pick<AssistanceCase, 'investigation' | 'investigatedBy' | 'noticeStartedOn' | 'noticeEndsOn'> {
  return { investigation: c.investigation, investigatedBy: c.investigatedBy, noticeStartedOn: c.noticeStartedOn, noticeEndsOn: c.noticeEndsOn };
}
