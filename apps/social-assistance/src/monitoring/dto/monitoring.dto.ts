import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { MONITORING_CATEGORIES, type MonitoringCategoryName } from '../rules/borderline.rule';

export class RegisterMonitoringDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'A household recorded in the service (POST /api/v1/households).' })
  @IsUUID()
  householdId: string;

  @ApiProperty({ enum: MONITORING_CATEGORIES, example: 'BORDERLINE', description: 'BORDERLINE 低保边缘 (figures checked) or LOW_INCOME 其他低收入 (caseworker’s judgement).' })
  @IsIn(MONITORING_CATEGORIES)
  category: MonitoringCategoryName;

  @ApiPropertyOptional({ example: '家庭成员患慢性病，医疗支出较大' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** Ends a household's monitoring by hand; enrollment and deaths end it by themselves. */
export const MANUAL_END_REASONS = ['INCOME_RECOVERED', 'MOVED_AWAY', 'OTHER'] as const;

export class EndMonitoringDto {
  @ApiProperty({ enum: MANUAL_END_REASONS, example: 'INCOME_RECOVERED' })
  @IsIn(MANUAL_END_REASONS)
  reason: (typeof MANUAL_END_REASONS)[number];

  @ApiProperty({ example: '家庭成员稳定就业，收入超过边缘线' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: 'note must not be blank' })
  note: string;
}

export class MonitoringListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MONITORING_CATEGORIES })
  @IsOptional()
  @IsIn(MONITORING_CATEGORIES)
  category?: MonitoringCategoryName;

  @ApiPropertyOptional({ example: '110105001', description: 'Households residing in this division (within the caller’s).' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode?: string;
}

export class MonitoredPersonResponse {
  @ApiProperty({ example: '3d0f6a8e-1c2b-4e5f-9a7b-6c5d4e3f2a10', description: 'The person’s spell (monitoringId of the events).' }) monitoringId: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张三明', nullable: true, type: String }) name: string | null;
  @ApiProperty({ example: '2024-08' }) fromMonth: string;
  @ApiProperty({ example: null, nullable: true, type: String }) stopFromMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) endReason: string | null;
}

export class MonitoredHouseholdResponse {
  @ApiProperty({ example: '7e2a9c4b-5d6e-4f70-8a1b-2c3d4e5f6a7b' }) id: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
  @ApiProperty({ enum: MONITORING_CATEGORIES, example: 'BORDERLINE' }) category: string;
  @ApiProperty({ example: '2024-08' }) fromMonth: string;
  @ApiProperty({ example: null, nullable: true, type: String }) stopFromMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) endReason: string | null;
  @ApiProperty({ example: 90000, description: 'Per-capita monthly income when registered (fen).' }) perCapitaIncomeFen: number;
  @ApiProperty({ example: 73500, description: '低保 standard per person per month when registered (fen).' }) standardFen: number;
  @ApiProperty({ example: 1, description: 'Risk: early warnings not yet followed up.' }) openWarnings: number;
  @ApiProperty({ type: [MonitoredPersonResponse] }) members: MonitoredPersonResponse[];
}
