import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsDefined, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../../http/page-query.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Any JSON value (a number of fen, a list of tiers, an object): its shape is the catalogue's business. */
export function policyValueProperty(options: { description: string; example: unknown }): ApiPropertyOptions {
  // A cast: the options' union has no member for a bare oneOf, which OpenAPI allows.
  return { ...options, oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object', additionalProperties: true }] } as ApiPropertyOptions;
}

export class AddPolicyParameterDto {
  @ApiProperty({ example: 'dibao.standard.urban', description: "A key of this service's policy catalogue (else 400 POLICY.UNKNOWN_KEY)" })
  @IsString()
  @Length(1, 120)
  key: string;

  @ApiProperty(policyValueProperty({ example: 73500, description: "JSON of the shape the catalogue gives the key (else 400 POLICY.INVALID_VALUE); amounts in fen" }))
  @IsDefined()
  value: unknown;

  @ApiProperty({ example: '2024-07-01' })
  @Matches(DATE, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'Last day in force (inclusive); omitted = open-ended' })
  @IsOptional()
  @Matches(DATE, { message: 'effectiveTo must be a date YYYY-MM-DD' })
  effectiveTo?: string | null;

  @ApiPropertyOptional({ example: 'City notice 2024-07: urban standard 735 yuan/month' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;
}

export class EndOpenPeriodDto {
  @ApiProperty({ example: 'dibao.standard.urban' })
  @IsString()
  @Length(1, 120)
  key: string;

  @ApiProperty({ example: '2024-06-30', description: 'Last day the open-ended value stays in force' })
  @Matches(DATE, { message: 'lastDay must be a date YYYY-MM-DD' })
  lastDay: string;
}

export class PolicyKeyQuery {
  @ApiProperty({ example: 'dibao.standard.urban' })
  @IsString()
  @Length(1, 120)
  key: string;
}

/** A key's periods, a page at a time. */
export class PolicyPeriodsQuery extends PageQuery {
  @ApiProperty({ example: 'dibao.standard.urban' })
  @IsString()
  @Length(1, 120)
  key: string;
}

export class PolicyInForceQuery extends PolicyKeyQuery {
  @ApiProperty({ example: '2024-07-15' })
  @Matches(DATE, { message: 'date must be a date YYYY-MM-DD' })
  date: string;
}

/** The policy screen's list: the catalogue's keys a page at a time, as in force on `date`. */
export class PolicyKeysQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-07-15', description: "The day the periods are shown as of; omitted = today (Asia/Shanghai)" })
  @IsOptional()
  @Matches(DATE, { message: 'date must be a date YYYY-MM-DD' })
  date?: string;
}
