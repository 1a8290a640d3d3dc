import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { CANTEEN_LABELS as L } from './canteen.zh-CN';
import { useCanteenChoices, useRegisterDiner, type Diner, type DinerRegistration } from './queries';

interface DinerFormValues {
  residentId: string;
  name: string;
  cardNumber: string;
  canteenId: string;
  localRegistration: 'yes' | 'no' | 'unknown';
}

const FIELDS = ['residentId', 'name', 'cardNumber', 'canteenId', 'localRegistration'] as const;
const LOCAL = L.diners.localRegistrationOptions;

/** The service's body: local registration left out when it has not been checked (full price until confirmed). */
function registrationOf(values: DinerFormValues): DinerRegistration {
  return {
    residentId: values.residentId.trim().toUpperCase(),
    name: values.name.trim(),
    cardNumber: values.cardNumber.trim(),
    canteenId: values.canteenId,
    ...(values.localRegistration !== 'unknown' && { localRegistration: values.localRegistration === 'yes' }),
  };
}

function Registered({ diner }: { diner: Diner }) {
  return (
    <Alert
      type="success"
      showIcon
      data-testid="diner-registered"
      title={L.diners.registered}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: L.diners.name, children: diner.name },
            { key: 'residentId', label: L.diners.residentId, children: diner.residentId },
            { key: 'cardNumber', label: L.diners.cardNumber, children: diner.cardNumber },
            { key: 'local', label: L.diners.localRegistration, children: diner.localRegistration === null ? LOCAL.unknown : diner.localRegistration ? LOCAL.yes : LOCAL.no },
          ]}
        />
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** 登记助餐对象 (POST /api/v1/diners), checked before it is sent; the service's refusals in place. */
export function DinerRegisterForm() {
  const [form] = Form.useForm<DinerFormValues>();
  const canteens = useCanteenChoices();
  const register = useRegisterDiner();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const submit = (values: DinerFormValues) => {
    setUnplaced(null);
    register.mutate(registrationOf(values), {
      onSuccess: () => form.resetFields(),
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error)),
    });
  };
  return (
    <Card title={L.diners.register} size="small">
      <Typography.Paragraph type="secondary">{L.diners.registerIntro}</Typography.Paragraph>
      {register.data && <Registered diner={register.data} />}
      <ProblemAlert problem={unplaced ?? problemOf(canteens.error)} />
      <Form<DinerFormValues> form={form} layout="vertical" onFinish={submit} disabled={register.isPending} initialValues={{ localRegistration: 'unknown' }} style={{ maxWidth: 560 }}>
        <Form.Item name="residentId" label={L.diners.residentId} rules={[rules.required(L.diners.residentId), rules.residentId()]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={L.diners.name} rules={[rules.required(L.diners.name), rules.maxLength(100)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="cardNumber" label={L.diners.cardNumber} extra={L.diners.cardNumberHelp} rules={[rules.required(L.diners.cardNumber), { pattern: /^[A-Za-z0-9-]{1,40}$/, message: L.diners.cardNumberHelp }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="canteenId" label={L.diners.canteen} rules={[{ required: true, message: t.validation.choose(L.diners.canteen) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={canteens.isPending} options={(canteens.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="localRegistration" label={L.diners.localRegistration}>
          <Radio.Group options={[{ value: 'yes', label: LOCAL.yes }, { value: 'no', label: LOCAL.no }, { value: 'unknown', label: LOCAL.unknown }]} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {L.diners.submit}
        </Button>
      </Form>
    </Card>
  );
}
