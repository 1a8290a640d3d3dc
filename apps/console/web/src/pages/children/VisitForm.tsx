import { Alert, Button, Card, DatePicker, Form, Input, Select, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { todayInShanghai } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../person/labels/label';
import { RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import { tc } from './children.zh-CN';
import { RISK_TIERS } from './ledger-state';
import { useRecordVisit } from './queries';
import type { RecordedVisit, RiskTier } from './types';
import { visitRequest, type VisitValues as Values } from './visit-request';

const v = tc.visit;
const isAfterToday = (value: Dayjs): boolean => value.format('YYYY-MM-DD') > todayInShanghai();
const notInFuture: FormRule = {
  validator: async (_rule, value: Dayjs | undefined) => {
    if (value && isAfterToday(value)) throw new Error(v.futureDate);
  },
};
const FIELDS = ['visitedOn', 'notes', 'riskTier', 'riskReason'] as const;

/** 记录走访: the day, what was found, and optionally a new tier with its reason (the service re-rates). */
export function VisitForm({ childId, currentTier }: { childId: string; currentTier: RiskTier }) {
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<RecordedVisit | null>(null);
  const record = useRecordVisit(childId);
  const picked = Form.useWatch('riskTier', form);
  const rerating = picked !== undefined && picked !== '' && picked !== currentTier;
  const tierOptions = [{ value: '', label: v.keepTier(labelOf(RISK_TIER_LABELS, currentTier)) }, ...RISK_TIERS.filter((tier) => tier !== currentTier).map((tier) => ({ value: tier, label: labelOf(RISK_TIER_LABELS, tier) }))];
  const submit = (values: Values) => {
    setUnplaced(null);
    setSaved(null);
    record.mutate(visitRequest(values, currentTier), {
      onSuccess: (visit) => {
        setSaved(visit);
        form.resetFields();
      },
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error)),
    });
  };
  return (
    <Card title={v.title} size="small">
      {saved && <Alert type="success" showIcon role="status" title={v.saved(labelOf(RISK_TIER_LABELS, saved.riskTier), saved.nextVisitDue)} style={{ marginBottom: 12 }} />}
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="visit" initialValues={{ visitedOn: dayjs(todayInShanghai()), riskTier: '' }} onFinish={submit} disabled={record.isPending}>
        <Form.Item
          name="visitedOn"
          label={v.visitedOn}
          rules={[
            { required: true, message: t.validation.choose(v.visitedOn) },
            notInFuture,
          ]}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={isAfterToday} allowClear={false} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="notes" label={v.notes} rules={[rules.required(v.notes), rules.maxLength(4000)]}>
          <Input.TextArea rows={3} placeholder={v.notesPlaceholder} />
        </Form.Item>
        <Form.Item name="riskTier" label={v.rerate}>
          <Select options={tierOptions} style={{ maxWidth: 260 }} />
        </Form.Item>
        {rerating && (
          <Form.Item name="riskReason" label={v.riskReason} rules={[rules.required(v.riskReason), rules.maxLength(1000)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {v.submit}
        </Button>
      </Form>
    </Card>
  );
}
