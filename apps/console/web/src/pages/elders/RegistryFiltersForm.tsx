import { Button, Form, Input, Select } from 'antd';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import type { RegistryFilters } from './queries';
import { AGE_BANDS } from './registry-state';

const f = L.filters;
const bandOptions = [{ value: '', label: L.common.all }, ...AGE_BANDS.map((band) => ({ value: band, label: L.ageBands[band] }))];

/** 乡镇（街道）, 村（社区）, 年龄段, 姓名; 查询 applies them, 重置 clears them. Wraps on a phone. */
export function RegistryFiltersForm({ filters, onChange }: { filters: RegistryFilters; onChange: (filters: RegistryFilters) => void }) {
  const [form] = Form.useForm<RegistryFilters>();
  return (
    <Form form={form} layout="inline" name="registry-filters" initialValues={{ ageBand: '', ...filters }} onFinish={onChange} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="township" label={f.township} rules={[{ pattern: /^\d{9}$/, message: f.townshipInvalid }]}>
        <Input inputMode="numeric" allowClear maxLength={9} placeholder={f.townshipPlaceholder} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="village" label={f.village} rules={[{ pattern: /^\d{12}$/, message: f.villageInvalid }]}>
        <Input inputMode="numeric" allowClear maxLength={12} placeholder={f.villagePlaceholder} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="ageBand" label={f.ageBand}>
        <Select options={bandOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="name" label={f.name}>
        <Input allowClear maxLength={50} placeholder={f.namePlaceholder} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {f.apply}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue({ township: undefined, village: undefined, ageBand: undefined, name: undefined });
            onChange({});
          }}
        >
          {f.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
