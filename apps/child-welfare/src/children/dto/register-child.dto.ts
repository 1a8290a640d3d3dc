import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import type { RiskTier } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { RECORDED_SITUATIONS, type RecordedSituation } from '../../categories/rules/special-difficulty.rule';
import { RISK_TIERS } from '../../risk/rules/visit-schedule.rule';
import { CARE_FORMS, type CareForm } from '../child.entity';
import { GuardianDto } from './guardian.dto';

export class RegisterChildDto {
  @ApiProperty({ example: '110105201503100027' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '王小花' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '110105001001', description: '12-digit village code; the township is its first 9 digits' })
  @Matches(/^\d{12}$/, { message: 'villageCode must be a 12-digit village code' })
  villageCode!: string;

  @ApiProperty({ example: '王奶奶', description: 'Who looks after the child day to day' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  carerName!: string;

  @ApiProperty({ example: 'GRANDMOTHER' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  carerRelation!: string;

  @ApiProperty({ type: [GuardianDto] })
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => GuardianDto)
  guardians!: GuardianDto[];

  @ApiPropertyOptional({ example: ['SEVERELY_DISABLED'], enum: RECORDED_SITUATIONS, isArray: true, description: "The child's own and the household's situation, read by the city's 特殊困难儿童 criteria; none when omitted" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RECORDED_SITUATIONS.length)
  @ArrayUnique()
  @IsIn(RECORDED_SITUATIONS, { each: true })
  situations?: RecordedSituation[];

  @ApiPropertyOptional({ example: 'ORANGE', enum: RISK_TIERS, description: 'Initial tier; GREEN when omitted' })
  @IsOptional()
  @IsIn(RISK_TIERS)
  riskTier?: RiskTier;

  @ApiPropertyOptional({ example: 'DISPERSED', enum: CARE_FORMS, description: '分散养育 DISPERSED (default) or 集中养育 CENTRAL: the allowance standard' })
  @IsOptional()
  @IsIn(CARE_FORMS)
  careForm?: CareForm;

  @ApiPropertyOptional({ example: 'grandmother is 78 and in poor health' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  riskReason?: string;
}

export class UpdateGuardiansDto {
  @ApiProperty({ type: [GuardianDto], description: 'The full list of parents and guardians with their current situation' })
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => GuardianDto)
  guardians!: GuardianDto[];
}

export class UpdateSituationsDto {
  @ApiProperty({ example: ['DISABLED', 'DIBAO_HOUSEHOLD'], enum: RECORDED_SITUATIONS, isArray: true, description: "The full list of the child's and the household's situations (empty: none)" })
  @IsArray()
  @ArrayMaxSize(RECORDED_SITUATIONS.length)
  @ArrayUnique()
  @IsIn(RECORDED_SITUATIONS, { each: true })
  situations!: RecordedSituation[];
}
