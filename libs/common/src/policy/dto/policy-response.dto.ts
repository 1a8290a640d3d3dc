// OpenAPI shapes of what the policy API answers, so the console's generated client is typed.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { policyValueProperty } from './policy-parameter.dto';

export class PolicyRowResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'social-assistance.dibao.standard' })
  key!: string;

  @ApiProperty(policyValueProperty({ description: 'The stored JSON value, of the shape the catalogue gives the key; amounts in fen', example: 73500 }))
  value!: unknown;

  @ApiProperty({ example: '2024-07-01', description: 'First day in force' })
  effectiveFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'Last day in force (inclusive); null = open-ended' })
  effectiveTo!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '市民政局 2024 年 7 月通知' })
  note!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class PolicyKeySummaryResponse {
  @ApiProperty({ example: 'social-assistance.dibao.standard' })
  key!: string;

  @ApiProperty({ description: 'The service works without a value in force' })
  optional!: boolean;

  @ApiProperty({ type: 'integer', description: 'Periods stored for the key' })
  periods!: number;

  @ApiPropertyOptional({ type: () => PolicyRowResponse, nullable: true, description: 'The period in force on the date; null when none is' })
  inForce!: PolicyRowResponse | null;

  @ApiPropertyOptional({ type: () => PolicyRowResponse, nullable: true, description: 'The next period starting after the date' })
  upcoming!: PolicyRowResponse | null;

  @ApiProperty({ description: 'More than one period covers the date: computations on it fail until corrected' })
  overlapping!: boolean;
}

export class PolicyInForceResponse {
  @ApiProperty({ example: 'social-assistance.dibao.standard' })
  key!: string;

  @ApiProperty({ example: '2024-07-01', description: 'The date asked about' })
  date!: string;

  @ApiProperty(policyValueProperty({ description: 'The value in force that day, of the shape the catalogue gives the key; amounts in fen', example: 73500 }))
  value!: unknown;
}
