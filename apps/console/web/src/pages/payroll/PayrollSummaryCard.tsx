import { Descriptions, Tag } from 'antd';
import { yuan } from '../../format';
import { labelOf } from '../person/labels/label';
import { PAYROLL_STATUS_LABELS, tpr } from './payroll.zh-CN';
import type { PayrollSummary } from './queries';

const STATUS_COLOURS: Readonly<Record<string, string>> = { RUN: 'orange', APPROVED: 'green' };
const tally = (t: { lines: number; totalFen: number }) => tpr.tally(t.lines, yuan(t.totalFen));

/** A month's payroll at a glance: who made and approved it, its totals, and what the bank said so far. */
export function PayrollSummaryCard({ summary, kindLabels }: { summary: PayrollSummary; kindLabels: Readonly<Record<string, string>> }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="payroll-summary"
      items={[
        { key: 'status', label: tpr.status, children: <Tag color={STATUS_COLOURS[summary.status]}>{labelOf(PAYROLL_STATUS_LABELS, summary.status)}</Tag> },
        { key: 'runBy', label: tpr.runBy, children: summary.runBy.join('、') || '—' },
        { key: 'approvedBy', label: tpr.approvedBy, children: summary.approvedBy ? `${summary.approvedBy}（${summary.approvedOn ?? ''}）` : '—' },
        { key: 'lines', label: tpr.lines, children: summary.lines },
        { key: 'total', label: tpr.total, children: yuan(summary.totalFen) },
        { key: 'byKind', label: tpr.byKind, children: summary.byKind.map((k) => `${labelOf(kindLabels, k.kind)} ${tally(k)}`).join('；') || '—' },
        { key: 'arrears', label: tpr.arrears, children: tally(summary.arrears) },
        { key: 'reissues', label: tpr.reissues, children: tally(summary.reissues) },
        { key: 'paid', label: tpr.paid, children: tally(summary.paid) },
        { key: 'failed', label: tpr.failed, children: summary.failed.lines > 0 ? <Tag color="red">{tally(summary.failed)}</Tag> : tally(summary.failed) },
      ]}
    />
  );
}
