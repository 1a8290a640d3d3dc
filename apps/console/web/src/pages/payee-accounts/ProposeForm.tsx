import { App, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { useBanks } from '../payments/queries';
import { useCurrentUser } from '../session/session';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import { usePropose, type Payee } from './queries';

const P = L.propose;
const FIELDS = ['divisionCode', 'bankCode', 'accountNumber', 'holderName', 'evidenceNote', 'evidenceReference', 'organisationName'] as const;

interface Values {
  divisionCode: string;
  bankCode: string;
  accountNumber: string;
  holderName: string;
  evidenceNote: string;
  evidenceReference?: string;
  organisationName?: string;
}

/** 变更账户 for the payee looked up: a proposal with its evidence, in force once another person confirms it. */
export function ProposeForm({ payee }: { payee: Payee }) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const banks = useBanks();
  const propose = usePropose();
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const isPerson = 'residentId' in payee;
  const submit = (values: Values) => {
    const body = { ...values, ...payee, payeeKind: isPerson ? ('PERSON' as const) : ('ORGANISATION' as const), evidenceReference: values.evidenceReference?.trim() || undefined };
    propose.mutate(body, {
      onSuccess: () => {
        setUnplaced(null);
        form.resetFields();
        void message.success(P.done);
      },
      onError: (error) => {
        const problem = problemOf(error);
        setUnplaced(problem && showProblemOnForm(form, problem, FIELDS));
      },
    });
  };
  return (
    <Card size="small" type="inner" title={P.title}>
      <ProblemAlert problem={unplaced ?? problemOf(banks.error)} />
      <Form form={form} layout="vertical" name="propose-account" initialValues={{ divisionCode: user.division }} onFinish={submit} disabled={propose.isPending} style={{ maxWidth: 560 }}>
        {!isPerson && (
          <Form.Item name="organisationName" label={P.organisationName} rules={[rules.required(P.organisationName)]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="divisionCode" label={P.division} rules={[rules.required(P.division), rules.division()]}>
          <Input maxLength={12} />
        </Form.Item>
        <Form.Item name="bankCode" label={P.bank} rules={[{ required: true, message: t.validation.choose(P.bank) }]}>
          <Select loading={banks.isPending} options={(banks.data ?? []).map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))} />
        </Form.Item>
        <Form.Item name="accountNumber" label={P.accountNumber} rules={[rules.required(P.accountNumber), rules.maxLength(40)]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="holderName" label={P.holderName} rules={[rules.required(P.holderName), rules.maxLength(100)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="evidenceNote" label={P.evidenceNote} rules={[rules.required(P.evidenceNote), rules.maxLength(500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="evidenceReference" label={P.evidenceReference} rules={[rules.maxLength(100)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={propose.isPending}>
          {P.submit}
        </Button>
      </Form>
    </Card>
  );
}
