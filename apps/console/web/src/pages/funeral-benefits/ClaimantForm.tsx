import { App, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { FUNERAL_LABELS as L, RELATION_LABELS } from './funeral-benefits.zh-CN';
import { useRecordClaimant, type Claimant } from './queries';

const FIELDS = ['residentId', 'name', 'relation'] as const;

/** 登记领取人: the next of kin handling the funeral; whoever records them may not approve the payment. */
export function ClaimantForm({ benefitId, correcting }: { benefitId: string; correcting: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Claimant>();
  const record = useRecordClaimant(benefitId);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const submit = (values: Claimant) =>
    record.mutate(
      { ...values, residentId: values.residentId.trim().toUpperCase(), name: values.name.trim() },
      {
        onSuccess: () => {
          setUnplaced(null);
          form.resetFields();
          void message.success(L.claim.done);
        },
        onError: (error) => {
          const problem = problemOf(error);
          setUnplaced(problem && showProblemOnForm(form, problem, FIELDS));
        },
      },
    );
  return (
    <Card size="small" type="inner" title={correcting ? L.claim.change : L.claim.title}>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="claimant" onFinish={submit} disabled={record.isPending} style={{ maxWidth: 480 }}>
        <Form.Item name="residentId" label={L.claim.residentId} rules={[rules.required(L.claim.residentId), rules.residentId()]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={L.claim.name} rules={[rules.required(L.claim.name), rules.maxLength(50)]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="relation" label={L.claim.relation} rules={[{ required: true, message: t.validation.choose(L.claim.relation) }]}>
          <Select options={Object.entries(RELATION_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {L.claim.submit}
        </Button>
      </Form>
    </Card>
  );
}
