import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { ADMIN, AUDITOR } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { PageQuery, type Page } from '../http/page-query.dto';
import { ApiPageResponse } from '../http/page-response';
import { AuditService, type AuditRecord } from './audit.service';

export class AuditQuery extends PageQuery {
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
}

/** One entry of the audit log as answered. */
export class AuditRecordResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ example: 'alice', description: 'The token subject, or `system:<job>` for the service itself' }) actor!: string;
  @ApiProperty({ type: [String], example: ['recorder'] }) actorRoles!: string[];
  @ApiProperty({ type: String, nullable: true, example: '110105', description: 'The actor’s division code' }) actorDivision!: string | null;
  @ApiProperty({ example: 'register' }) action!: string;
  @ApiProperty({ example: 'death' }) entityType!: string;
  @ApiProperty({ example: '7d6f7c1e-3c1b-4c59-9d54-2f1f0c5b8a11' }) entityId!: string;
  @ApiProperty({ nullable: true, description: 'The record before the change (JSON), null for a creation' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'The record after the change (JSON)' }) after!: unknown;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) correlationId!: string | null;
}

/** Read-only: the audit log has no write endpoint; entries come only with the changes they record. */
@ApiTags('audit log')
@ApiBearerAuth()
@Controller('api/v1/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(AUDITOR, ADMIN)
  @ApiPageResponse(AuditRecordResponse, 'The entries matching the filters, the latest first')
  list(@Query() query: AuditQuery): Promise<Page<AuditRecord>> {
    return this.audit.find(query);
  }
}
