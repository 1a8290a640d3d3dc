// 登记地名: the service checks the division code's level for the kind, that it lies in the user's
// division and that the name is new there; a refusal is shown in Chinese on the form.
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { useCurrentUser } from '../session/session';
import { PLACE_NAME_CATEGORY_LABELS, PLACE_NAME_KIND_LABELS, PLACE_NAME_LABELS as L } from './place-names.zh-CN';
import { useRecordPlaceName, type RecordPlaceName } from './queries';

const f = L.form;
const FIELDS = ['kind', 'name', 'category', 'regionCode', 'origin'] as const;
const options = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function PlaceNameForm() {
  const [form] = Form.useForm<RecordPlaceName>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const record = useRecordPlaceName();
  const division = useCurrentUser().division;
  const submit = (values: RecordPlaceName) => {
    setUnplaced(null);
    setSaved(null);
    const body = { ...values, name: values.name.trim(), regionCode: values.regionCode.trim(), ...(values.origin?.trim() ? { origin: values.origin.trim() } : { origin: undefined }) };
    record.mutate(body, {
      onSuccess: (recorded) => {
        setSaved(recorded.name);
        form.resetFields();
      },
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error)),
    });
  };
  return (
    <Card title={f.title} size="small">
      {saved && <Alert type="success" showIcon role="status" title={f.saved(saved)} style={{ marginBottom: 12 }} />}
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="place-name" initialValues={{ kind: 'NAMING', category: 'ROAD', regionCode: division }} onFinish={submit} disabled={record.isPending}>
        <Form.Item name="kind" label={f.kind} rules={[{ required: true, message: t.validation.choose(f.kind) }]}>
          <Select options={options(PLACE_NAME_KIND_LABELS)} style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item name="name" label={f.name} rules={[rules.required(f.name), rules.maxLength(100)]}>
          <Input style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="category" label={f.category} rules={[{ required: true, message: t.validation.choose(f.category) }]}>
          <Select options={options(PLACE_NAME_CATEGORY_LABELS)} style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item name="regionCode" label={f.region} extra={f.regionHelp} rules={[rules.required(f.region), rules.division()]}>
          <Input inputMode="numeric" maxLength={12} style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item name="origin" label={f.origin} rules={[rules.maxLength(2000)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {f.submit}
        </Button>
      </Form>
    </Card>
  );
}
