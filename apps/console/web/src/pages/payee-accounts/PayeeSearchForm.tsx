import { Button, Form, Input, Radio } from 'antd';
import { rules } from '../../forms/rules';
import { PAYEE_KIND_LABELS, ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import type { Payee } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Values {
  kind: 'PERSON' | 'ORGANISATION';
  residentId?: string;
  organisationId?: string;
}

/** Whom to look up: a person by resident ID, an organisation by its id; checked before it is sent. */
export function PayeeSearchForm({ onSearch }: { onSearch: (payee: Payee) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'PERSON';
  const submit = (values: Values) =>
    onSearch(values.kind === 'PERSON' ? { residentId: (values.residentId ?? '').trim().toUpperCase() } : { organisationId: (values.organisationId ?? '').trim().toLowerCase() });
  return (
    <Form form={form} layout="inline" name="payee-search" initialValues={{ kind: 'PERSON' }} onFinish={submit}>
      <Form.Item name="kind" label={L.search.kind}>
        <Radio.Group options={Object.entries(PAYEE_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {kind === 'PERSON' ? (
        <Form.Item name="residentId" label={L.search.residentId} rules={[rules.required(L.search.residentId), rules.residentId()]}>
          <Input maxLength={18} autoComplete="off" style={{ width: 220 }} />
        </Form.Item>
      ) : (
        <Form.Item name="organisationId" label={L.search.organisationId} rules={[rules.required(L.search.organisationId), { pattern: UUID, message: L.search.organisationId }]}>
          <Input maxLength={36} autoComplete="off" style={{ width: 320 }} />
        </Form.Item>
      )}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {L.search.submit}
        </Button>
      </Form.Item>
    </Form>
  );
}
