import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';

export class DomainScoresDto {
  @ApiProperty({ example: 28, description: '自理能力 self-care, 0-32' })
  @IsInt()
  @Min(0)
  @Max(32)
  selfCare!: number;

  @ApiProperty({ example: 12, description: '基础运动能力 basic motor, 0-16' })
  @IsInt()
  @Min(0)
  @Max(16)
  basicMotor!: number;

  @ApiProperty({ example: 20, description: '精神状态 mental state, 0-30' })
  @IsInt()
  @Min(0)
  @Max(30)
  mentalState!: number;

  @ApiProperty({ example: 10, description: '感知觉与社会参与 perception and social participation, 0-12' })
  @IsInt()
  @Min(0)
  @Max(12)
  perceptionSocial!: number;
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
}

export class RecordAssessmentDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '2024-08-20' })
  @IsDateString({ strict: true })
  assessedOn!: string;

  @ApiProperty({ type: DomainScoresDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DomainScoresDto)
  scores!: DomainScoresDto;

  @ApiProperty({ type: RaiseConditionsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RaiseConditionsDto)
  conditions!: RaiseConditionsDto;
}
