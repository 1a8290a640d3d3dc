import { Tag } from 'antd';
import { ELDERS_LABELS as L } from './elders.zh-CN';

const COLORS: Record<string, string> = { ORDERED: 'default', ASSIGNED: 'blue', CHECKED_IN: 'processing', CHECKED_OUT: 'orange', CONFIRMED: 'green', SETTLED: 'purple', CANCELLED: 'default' };

export function OrderStatusTag({ status }: { status: string }) {
  return <Tag color={COLORS[status]}>{L.orderStatuses[status] ?? status}</Tag>;
}
