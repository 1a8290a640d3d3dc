import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import type { DivorceState } from '../rules/cooling-off.rule';
import { DivorceDto } from './divorce.dto';

export const DIVORCE_STATES: readonly DivorceState[] = ['COOLING_OFF', 'AWAITING_CERTIFICATE', 'WITHDRAWN', 'DEEMED_WITHDRAWN', 'REGISTERED'];

/** `GET /api/v1/divorces?status=&page=&pageSize=`: the divorce applications of the caller's division. */
export class DivorceListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: DIVORCE_STATES,
    example: 'COOLING_OFF',
    description: 'The state as of today by the service clock (the `state` of a divorce, not its stored `status`). COOLING_OFF lists the cooling-off ending soonest first, AWAITING_CERTIFICATE the deadline soonest first.',
  })
  @IsOptional()
  @IsIn(DIVORCE_STATES)
  status?: DivorceState;

  @ApiPropertyOptional({
    example: '2024-04',
    description: "Only applications with a day of their calendar in the month: the cooling-off's last day, the day the certificate window opens or its deadline (the console's 离婚日历).",
  })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}

/** A divorce application as the work list shows it: with its office and its certificate window. */
export class DivorceWorkItem extends DivorceDto {
  @ApiProperty({ example: '110105', description: 'Division of the registration office that received the application.' })
  divisionCode: string;
  @ApiProperty({ example: '2024-04-01', description: 'First day on which both parties may come for the certificate (the day after cooling-off); certificateDeadline is the last.' })
  certificateWindowOpensOn: string;
}
