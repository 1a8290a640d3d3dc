import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CERTIFICATE_LEVELS, type CertificateLevel } from '../rules/care-worker.rule';

export class RegisterCareWorkerDto {
  @ApiProperty({ example: '王桂兰' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '11010519750312002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ enum: CERTIFICATE_LEVELS, description: '养老护理员 国家职业技能等级: JUNIOR 初级工（五级） … SENIOR_TECHNICIAN 高级技师（一级）' })
  @IsIn(CERTIFICATE_LEVELS)
  certificateLevel!: CertificateLevel;

  @ApiProperty({ example: 'S000011000001234', description: 'Number of the vocational skill level certificate' })
  @Matches(/^[A-Za-z0-9-]{6,40}$/)
  certificateNumber!: string;

  @ApiProperty({ example: '2021-03-01' })
  @IsDateString({ strict: true })
  workingFrom!: string;

  @ApiPropertyOptional({ example: '2023-12-31', description: 'Last day at the institution, when already known' })
  @IsOptional()
  @IsDateString({ strict: true })
  workingTo?: string;
}

export class CareWorkerLeavesDto {
  @ApiProperty({ example: '2024-06-30', description: 'Last day at the institution' })
  @IsDateString({ strict: true })
  workingTo!: string;
}

export class CareWorkerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) institutionId!: string;
  @ApiProperty({ example: '王*兰', description: 'Masked on the way out' }) name!: string;
  @ApiProperty({ example: '110105********002X', description: 'Masked on the way out' }) residentId!: string;
  @ApiProperty({ enum: CERTIFICATE_LEVELS }) certificateLevel!: CertificateLevel;
  @ApiProperty({ example: '高级工（三级）' }) certificateLevelLabel!: string;
  @ApiProperty({ example: 'S000011000001234' }) certificateNumber!: string;
  @ApiProperty({ example: '2021-03-01' }) workingFrom!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) workingTo!: string | null;
  @ApiProperty({ example: true, description: 'Works at the institution today' }) working!: boolean;
}
