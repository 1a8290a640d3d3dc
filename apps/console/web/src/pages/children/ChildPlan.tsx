// 一人一策 on the child's page: the plan in force with its measures, and for recorders the form
// that agrees it or revises it (a new version; the service keeps the earlier ones).
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { todayInShanghai } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../person/labels/label';
import { day } from '../person/show';
import { useAgreePlan, usePlans, type AgreePlanDto, type PlanView } from './plan-queries';
import { tpl } from './plan.zh-CN';

type Measure = PlanView['measures'][number];
interface MeasureValues {
  area: Measure['area'];
  action: string;
  responsible: string;
  dueOn?: Dayjs | null;
}
interface Values {
  agreedOn: Dayjs;
  measures: MeasureValues[];
  notes?: string;
}

const columns: ColumnsType<Measure> = [
  { title: tpl.area, dataIndex: 'area', render: (v: string) => labelOf(tpl.areas, v) },
  { title: tpl.action, dataIndex: 'action' },
  { title: tpl.responsible, dataIndex: 'responsible' },
  { title: tpl.dueOn, dataIndex: 'dueOn', render: (v: string | null | undefined) => day(v ?? null) },
];
const AREA_OPTIONS = Object.entries(tpl.areas).map(([value, label]) => ({ value, label }));
const isAfterToday = (value: Dayjs): boolean => value.format('YYYY-MM-DD') > todayInShanghai();

function request(v: Values): AgreePlanDto {
  const measures = v.measures.map((m) => ({ area: m.area, action: m.action.trim(), responsible: m.responsible.trim(), dueOn: m.dueOn ? m.dueOn.format('YYYY-MM-DD') : null }));
  return { agreedOn: v.agreedOn.format('YYYY-MM-DD'), measures, ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}) };
}

function PlanForm({ childId, current }: { childId: string; current: PlanView | undefined }) {
  const [form] = Form.useForm<Values>();
  const agree = useAgreePlan(childId);
  const initial = current?.measures.map((m) => ({ ...m, dueOn: m.dueOn ? dayjs(m.dueOn) : null })) ?? [{ area: 'EDUCATION' }];
  const problem: Problem | null = agree.error ? (isProblemError(agree.error) ? agree.error.problem : problemOf(agree.error)) : null;
  return (
    <Card title={current ? tpl.form.revise : tpl.form.agree} size="small" type="inner">
      {agree.isSuccess && <Alert type="success" showIcon role="status" title={tpl.form.saved(agree.data.version)} style={{ marginBottom: 12 }} />}
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" name="child-plan" initialValues={{ agreedOn: dayjs(todayInShanghai()), measures: initial, notes: current?.notes ?? '' }} onFinish={(v: Values) => agree.mutate(request(v))} disabled={agree.isPending}>
        <Form.Item name="agreedOn" label={tpl.form.agreedOn} rules={[{ required: true, message: t.validation.choose(tpl.form.agreedOn) }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={isAfterToday} allowClear={false} style={{ width: 180 }} />
        </Form.Item>
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="start" aria-label={`${tpl.form.measures} ${i + 1}`} role="group">
                  <Form.Item name={[field.name, 'area']} label={tpl.area} rules={[{ required: true, message: t.validation.choose(tpl.area) }]}>
                    <Select options={AREA_OPTIONS} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'action']} label={tpl.action} rules={[rules.required(tpl.action), rules.maxLength(500)]}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'responsible']} label={tpl.responsible} rules={[rules.required(tpl.responsible), rules.maxLength(100)]}>
                    <Input style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} label={tpl.dueOn}>
                    <DatePicker format="YYYY-MM-DD" style={{ width: 150 }} />
                  </Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>{tpl.form.remove}</Button>}
                </Space>
              ))}
              {fields.length < 20 && <Button onClick={() => add({ area: 'EDUCATION' })}>{tpl.form.add}</Button>}
            </Space>
          )}
        </Form.List>
        <Form.Item name="notes" label={tpl.notes} rules={[rules.maxLength(2000)]} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={agree.isPending}>
          {tpl.form.submit}
        </Button>
      </Form>
    </Card>
  );
}

export function ChildPlan({ childId, canRecord }: { childId: string; canRecord: boolean }) {
  const plans = usePlans(childId);
  const current = plans.data?.items[0];
  const total = plans.data?.total ?? 0;
  return (
    <Card title={tpl.title} size="small" role="region" aria-label={tpl.title}>
      <ProblemAlert problem={problemOf(plans.error)} />
      {plans.data && !current && <Typography.Text type="secondary">{tpl.none}</Typography.Text>}
      {current && (
        <>
          <Typography.Paragraph>
            {tpl.inForce(current.version, day(current.agreedOn), current.recordedBy)}
            {total > 1 && <Typography.Text type="secondary">（{tpl.earlier(total - 1)}）</Typography.Text>}
          </Typography.Paragraph>
          <Table<Measure> size="small" rowKey={(m) => `${m.area}-${m.action}`} dataSource={current.measures} columns={columns} pagination={false} scroll={{ x: 'max-content' }} />
          {current.notes && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{`${tpl.notes}：${current.notes}`}</Typography.Paragraph>}
        </>
      )}
      {canRecord && plans.data && <PlanForm key={current?.id ?? 'none'} childId={childId} current={current} />}
    </Card>
  );
}
