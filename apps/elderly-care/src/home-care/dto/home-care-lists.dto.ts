// The division's orders and settlements, paged (GET /api/v1/home-care/orders, /settlements).
import { PageQuery } from '@app/common/http/page-query.dto';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ORDER_STATUSES, type OrderStatus } from '../rules/order-lifecycle.rule';

export class OrderListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ example: '2024-07', description: 'Orders ordered in this month or served in it.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}

const NULLABLE = { nullable: true, type: String, example: null } as const;

export class OrderListItem {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ ...NULLABLE, description: 'Opaque id of the elder’s page; null when the elder is not in the registry.' }) elderId: string | null;
  @ApiProperty({ example: '110***********002X' }) residentId: string;
  @ApiProperty({ ...NULLABLE, example: '王*英' }) name: string | null;
  @ApiProperty({ example: '110105001' }) divisionCode: string;
  @ApiProperty({ example: 'MEAL-01' }) itemCode: string;
  @ApiProperty({ example: '助餐 送餐上门' }) itemName: string;
  @ApiProperty({ example: 3000 }) priceFen: number;
  @ApiProperty({ example: 2000 }) subsidyFen: number;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty(NULLABLE) providerId: string | null;
  @ApiProperty(NULLABLE) providerName: string | null;
  @ApiProperty({ example: '2024-07-02' }) orderedOn: string;
  @ApiProperty(NULLABLE) checkedInAt: string | null;
  @ApiProperty(NULLABLE) checkedOutAt: string | null;
  @ApiProperty(NULLABLE) serviceMonth: string | null;
  @ApiProperty(NULLABLE) confirmedAt: string | null;
  @ApiProperty(NULLABLE) settlementId: string | null;
  @ApiProperty(NULLABLE) cancelReason: string | null;
}

export class SettlementListQuery extends PageQuery {
  @ApiProperty({ example: '2024-07' })
  @IsYearMonth()
  month!: string;
}

export class SettlementListItem {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ example: '朝阳区康乐居家养老服务中心' }) providerName: string;
  @ApiProperty({ example: '2024-07' }) month: string;
  @ApiProperty({ example: 3 }) orders: number;
  @ApiProperty({ example: 9000 }) priceFen: number;
  @ApiProperty({ example: 6000 }) subsidyFen: number;
  @ApiProperty({ example: 3000 }) copayFen: number;
  @ApiProperty({ enum: ['DRAFT', 'APPROVED'] }) status: 'DRAFT' | 'APPROVED';
  @ApiProperty({ example: 'operator-1' }) createdBy: string;
  @ApiProperty(NULLABLE) approvedBy: string | null;
}

export class ProviderListItem {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'HC-110105-001' }) code: string;
  @ApiProperty({ example: '朝阳区康乐居家养老服务中心' }) providerName: string;
  @ApiProperty({ example: '110105' }) divisionCode: string;
}
