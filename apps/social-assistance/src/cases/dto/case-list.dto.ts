import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '../rules/case-lifecycle.rule';
import { WORK_STAGES, type WorkStage } from '../rules/work-stage.rule';
import { CaseResponse } from './case.dto';

export const PROGRAMS = ['DIBAO', 'TEKUN'] as const;

/** `GET /api/v1/cases`: the filters of the caseworkers' case list, and its page. */
export class CaseListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROGRAMS, example: 'DIBAO' })
  @IsOptional()
  @IsIn(PROGRAMS)
  program?: (typeof PROGRAMS)[number];

  @ApiPropertyOptional({ enum: CASE_STATUSES, example: 'IN_PUBLIC_NOTICE' })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({
    enum: WORK_STAGES,
    example: 'AWAITING_APPROVAL',
    description:
      'AWAITING_INVESTIGATION: 低保 APPLIED. IN_PUBLIC_NOTICE: 低保 whose notice runs through today or later. AWAITING_APPROVAL: 低保 whose notice ended before today (or had no days), and 特困 APPLIED. With a stage, the longest waiting come first.',
  })
  @IsOptional()
  @IsIn(WORK_STAGES)
  stage?: WorkStage;

  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'Cases of this household: its 低保 (whole household or 单人户) and its members’ 特困, whatever their status.' })
  @IsOptional()
  @IsUUID()
  householdId?: string;
}

/** The body of `POST /cases/search`: the list's filters and a person, whose ID never travels in a URL. */
export class CaseSearchDto extends CaseListQuery {
  @ApiPropertyOptional({ example: '11010519491231002X', description: 'Cases covering this person: their household’s 低保 and the 特困 or 单人户 cases in their name.' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;
}

export class CasePerson {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张三明' }) name: string;
  @ApiProperty({ example: 'APPLICANT' }) relation: string;
}

/** A case as the work lists show it: the case, where the household lives and who it concerns. */
export class CaseWorkItem extends CaseResponse {
  @ApiProperty({ example: '110105001', description: 'Division of the household’s residence.' }) regionCode: string;
  @ApiProperty({ enum: ['URBAN', 'RURAL'], example: 'URBAN' }) area: string;
  @ApiProperty({ enum: WORK_STAGES, nullable: true, example: 'AWAITING_APPROVAL', description: 'Where an undecided application waits today (service clock); null once decided.' }) stage: WorkStage | null;
  @ApiProperty({ type: CasePerson, nullable: true, description: 'The person covered by a 特困 or 单人户 case, else the household’s applicant.' }) applicant: CasePerson | null;
  @ApiProperty({ type: [CasePerson], description: 'The household’s current members (not those who left).' }) members: CasePerson[];
  @ApiProperty({ example: 0, description: '低保 public notice: objections not yet resolved.' }) unresolvedObjections: number;
}
