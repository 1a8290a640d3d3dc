import { Descriptions, Spin } from 'antd';
import type { CaseResponse } from '../../components/assistance/case-status';
import { labelOf } from '../../components/assistance/case-status';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { todayInShanghai, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { usePolicyInForce } from './queries';
import { judgedMonth, tekunAmount, TEKUN_POLICY_KEYS } from './tekun-amount';

const tt = t.tekun;

/** 供养金额测算: basic living standard of the care form + care standard of the level, for the month judged. */
export function TekunAmountFacts({ value }: { value: CaseResponse }) {
  const month = judgedMonth(value, todayInShanghai());
  const day = `${month}-01`;
  const basic = usePolicyInForce(TEKUN_POLICY_KEYS.basic[value.careForm ?? 'DISPERSED'], value.careForm ? day : null);
  const care = usePolicyInForce(TEKUN_POLICY_KEYS.care, day);
  const problem = problemOf(basic.error ?? care.error);
  if (problem) return <ProblemAlert problem={problem} />;
  if (basic.isPending || care.isPending) return <Spin />;
  const amount = tekunAmount(basic.data, care.data, value.careLevel);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="assessment"
      style={{ marginBottom: 16 }}
      items={[
        { key: 'month', label: t.dibao.assessmentMonth, children: yearMonth(month) },
        { key: 'basic', label: `${tt.basic}（${labelOf(tt.careForms, value.careForm)}）`, children: amount ? yuan(amount.basicFen) : '—' },
        { key: 'care', label: `${tt.care}（${labelOf(tt.careLevels, value.careLevel)}）`, children: amount ? yuan(amount.careFen) : '—' },
        { key: 'monthly', label: tt.monthly, children: <strong data-testid="benefit">{amount ? yuan(amount.monthlyFen) : '—'}</strong> },
      ]}
    />
  );
}
