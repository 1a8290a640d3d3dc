import { Tag } from 'antd';
import { labelOf } from '../person/labels/label';
import { OUTCOME_LABELS } from '../payments/payments.zh-CN';

/** The bank's outcome of a payment line: 已入账 green, 失败 red, or the text for none yet. */
export function PaymentTag({ status, none }: { status: string | null | undefined; none: string }) {
  if (!status) return <Tag>{none}</Tag>;
  return <Tag color={status === 'PAID' ? 'green' : 'red'}>{labelOf(OUTCOME_LABELS, status)}</Tag>;
}
