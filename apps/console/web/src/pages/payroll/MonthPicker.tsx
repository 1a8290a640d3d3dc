import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { isMonth } from './month-param';
import { tpr } from './payroll.zh-CN';

interface Props {
  month: string;
  label: string;
  submit: string;
  onChange: (month: string) => void;
}

/** A month (YYYY-MM) for the screen; applied with the button, so a half-typed month sends nothing. */
export function MonthPicker({ month, label, submit, onChange }: Props) {
  const [form] = Form.useForm<{ month: string }>();
  useEffect(() => form.setFieldsValue({ month }), [form, month]);
  return (
    <Form form={form} layout="inline" initialValues={{ month }} onFinish={(values) => isMonth(values.month) && onChange(values.month)}>
      <Form.Item name="month" label={label} rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: tpr.monthRequired }]}>
        <Input type="month" style={{ width: 170 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit">{submit}</Button>
      </Form.Item>
    </Form>
  );
}
