import { Button, Card, Checkbox, Col, DatePicker, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { isProblemError } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { todayInShanghai } from '../../format';
import { showProblemOnForm } from '../../forms/problem-form';
import { domainMax, fullMarks, runningTotal, SHEET, type AssessmentItems } from './assessment-sheet';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useRecordAssessment, type AssessmentRecord, type ElderAssessment } from './queries';

const a = L.assessment;
const purposeOptions = Object.entries(L.purposes).map(([value, label]) => ({ value, label }));

interface Values {
  assessedOn: Dayjs;
  purpose: ElderAssessment['purpose'];
  items: AssessmentItems;
  conditions: ElderAssessment['conditions'];
}

function DomainItems({ domain, items }: (typeof SHEET)[number]) {
  return (
    <Card size="small" title={`${L.domains[domain]}（${a.range(domainMax(domain))}）`}>
      <Row gutter={12}>
        {items.map(([item, max]) => (
          <Col key={item} xs={12} md={6}>
            <Form.Item name={['items', domain, item]} label={L.items[item]} tooltip={a.range(max)} rules={[{ required: true, type: 'integer', min: 0, max, message: a.range(max) }]}>
              <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** 上调情形: dementia, another mental illness, care-risk events in 30 days, and a coma (level 4 directly). */
function RaiseConditions() {
  return (
    <Card size="small" title={a.conditions}>
      <Space wrap>
        <Form.Item name={['conditions', 'dementia']} valuePropName="checked" noStyle>
          <Checkbox>{a.dementia}</Checkbox>
        </Form.Item>
        <Form.Item name={['conditions', 'mentalIllness']} valuePropName="checked" noStyle>
          <Checkbox>{a.mentalIllness}</Checkbox>
        </Form.Item>
        <Form.Item name={['conditions', 'coma']} valuePropName="checked" noStyle>
          <Checkbox>{a.coma}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item name={['conditions', 'careRiskEvents']} label={a.careRiskEvents} rules={[{ required: true }]} style={{ marginTop: 12 }}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
    </Card>
  );
}

/**
 * Enter in one of the 27 inputs (a typed date, a score) must not send a half-filled sheet: only
 * the submit button sends it. The date picker still takes the typed date on Enter.
 */
function keepSheetOpenOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
}

/** The 26-item sheet (GB/T 42195-2022); the service computes scores and the level, and refuses an item out of range in place. */
export function AssessmentForm({ elderId, onDone }: { elderId: string; onDone: (result: AssessmentRecord) => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordAssessment(elderId);
  const items = Form.useWatch('items', form);
  const submit = (values: Values) =>
    record.mutate(
      { ...values, assessedOn: values.assessedOn.format('YYYY-MM-DD') },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isProblemError(error)) showProblemOnForm(form, error.problem, ['items', 'conditions', 'assessedOn', 'purpose']);
        },
      },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      name="assessment"
      data-testid="assessment-form"
      initialValues={{ assessedOn: dayjs(todayInShanghai()), purpose: 'HOME_SERVICE', items: fullMarks(), conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0, coma: false } }}
      onFinish={submit}
      onKeyDown={keepSheetOpenOnEnter}
      style={{ marginBottom: 16 }}
    >
      <Space wrap>
        <Form.Item name="assessedOn" label={a.assessedOn} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > todayInShanghai()} />
        </Form.Item>
        <Form.Item name="purpose" label={a.purpose} rules={[{ required: true }]}>
          <Select options={purposeOptions} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {SHEET.map((domain) => (
          <DomainItems key={domain.domain} {...domain} />
        ))}
        <RaiseConditions />
        <ProblemAlert problem={problemOf(record.error)} />
        <Space>
          <Typography.Text data-testid="assessment-total">{a.preview(runningTotal(items))}</Typography.Text>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {a.submit}
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
