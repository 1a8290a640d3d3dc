import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsDefined, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ITEM_MAX, type Domain } from '../rules/ability-level.rule';
import { ASSESSMENT_PURPOSES, type AssessmentPurpose } from '../rules/assessment-purpose.rule';

/**
 * One class per domain, its properties and ranges taken from the sheet (ITEM_MAX), so that an
 * out-of-range or missing item is a 400 naming `items.<domain>.<item>`.
 */
function domainDto(domain: Domain): new () => Record<string, number> {
  class DomainItemsDto {}
  Object.defineProperty(DomainItemsDto, 'name', { value: `${domain[0].toUpperCase()}${domain.slice(1)}ItemsDto` });
  for (const [item, max] of Object.entries(ITEM_MAX[domain] as Record<string, number>)) {
    for (const decorate of [ApiProperty({ type: 'integer', minimum: 0, maximum: max, example: max }), IsDefined(), IsInt(), Min(0), Max(max)]) decorate(DomainItemsDto.prototype, item);
  }
  return DomainItemsDto as new () => Record<string, number>;
}

const SelfCareItemsDto = domainDto('selfCare');
const BasicMobilityItemsDto = domainDto('basicMobility');
const MentalStateItemsDto = domainDto('mentalState');
const PerceptionSocialItemsDto = domainDto('perceptionSocial');

export class AssessmentItemsDto {
  @ApiProperty({ type: SelfCareItemsDto, description: '自理能力 self-care: 8 items 0-4 (32)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SelfCareItemsDto)
  selfCare!: Record<string, number>;

  @ApiProperty({ type: BasicMobilityItemsDto, description: '基础运动能力 basic mobility: 3 items 0-4, stairs 0-3 (15)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BasicMobilityItemsDto)
  basicMobility!: Record<string, number>;

  @ApiProperty({ type: MentalStateItemsDto, description: '精神状态 mental state: 6 items 0-4, aggression 0-1, depression 0-1, consciousness 0-2 (28)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MentalStateItemsDto)
  mentalState!: Record<string, number>;

  @ApiProperty({ type: PerceptionSocialItemsDto, description: '感知觉与社会参与: vision 0-2, hearing 0-2, daily affairs 0-4, transport 0-3, social contact 0-4 (15)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PerceptionSocialItemsDto)
  perceptionSocial!: Record<string, number>;
}

export class RaiseConditionsDto {
  @ApiProperty({ example: false })
  @IsBoolean()
  dementia!: boolean;

  @ApiProperty({ example: false, description: 'Another mental illness diagnosed by a specialist' })
  @IsBoolean()
  mentalIllness!: boolean;

  @ApiProperty({ example: 0, description: 'Falls, choking, self-harm, wandering in the last 30 days' })
  @IsInt()
  @Min(0)
  @Max(100)
  careRiskEvents!: number;

  @ApiPropertyOptional({ example: false, description: 'In a coma: rated level 4 directly' })
  @IsOptional()
  @IsBoolean()
  coma?: boolean;
}

export class RecordAssessmentDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '2024-08-20' })
  @IsDateString({ strict: true })
  assessedOn!: string;

  @ApiProperty({ enum: ASSESSMENT_PURPOSES, description: 'HOME_BED 家庭养老床位, HOME_SERVICE 居家服务, INSTITUTION 机构入住' })
  @IsIn(ASSESSMENT_PURPOSES)
  purpose!: AssessmentPurpose;

  @ApiProperty({ type: AssessmentItemsDto, description: 'The 26 item scores of GB/T 42195-2022; domain and total scores are computed' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentItemsDto)
  items!: AssessmentItemsDto;

  @ApiProperty({ type: RaiseConditionsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseConditionsDto)
  conditions!: RaiseConditionsDto;
}
