import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ADMIN, AUDITOR } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { AuditService, type AuditRecord } from './audit.service';

export class AuditQuery {
  @ApiPropertyOptional({ example: 'death' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  entityId?: string;

  @ApiPropertyOptional({ example: 'alice' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({ example: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/** Read-only: the audit log has no write endpoint; entries come only with the changes they record. */
@ApiTags('audit log')
@ApiBearerAuth()
@Controller('api/v1/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(AUDITOR, ADMIN)
  list(@Query() query: AuditQuery): Promise<AuditRecord[]> {
    return this.audit.find(query);
  }
}
