import { PageQuery } from '@app/common/http/page-query.dto';
import { warningTriggerSchema } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

export const WARNING_TRIGGERS = warningTriggerSchema.options;
export const FOLLOW_UP_OUTCOMES = ['TEMPORARY_RELIEF', 'ENROLLED', 'NO_ACTION'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export class WarningListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WARNING_TRIGGERS })
  @IsOptional()
  @IsIn(WARNING_TRIGGERS)
  trigger?: (typeof WARNING_TRIGGERS)[number];

  @ApiPropertyOptional({ enum: ['OPEN', 'FOLLOWED_UP'], example: 'OPEN', description: 'Default OPEN: the warnings still to follow up.' })
  @IsOptional()
  @IsIn(['OPEN', 'FOLLOWED_UP'])
  status?: 'OPEN' | 'FOLLOWED_UP';

  @ApiPropertyOptional({ example: '110105001', description: 'Households residing in this division (within the caller’s).' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode?: string;
}

export class FollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, example: 'TEMPORARY_RELIEF', description: 'TEMPORARY_RELIEF 临时救助, ENROLLED 纳入低保, NO_ACTION 无需救助 (reason required).' })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome: FollowUpOutcome;

  @ApiPropertyOptional({ example: '2d1c0b9a-8f7e-4d6c-9b5a-4e3d2c1b0a99', description: 'TEMPORARY_RELIEF: the temporary relief granted (optional).' })
  @IsOptional()
  @IsUUID()
  reliefId?: string;

  @ApiPropertyOptional({ example: '6f1c2b3a-0000-4000-8000-000000000001', description: 'ENROLLED: the household’s 低保 case (required).' })
  @ValidateIf((o: FollowUpDto) => o.outcome === 'ENROLLED' || o.dibaoCaseId !== undefined)
  @IsUUID()
  dibaoCaseId?: string;

  @ApiPropertyOptional({ example: '家属已就业，收入稳定', description: 'NO_ACTION: why nothing is needed (required); otherwise a note.' })
  @ValidateIf((o: FollowUpDto) => o.outcome === 'NO_ACTION' || o.note !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: 'note must not be blank' })
  note?: string;
}

export class EarlyWarningResponse {
  @ApiProperty({ example: '4c3b2a19-0f8e-4d7c-8b6a-5f4e3d2c1b0a' }) id: string;
  @ApiProperty({ example: '7e2a9c4b-5d6e-4f70-8a1b-2c3d4e5f6a7b' }) monitoredHouseholdId: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
  @ApiProperty({ example: '11010519491231002X', description: 'The member the event happened to.' }) residentId: string;
  @ApiProperty({ enum: WARNING_TRIGGERS, example: 'EARNER_DEATH' }) trigger: string;
  @ApiProperty({ example: '2024-08-10' }) occurredOn: string;
  @ApiProperty({ example: null, nullable: true, type: Number, description: 'MEDICAL_EXPENSE: the self-paid amount (fen).' }) amountFen: number | null;
  @ApiProperty({ example: '家庭劳动力死亡' }) summary: string;
  @ApiProperty({ example: '2024-08-20T02:00:00.000Z' }) raisedAt: string;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, nullable: true, example: null, type: String }) outcome: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) reliefId: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) dibaoCaseId: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) outcomeNote: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) followedUpOn: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) followedUpBy: string | null;
}
