import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useAdmitElder, useContractHomeCareBed, useInstitutionChoices } from './institution-queries';

const p = L.placement;

function InstitutionSelect(props: { value?: string; onChange?: (v: string) => void }) {
  const choices = useInstitutionChoices();
  return <Select {...props} showSearch={{ optionFilterProp: 'label' }} loading={choices.isPending} style={{ minWidth: 220 }} options={(choices.data?.items ?? []).map((c) => ({ value: c.id, label: c.institutionName }))} />;
}

const required = { required: true, message: t.validation.choose(p.institution) };

/** 入住机构 (a given or the first free bed) and 签约家庭养老床位 for the elder of the page. */
export function ElderPlacement({ elderId }: { elderId: string }) {
  const { message } = App.useApp();
  const admit = useAdmitElder(elderId);
  const contract = useContractHomeCareBed(elderId);
  const onAdmit = (v: { institutionId: string; bedCode?: string; admittedOn: Dayjs }) =>
    admit.mutate({ institutionId: v.institutionId, admittedOn: v.admittedOn.format('YYYY-MM-DD'), ...(v.bedCode?.trim() && { bedCode: v.bedCode.trim() }) }, { onSuccess: () => void message.success(p.admitted) });
  const onContract = (v: { institutionId: string; visitsPerMonth: number; contractedOn: Dayjs }) =>
    contract.mutate({ institutionId: v.institutionId, visitsPerMonth: v.visitsPerMonth, contractedOn: v.contractedOn.format('YYYY-MM-DD') }, { onSuccess: () => void message.success(p.contracted) });
  return (
    <Card title={p.title} size="small" data-testid="elder-placement">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{p.admit}</Typography.Text>
        <Form layout="inline" name="admit" onFinish={onAdmit} style={{ rowGap: 8 }}>
          <Form.Item name="institutionId" label={p.institution} rules={[required]}>
            <InstitutionSelect />
          </Form.Item>
          <Form.Item name="bedCode" label={p.bedCode}>
            <Input maxLength={30} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="admittedOn" label={p.admittedOn} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Button htmlType="submit" loading={admit.isPending}>
            {p.admit}
          </Button>
        </Form>
        <ProblemAlert problem={problemOf(admit.error)} />
        <Typography.Text strong>{p.contract}</Typography.Text>
        <Form layout="inline" name="home-care-bed" onFinish={onContract} initialValues={{ visitsPerMonth: 4 }} style={{ rowGap: 8 }}>
          <Form.Item name="institutionId" label={p.institution} rules={[required]}>
            <InstitutionSelect />
          </Form.Item>
          <Form.Item name="visitsPerMonth" label={p.visitsPerMonth} rules={[{ required: true }]}>
            <InputNumber min={1} max={62} precision={0} />
          </Form.Item>
          <Form.Item name="contractedOn" label={p.contractedOn} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Button htmlType="submit" loading={contract.isPending}>
            {p.contract}
          </Button>
        </Form>
        <ProblemAlert problem={problemOf(contract.error)} />
      </Space>
    </Card>
  );
}
