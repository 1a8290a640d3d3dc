import { Button, DatePicker, Form, Input, Radio, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { checkResidentId } from '../../../../../../libs/common/src/resident-id/resident-id';
import { todayInShanghai } from '../../format';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { DEATHS_LABELS as L } from './deaths.zh-CN';
import { ETHNICITIES } from './ethnicities';
import type { DeathReport } from './queries';

export interface DeathFormValues {
  residentId: string;
  name: string;
  ethnicity: string;
  dateOfDeath: Dayjs;
  placeOfDeath: string;
  disposal: DeathReport['disposal'];
  source: DeathReport['source'];
}

/** The fields a problem's field errors can be put on. */
export const DEATH_FORM_FIELDS = ['residentId', 'name', 'ethnicity', 'dateOfDeath', 'placeOfDeath', 'disposal', 'source'] as const;

export function reportOf(values: DeathFormValues): DeathReport {
  return {
    residentId: values.residentId.trim().toUpperCase(),
    name: values.name.trim(),
    ethnicity: values.ethnicity,
    dateOfDeath: values.dateOfDeath.format('YYYY-MM-DD'),
    placeOfDeath: values.placeOfDeath.trim(),
    disposal: values.disposal,
    source: values.source,
  };
}

const isAfterToday = (day: Dayjs): boolean => day.format('YYYY-MM-DD') > todayInShanghai();

/** Not in the future, not before the birth date in the resident ID (when the ID is valid). */
function dateOfDeathRule(form: FormInstance<DeathFormValues>) {
  return {
    validator: async (_rule: unknown, value: Dayjs | undefined) => {
      if (!value) return;
      if (isAfterToday(value)) throw new Error(L.form.dateInFuture);
      const id = form.getFieldValue('residentId') as string | undefined;
      const checked = id ? checkResidentId(id.trim(), todayInShanghai()) : null;
      if (checked?.ok && value.format('YYYY-MM-DD') < checked.info.birthDate) throw new Error(L.form.dateBeforeBirth);
    },
  };
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface Props {
  form: FormInstance<DeathFormValues>;
  busy: boolean;
  onSubmit(values: DeathFormValues): void;
}

/** The death report as civil-registration takes it (POST /api/v1/deaths), checked before it is sent. */
export function DeathReportForm({ form, busy, onSubmit }: Props) {
  return (
    <Form<DeathFormValues>
      form={form}
      layout="vertical"
      disabled={busy}
      onFinish={onSubmit}
      initialValues={{ ethnicity: 'HAN', disposal: 'CREMATION', source: 'HOSPITAL' }}
      style={{ maxWidth: 720 }}
    >
      <Form.Item name="residentId" label={L.form.residentId} extra={L.form.residentIdHelp} rules={[rules.required(L.form.residentId), rules.residentId()]}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={L.form.name} rules={[rules.required(L.form.name), rules.maxLength(100)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="ethnicity" label={L.form.ethnicity} rules={[{ required: true, message: t.validation.choose(L.form.ethnicity) }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={ETHNICITIES.map((e) => ({ value: e.code, label: e.label }))} />
      </Form.Item>
      <Form.Item
        name="dateOfDeath"
        label={L.form.dateOfDeath}
        dependencies={['residentId']}
        rules={[{ required: true, message: t.validation.choose(L.form.dateOfDeath) }, dateOfDeathRule(form)]}
      >
        <DatePicker format="YYYY-MM-DD" disabledDate={isAfterToday} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="placeOfDeath" label={L.form.placeOfDeath} rules={[rules.required(L.form.placeOfDeath), rules.maxLength(200)]}>
        <Input placeholder={L.form.placeOfDeathPlaceholder} />
      </Form.Item>
      <Form.Item name="disposal" label={L.form.disposal} rules={[{ required: true, message: t.validation.choose(L.form.disposal) }]}>
        <Radio.Group options={options(L.disposals)} />
      </Form.Item>
      <Form.Item name="source" label={L.form.source} rules={[{ required: true, message: t.validation.choose(L.form.source) }]}>
        <Select options={options(L.sources)} style={{ width: 240 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {L.form.submit}
      </Button>
    </Form>
  );
}
