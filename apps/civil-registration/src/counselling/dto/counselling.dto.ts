import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MEDIATION_OUTCOMES, type MediationOutcome } from '../rules/mediation-eligibility.rule';

const OFFICE_EXAMPLE = '3f0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10';

export class RecordCounsellingDto {
  @ApiProperty({ type: [String], example: ['110105199001010033', '110105199203040046'], description: 'The couple: two different people.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsResidentId({ each: true })
  partyResidentIds: string[];

  @ApiProperty({ example: OFFICE_EXAMPLE, description: 'The office or point where the session is held today, open today.' })
  @IsUUID()
  officeId: string;

  @ApiProperty({ example: '婚姻家庭辅导室 李老师' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  counsellor: string;
}

export class RecordMediationDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03', description: 'The divorce application, open (cooling off or awaiting the certificate) today.' })
  @IsUUID()
  divorceId: string;

  @ApiProperty({ example: OFFICE_EXAMPLE, description: 'The office or point where the session is held today, open today.' })
  @IsUUID()
  officeId: string;

  @ApiProperty({ example: '婚姻家庭辅导室 李老师' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  counsellor: string;

  @ApiProperty({ enum: MEDIATION_OUTCOMES, example: 'RECONCILED', description: 'RECONCILED (和好), PROCEEDING (继续离婚) or UNDECIDED (暂未决定). A reconciled couple still withdraws the application themselves.' })
  @IsIn(MEDIATION_OUTCOMES)
  outcome: MediationOutcome;
}

export class MediationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03' })
  @IsOptional()
  @IsUUID()
  divorceId?: string;
}

export class CounsellingSessionDto {
  @ApiProperty({ example: '6a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ type: [String], example: ['110***********0033', '110***********0046'], description: 'The couple, masked, in ID order.' })
  partyResidentIds: string[];
  @ApiProperty({ example: '2024-05-18' })
  heldOn: string;
  @ApiProperty({ example: OFFICE_EXAMPLE })
  officeId: string;
  @ApiProperty({ example: '婚姻家庭辅导室 李老师' })
  counsellor: string;
  @ApiProperty({ example: '110105' })
  divisionCode: string;
}

export class MediationSessionDto {
  @ApiProperty({ example: '6b0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03' })
  divorceId: string;
  @ApiProperty({ example: '2024-03-25' })
  heldOn: string;
  @ApiProperty({ example: OFFICE_EXAMPLE })
  officeId: string;
  @ApiProperty({ example: '婚姻家庭辅导室 李老师' })
  counsellor: string;
  @ApiProperty({ enum: MEDIATION_OUTCOMES, example: 'RECONCILED' })
  outcome: MediationOutcome;
  @ApiProperty({ example: '和好' })
  outcomeLabel: string;
  @ApiProperty({ example: '110105' })
  divisionCode: string;
}
