import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class OpenSettlementDto {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' })
  @IsUUID()
  canteenId!: string;

  @ApiProperty({ example: '2024-07', description: 'A month that has ended' })
  @IsYearMonth()
  month!: string;
}

export class DisputeLineDto {
  @ApiProperty({ example: '刷卡记录与签到表不符', description: 'Why the meal is questioned' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ResolveLineDto {
  @ApiProperty({ example: 'REJECT', enum: ['ACCEPT', 'REJECT'], description: 'ACCEPT pays the meal, REJECT drops it from the claim' })
  @IsIn(['ACCEPT', 'REJECT'])
  outcome!: 'ACCEPT' | 'REJECT';
}

/** `?month=&page=&pageSize=` of the month's settlements. */
export class MonthSettlementsQuery extends PageQuery {
  @ApiProperty({ example: '2024-07' })
  @IsYearMonth()
  month!: string;
}
