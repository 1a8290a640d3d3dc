import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ASSESSMENT_METHODS, RETURNEE_NEEDS, RETURNEE_SITUATIONS, type AssessmentMethod, type ReturneeNeed, type ReturneeSituation } from '../rules/return-assessment.rule';

const DATE = { strict: true, strictSeparator: true } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class RecordReturnAssessmentDto {
  @ApiProperty({ example: '2024-08-05', description: 'The day assessed: not before the return, not after today.' })
  @IsISO8601(DATE)
  @Matches(DAY, { message: 'assessedOn must be a date YYYY-MM-DD' })
  assessedOn: string;

  @ApiProperty({ enum: ASSESSMENT_METHODS, example: 'HOME_VISIT', description: 'HOME_VISIT 入户走访, PHONE 电话回访, VILLAGE_COMMITTEE 村（居）委会协助了解' })
  @IsIn(ASSESSMENT_METHODS)
  method: AssessmentMethod;

  @ApiProperty({ enum: RETURNEE_SITUATIONS, example: 'AT_RISK', description: 'SETTLED 稳定, AT_RISK 有返流风险, LEFT_AGAIN 再次外出流浪, UNREACHABLE 无法联系' })
  @IsIn(RETURNEE_SITUATIONS)
  situation: ReturneeSituation;

  @ApiProperty({ enum: RETURNEE_NEEDS, isArray: true, example: ['DIBAO', 'MEDICAL'], description: 'DIBAO 申请低保, TEMPORARY_RELIEF 临时救助, MEDICAL 医疗救助, EMPLOYMENT 就业帮扶, SCHOOLING 就学帮扶; DIBAO and TEMPORARY_RELIEF are recorded as referrals.' })
  @IsArray()
  @ArrayMaxSize(RETURNEE_NEEDS.length)
  @ArrayUnique()
  @IsIn(RETURNEE_NEEDS, { each: true })
  needs: ReturneeNeed[];

  @ApiPropertyOptional({ example: '2024-09-05', description: 'The next assessment: required for AT_RISK and UNREACHABLE, refused for SETTLED, after assessedOn.' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(DAY, { message: 'followUpOn must be a date YYYY-MM-DD' })
  followUpOn?: string;

  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'A 临时救助 grant already made for the returnee (needs must include TEMPORARY_RELIEF).' })
  @IsOptional()
  @IsUUID()
  temporaryReliefId?: string;

  @ApiPropertyOptional({ example: '与兄长同住，暂无稳定收入' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class CloseReturnFollowUpDto {
  @ApiProperty({ example: '已迁往外省，当地救助站接续跟进' })
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason: string;
}

export class ReturnFollowUpListQuery extends PageQuery {
  @ApiPropertyOptional({ example: true, description: 'Only those past their due day (true) or not yet (false).' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class ReturnAssessmentResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 1, description: '1: the first assessment after the return; 2 and up: follow-ups.' }) sequence: number;
  @ApiProperty({ example: '2024-08-05' }) assessedOn: string;
  @ApiProperty({ enum: ASSESSMENT_METHODS }) method: string;
  @ApiProperty({ enum: RETURNEE_SITUATIONS }) situation: string;
  @ApiProperty({ enum: RETURNEE_NEEDS, isArray: true }) needs: string[];
  @ApiProperty({ enum: RETURNEE_NEEDS, isArray: true, description: 'Referred on to 低保 / 临时救助.' }) referrals: string[];
  @ApiProperty({ nullable: true, type: String }) temporaryReliefId: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2024-09-05' }) followUpOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() assessedBy: string;
}

export class ReturnFollowUpClosureResponse {
  @ApiProperty({ example: '2024-09-20' }) closedOn: string;
  @ApiProperty() reason: string;
  @ApiProperty() closedBy: string;
}

/** A return home and where its 回归稳固 stands. */
export class ReturnFollowUpResponse {
  @ApiProperty() vagrantCaseId: string;
  @ApiProperty({ example: '无*', description: 'Masked.' }) name: string;
  @ApiProperty({ nullable: true, type: String, description: 'Masked.' }) residentId: string | null;
  @ApiProperty({ example: '110105', nullable: true, type: String, description: 'The rescue station’s division: the case records no destination division.' }) regionCode: string | null;
  @ApiProperty({ example: '2024-07-25' }) returnedOn: string;
  @ApiProperty({ enum: ['ASSESSMENT_DUE', 'FOLLOW_UP_DUE', 'ENDED', 'CLOSED'] }) status: string;
  @ApiProperty({ nullable: true, type: String, example: '2024-08-24', description: 'When the owed assessment is due; null when none is owed.' }) dueOn: string | null;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ type: [ReturnAssessmentResponse] }) assessments: ReturnAssessmentResponse[];
  @ApiProperty({ type: ReturnFollowUpClosureResponse, nullable: true }) closure: ReturnFollowUpClosureResponse | null;
}
