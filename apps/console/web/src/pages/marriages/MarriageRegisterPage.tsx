import { Button, Card, Checkbox, Form, Input, Radio, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { MarriageChecklist } from './MarriageChecklist';
import { MARRIAGE_LABELS as L } from './marriages.zh-CN';
import { useMarriageChecks, useRegisterMarriage, useRegistrationOffices, type Marriage, type RegisterMarriage } from './queries';

interface Values {
  kind: RegisterMarriage['kind'];
  first: string;
  second: string;
  declaredKinship: RegisterMarriage['declaredKinship'];
  bothPartiesPresent: boolean;
  officeId: string;
}

const ids = (v: Values): string[] => [v.first.trim().toUpperCase(), v.second.trim().toUpperCase()];

function Registered({ marriage, onNext }: { marriage: Marriage; onNext: () => void }) {
  return (
    <Result
      status="success"
      title={L.register.done}
      subTitle={L.register.doneDetail(marriage.registeredOn, marriage.id)}
      extra={<Button onClick={onNext}>{L.register.another}</Button>}
      data-testid="marriage-registered"
    />
  );
}

/** The couple as they stand at the counter: kind, both IDs, kinship, presence, the office. */
function MarriageFields({ offices }: { offices: ReturnType<typeof useRegistrationOffices> }) {
  return (
    <>
      <Form.Item name="kind" label={L.register.kind}>
        <Radio.Group options={Object.entries(L.kinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="first" label={L.register.first} rules={[rules.required(L.register.first), rules.residentId()]}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="second" label={L.register.second} rules={[rules.required(L.register.second), rules.residentId()]}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="declaredKinship" label={L.register.kinship}>
        <Select options={Object.entries(L.kinships).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="bothPartiesPresent" valuePropName="checked">
        <Checkbox>{L.register.present}</Checkbox>
      </Form.Item>
      <Form.Item name="officeId" label={L.register.office} rules={[{ required: true, message: t.validation.choose(L.register.office) }]}>
        <Select
          placeholder={L.register.officePlaceholder}
          loading={offices.isFetching}
          options={offices.data?.items.map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
    </>
  );
}

/** 结婚登记: the conditions checked by the service first, then the registration once all hold. */
export function MarriageRegisterPage() {
  const [form] = Form.useForm<Values>();
  const offices = useRegistrationOffices();
  const checks = useMarriageChecks();
  const register = useRegisterMarriage();
  const [stale, setStale] = useState(false);
  if (register.data) {
    return (
      <Card title={L.register.title}>
        <Registered
          marriage={register.data}
          onNext={() => {
            register.reset();
            checks.reset();
            form.resetFields();
          }}
        />
      </Card>
    );
  }
  const runChecks = (v: Values) => {
    setStale(false);
    checks.mutate({ partyResidentIds: ids(v), declaredKinship: v.declaredKinship, bothPartiesPresent: v.bothPartiesPresent });
  };
  const submit = () => {
    const v = form.getFieldsValue();
    register.mutate({ kind: v.kind, partyResidentIds: ids(v), declaredKinship: v.declaredKinship, bothPartiesPresent: v.bothPartiesPresent, officeId: v.officeId });
  };
  const canRegister = checks.data?.eligible === true && !stale;
  return (
    <Card title={L.register.title}>
      <Typography.Paragraph type="secondary">{L.register.intro}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ kind: 'REGISTRATION', declaredKinship: 'NONE', bothPartiesPresent: false }}
        onValuesChange={() => checks.data && setStale(true)}
        onFinish={runChecks}
      >
        <MarriageFields offices={offices} />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ProblemAlert problem={problemOf(offices.error ?? checks.error ?? register.error)} />
          {checks.data && <MarriageChecklist result={checks.data} stale={stale} />}
          <Space>
            <Button htmlType="submit" loading={checks.isPending}>
              {L.register.check}
            </Button>
            <Button type="primary" disabled={!canRegister} loading={register.isPending} onClick={submit}>
              {L.register.submit}
            </Button>
          </Space>
        </Space>
      </Form>
    </Card>
  );
}
