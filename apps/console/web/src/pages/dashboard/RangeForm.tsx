import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { td } from './dashboard.zh-CN';
import { isRange, type DashboardRange } from './range';

interface Values {
  division: string;
  from: string;
  to: string;
}

interface Props {
  range: DashboardRange;
  ownDivision: string;
  onChange: (range: DashboardRange) => void;
}

/**
 * The division (the user's own or one below it; the services refuse any other) and the months.
 * Applied with the button, so a half-typed code sends nothing.
 */
export function RangeForm({ range, ownDivision, onChange }: Props) {
  const f = td.filters;
  const [form] = Form.useForm<Values>();
  const initial = { division: range.division ?? ownDivision, from: range.from, to: range.to };
  useEffect(() => form.setFieldsValue({ division: range.division ?? ownDivision, from: range.from, to: range.to }), [form, range.division, range.from, range.to, ownDivision]);
  const submit = (v: Values) => {
    const division = v.division.trim();
    onChange({ from: v.from, to: v.to, ...(division !== ownDivision && { division }) });
  };
  return (
    <Form form={form} name="dashboard-range" layout="inline" initialValues={initial} onFinish={submit} style={{ rowGap: 8 }}>
      <Form.Item name="division" label={f.division} rules={[{ required: true, pattern: /^(\d{6}|\d{9}|\d{12})$/, message: f.divisionInvalid }]}>
        <Input inputMode="numeric" maxLength={12} placeholder={f.divisionPlaceholder} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="from" label={f.from} rules={[{ required: true, message: f.monthInvalid }]}>
        <Input type="month" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="to"
        label={f.to}
        dependencies={['from']}
        rules={[
          { required: true, message: f.monthInvalid },
          ({ getFieldValue }) => ({ validator: (_r, to: string) => (!to || isRange(getFieldValue('from'), to) ? Promise.resolve() : Promise.reject(new Error(f.rangeInvalid))) }),
        ]}
      >
        <Input type="month" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {f.apply}
        </Button>
      </Form.Item>
    </Form>
  );
}
