import { Button, Form, Input, Select } from 'antd';
import { labelOf } from '../person/labels/label';
import { CHILD_CATEGORY_LABELS, RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import { tc } from './children.zh-CN';
import { CHILD_CATEGORIES, RISK_TIERS, type LedgerFilters } from './ledger-state';

const f = tc.filters;
type Values = { village?: string; township?: string; tier?: string; category?: string };

const tierOptions = [{ value: '', label: f.all }, ...RISK_TIERS.map((tier) => ({ value: tier, label: labelOf(RISK_TIER_LABELS, tier) }))];
const categoryOptions = [{ value: '', label: f.all }, ...CHILD_CATEGORIES.map((c) => ({ value: c, label: labelOf(CHILD_CATEGORY_LABELS, c) }))];

/** Empty fields are no filter. */
function cleaned(values: Values): LedgerFilters {
  const entries = Object.entries(values).flatMap(([key, value]) => (typeof value === 'string' && value.trim() !== '' ? [[key, value.trim()]] : []));
  return Object.fromEntries(entries) as LedgerFilters;
}

/** 村（社区）, 乡镇（街道）, 风险等级, 儿童类别; 查询 applies them, 重置 clears them. Wraps on a phone. */
export function LedgerFiltersForm({ filters, onChange }: { filters: LedgerFilters; onChange: (filters: LedgerFilters) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <Form
      form={form}
      layout="inline"
      name="ledger-filters"
      initialValues={{ tier: '', category: '', ...filters }}
      onFinish={(values) => onChange(cleaned(values))}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="village" label={f.village} rules={[{ pattern: /^\d{12}$/, message: f.villageInvalid }]}>
        <Input inputMode="numeric" allowClear maxLength={12} placeholder={f.villagePlaceholder} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="township" label={f.township} rules={[{ pattern: /^\d{9}$/, message: f.townshipInvalid }]}>
        <Input inputMode="numeric" allowClear maxLength={9} placeholder={f.townshipPlaceholder} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="tier" label={f.tier}>
        <Select options={tierOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="category" label={f.category}>
        <Select options={categoryOptions} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {f.apply}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue({ village: undefined, township: undefined, tier: '', category: '' });
            onChange({});
          }}
        >
          {f.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
