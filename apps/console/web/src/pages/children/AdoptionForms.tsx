// 记录收养评估 and 办理收养登记. The service checks every Civil Code condition and refuses with the
// first that fails (all of them listed); the form shows the refusal in Chinese and keeps the input.
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { todayInShanghai } from '../../format';
import { t } from '../../locale/zh-CN';
import { ta } from './adoption.zh-CN';
import { useRecordAssessment, useRegisterAdoption } from './adoption-queries';
import { assessmentRequest, registrationRequest, type AssessmentValues, type RegistrationValues } from './adoption-request';
import type { AssessmentRow } from './types';

const isAfterToday = (value: Dayjs): boolean => value.format('YYYY-MM-DD') > todayInShanghai();
const dateRules = (label: string) => [{ required: true, message: t.validation.choose(label) }];
const datePicker = <DatePicker format="YYYY-MM-DD" disabledDate={isAfterToday} allowClear={false} style={{ width: 180 }} />;

export function AssessmentForm({ childId }: { childId: string }) {
  const [form] = Form.useForm<AssessmentValues>();
  const [saved, setSaved] = useState(false);
  const record = useRecordAssessment(childId);
  const submit = (values: AssessmentValues) => {
    setSaved(false);
    record.mutate(assessmentRequest(values), { onSuccess: () => (setSaved(true), form.resetFields()) });
  };
  return (
    <Card title={ta.assess.title} size="small">
      {saved && <Alert type="success" showIcon role="status" title={ta.assess.saved} style={{ marginBottom: 12 }} />}
      <ProblemAlert problem={problemOf(record.error)} />
      <Form form={form} layout="vertical" name="adoption-assessment" initialValues={{ assessedOn: dayjs(todayInShanghai()), outcome: 'SUITABLE' }} onFinish={submit} disabled={record.isPending}>
        <Form.Item name="adopter" label={ta.assess.adopter} rules={[rules.required(ta.assess.adopter), rules.residentId()]}>
          <Input maxLength={18} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="spouse" label={ta.assess.spouse} rules={[rules.residentId()]}>
          <Input maxLength={18} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="assessedOn" label={ta.assessedOn} rules={dateRules(ta.assessedOn)}>
          {datePicker}
        </Form.Item>
        <Form.Item name="outcome" label={ta.outcome}>
          <Radio.Group options={Object.entries(ta.outcomes).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="notes" label={ta.notes} rules={[rules.required(ta.notes), rules.maxLength(4000)]}>
          <Input.TextArea rows={2} placeholder={ta.assess.notesPlaceholder} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {ta.assess.submit}
        </Button>
      </Form>
    </Card>
  );
}

const r = ta.register;
const CHECKS = ['ableToRaise', 'disqualifyingIllness', 'criminalRecord', 'relativesChild', 'childConsents', 'parentsInSpecialDifficulty', 'childDisabled'] as const;

export function RegistrationForm({ childId, suitable }: { childId: string; suitable: readonly AssessmentRow[] }) {
  const [form] = Form.useForm<RegistrationValues>();
  const register = useRegisterAdoption(childId);
  const married = Form.useWatch('married', form);
  if (suitable.length === 0) return <Alert type="info" showIcon title={r.noSuitable} />;
  const options = suitable.map((a) => ({ value: a.id, label: r.assessmentOption(a.assessedOn, a.adopterResidentIds.join('、')) }));
  return (
    <Card title={r.title} size="small">
      {register.isSuccess && <Alert type="success" showIcon role="status" title={r.saved(form.getFieldValue('registeredOn')?.format('YYYY-MM-DD') ?? '')} style={{ marginBottom: 12 }} />}
      <ProblemAlert problem={problemOf(register.error)} />
      <Form form={form} layout="vertical" name="adoption-registration" initialValues={{ assessmentId: options[0].value, registeredOn: dayjs(todayInShanghai()), existingChildren: 0, ableToRaise: true }} onFinish={(v: RegistrationValues) => register.mutate(registrationRequest(v))} disabled={register.isPending}>
        <Form.Item name="assessmentId" label={r.assessment}>
          <Select options={options} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item name="registeredOn" label={r.registeredOn} rules={dateRules(r.registeredOn)}>
          {datePicker}
        </Form.Item>
        <Form.Item name="adopterId" label={r.adopterId} rules={[rules.required(r.adopterId), rules.residentId()]}>
          <Input maxLength={18} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="adopterName" label={r.adopterName} rules={[rules.required(r.adopterName), rules.maxLength(100)]}>
          <Input style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="married" valuePropName="checked">
          <Checkbox>{r.married}</Checkbox>
        </Form.Item>
        {married && (
          <>
            <Form.Item name="spouseId" label={r.spouseId} rules={[rules.required(r.spouseId), rules.residentId()]}>
              <Input maxLength={18} style={{ maxWidth: 260 }} />
            </Form.Item>
            <Form.Item name="spouseName" label={r.spouseName} rules={[rules.required(r.spouseName), rules.maxLength(100)]}>
              <Input style={{ maxWidth: 260 }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="existingChildren" label={r.existingChildren}>
          <InputNumber min={0} max={20} precision={0} />
        </Form.Item>
        {CHECKS.map((name) => (
          <Form.Item key={name} name={name} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{r[name]}</Checkbox>
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={register.isPending} style={{ marginTop: 12 }}>
          {r.submit}
        </Button>
      </Form>
    </Card>
  );
}
