import { Button, Form, Input, Radio, Select } from 'antd';
import { rules } from '../../forms/rules';
import { labelOf } from '../person/labels/label';
import { OVERPAYMENT_STATUS_LABELS, PROGRAM_LABELS } from '../person/labels/social-assistance.zh-CN';
import type { ListFilters } from './lists';
import { tw } from './worklists.zh-CN';

const f = tw.filters;

export type FilterField = 'program' | 'residentId' | 'asOf' | 'status' | 'source';

interface Props {
  fields: readonly FilterField[];
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

const programOptions = [
  { value: '', label: f.all },
  ...(['DIBAO', 'TEKUN'] as const).map((p) => ({ value: p, label: labelOf(PROGRAM_LABELS, p) })),
];
const statusOptions = [
  { value: '', label: f.defaultStatus },
  ...(['OPEN', 'WRITE_OFF_PROPOSED', 'RECOVERED', 'HEIRS_PAID', 'WRITTEN_OFF'] as const).map((s) => ({ value: s, label: labelOf(OVERPAYMENT_STATUS_LABELS, s) })),
];

/** Empty fields are no filter; a resident ID is checked (GB 11643) before anything is sent. */
function cleaned(values: Record<string, string | undefined>): ListFilters {
  const entries = Object.entries(values).flatMap(([key, value]) => (value && value.trim() !== '' ? [[key, key === 'residentId' ? value.trim().toUpperCase() : value.trim()]] : []));
  return Object.fromEntries(entries) as ListFilters;
}

/** The filters of one work list, inline above its table; 查询 applies them, 重置 clears them. */
export function Filters({ fields, filters, onChange }: Props) {
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const has = (field: FilterField) => fields.includes(field);
  const source: unknown = Form.useWatch('source', form) ?? filters.source ?? 'socialAssistance';
  return (
    <Form form={form} layout="inline" name="work-list-filters" initialValues={{ source: 'socialAssistance', program: '', status: '', ...filters }} onFinish={(values) => onChange(cleaned(values))} style={{ marginBottom: 16, rowGap: 8 }}>
      {has('source') && (
        <Form.Item name="source" label={f.source}>
          <Radio.Group
            optionType="button"
            options={[{ value: 'socialAssistance', label: f.socialAssistance }, { value: 'elderlyCare', label: f.elderlyCare }]}
            // The source is not a filter but which list: it applies at once.
            onChange={(e) => onChange(cleaned({ ...form.getFieldsValue(), source: String(e.target.value) }))}
          />
        </Form.Item>
      )}
      {has('program') && (
        <Form.Item name="program" label={f.program}>
          <Select options={programOptions} style={{ width: 120 }} />
        </Form.Item>
      )}
      {has('status') && source === 'socialAssistance' && (
        <Form.Item name="status" label={f.status}>
          <Select options={statusOptions} style={{ width: 200 }} />
        </Form.Item>
      )}
      {has('asOf') && (
        <Form.Item name="asOf" label={f.asOf}>
          <Input type="date" style={{ width: 170 }} />
        </Form.Item>
      )}
      {has('residentId') && (
        <Form.Item name="residentId" label={f.residentId} rules={[rules.residentId()]}>
          <Input autoComplete="off" allowClear maxLength={18} style={{ width: 220 }} />
        </Form.Item>
      )}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {f.apply}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue({ program: '', status: '', asOf: undefined, residentId: undefined });
            onChange(has('source') ? cleaned({ source: form.getFieldValue('source') as string | undefined }) : {});
          }}
        >
          {f.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
