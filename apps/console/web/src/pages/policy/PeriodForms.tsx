import { Alert, Button, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { isProblemError, type Problem } from '../../api/problem';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { parsedValue } from './policy-value';
import { POLICY_LABELS as L, type PolicyServiceName } from './policy.zh-CN';
import { useAddPeriod, useEndOpenPeriod, type PolicyValue } from './queries';

const day = (value: Dayjs | null | undefined): string | undefined => value?.format('YYYY-MM-DD');

/**
 * The open-ended period gets its last day, so that a new figure can start the day after. Shown
 * while the key has such a period; the outcome stays in view after it has ended.
 */
export function EndPeriodForm({ service, policyKey, hasOpenPeriod }: { service: PolicyServiceName; policyKey: string; hasOpenPeriod: boolean }) {
  const end = useEndOpenPeriod(service);
  return (
    <div data-testid="policy-end-form">
      <Typography.Title level={5}>{L.end.title}</Typography.Title>
      <ProblemAlert problem={problemOf(end.error)} />
      {end.isSuccess && <Alert type="success" showIcon title={L.end.done} style={{ marginBottom: 16 }} />}
      {hasOpenPeriod ? (
        <Form layout="inline" onFinish={(values: { lastDay: Dayjs }) => end.mutate({ key: policyKey, lastDay: day(values.lastDay) ?? '' })}>
          <Form.Item name="lastDay" label={L.end.lastDay} rules={[{ required: true, message: t.validation.choose(L.end.lastDay) }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Button htmlType="submit" loading={end.isPending}>
            {L.end.submit}
          </Button>
        </Form>
      ) : (
        <Typography.Text type="secondary">{L.end.noOpenPeriod}</Typography.Text>
      )}
    </div>
  );
}

interface AddValues {
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  value: string;
  note?: string;
}

/** A new period: the service checks the value against the key's schema and refuses an overlap. */
export function AddPeriodForm({ service, policyKey }: { service: PolicyServiceName; policyKey: string }) {
  const [form] = Form.useForm<AddValues>();
  const add = useAddPeriod(service);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const submit = (values: AddValues) => {
    setUnplaced(null);
    const parsed = parsedValue(values.value);
    if (!parsed) return form.setFields([{ name: 'value', errors: [L.add.notJson] }]);
    add.mutate(
      { key: policyKey, value: parsed.value as PolicyValue, effectiveFrom: day(values.effectiveFrom) ?? '', effectiveTo: day(values.effectiveTo) ?? null, ...(values.note && { note: values.note }) },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, ['effectiveFrom', 'effectiveTo', 'value', 'note']) : problemOf(error)),
      },
    );
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="policy-add-form">
      <Typography.Title level={5}>{L.add.title}</Typography.Title>
      <Form.Item name="effectiveFrom" label={L.add.effectiveFrom} rules={[{ required: true, message: t.validation.choose(L.add.effectiveFrom) }]}>
        <DatePicker format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="effectiveTo" label={L.add.effectiveTo}>
        <DatePicker format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="value" label={L.add.value} rules={[rules.required(L.add.value)]}>
        <Input.TextArea rows={4} spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="note" label={L.add.note}>
        <Input maxLength={500} />
      </Form.Item>
      <ProblemAlert problem={unplaced} />
      {add.isSuccess && <Alert type="success" showIcon title={L.add.done} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {L.add.submit}
      </Button>
    </Form>
  );
}
