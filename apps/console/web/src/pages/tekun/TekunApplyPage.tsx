import { Button, Card, Checkbox, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isProblemError, type Problem } from '../../api/problem';
import { tekunCasePath } from '../../app/paths';
import { AssistanceProblem } from '../../components/assistance/AssistanceProblem';
import { CaseLookup } from '../../components/assistance/CaseLookup';
import { problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { HouseholdPicker } from '../households/HouseholdPicker';
import { memberRule } from '../households/MemberFields';
import type { HouseholdResponse } from '../households/queries';
import { useApplyTekun } from './queries';
import { tekunRequest, type TekunApplyValues as ApplyValues } from './tekun-request';

const tt = t.tekun;
const FIELDS = ['residentId', 'careForm', 'institution', 'unableActivities', 'hasAbleSupporter', 'receivesOrphanAllowance'] as const;

function ApplyForm({ household }: { household: HouseholdResponse }) {
  const [form] = Form.useForm<ApplyValues>();
  const careForm = Form.useWatch('careForm', form);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const navigate = useNavigate();
  const apply = useApplyTekun();
  const submit = (values: ApplyValues) => {
    setUnplaced(null);
    apply.mutate(tekunRequest(household.id, values), {
      onSuccess: (created) => void navigate(tekunCasePath(created.id), { state: { created: true } }),
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error)),
    });
  };
  const yesNo = [
    { value: true, label: tt.yes },
    { value: false, label: tt.no },
  ];
  return (
    <>
      <AssistanceProblem problem={unplaced} />
      <Form form={form} layout="vertical" name="tekun-apply" initialValues={{ careForm: 'DISPERSED', unableActivities: 0, receivesOrphanAllowance: false }} onFinish={submit} disabled={apply.isPending}>
        <Form.Item name="residentId" label={tt.residentId} extra={tt.residentIdHelp} rules={[rules.required(tt.residentId), rules.residentId(), memberRule(household)]}>
          <Input autoComplete="off" maxLength={18} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="careForm" label={tt.careForm} rules={[{ required: true, message: t.validation.choose(tt.careForm) }]}>
          <Radio.Group options={Object.entries(tt.careForms).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {careForm === 'CENTRAL' && (
          <Form.Item name="institution" label={tt.institution} extra={tt.institutionHelp} rules={[rules.required(tt.institution), rules.maxLength(200)]}>
            <Input autoComplete="off" style={{ maxWidth: 480 }} />
          </Form.Item>
        )}
        <Form.Item name="unableActivities" label={tt.unableActivities} extra={tt.unableActivitiesHelp} rules={[{ required: true, message: t.validation.required(tt.unableActivities) }]}>
          <InputNumber min={0} max={6} precision={0} />
        </Form.Item>
        <Form.Item name="hasAbleSupporter" label={tt.hasAbleSupporter} rules={[{ required: true, message: t.validation.choose(tt.hasAbleSupporter) }]}>
          <Radio.Group options={yesNo} />
        </Form.Item>
        <Form.Item name="receivesOrphanAllowance" valuePropName="checked">
          <Checkbox>{tt.receivesOrphanAllowance}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={apply.isPending}>
          {tt.submit}
        </Button>
      </Form>
    </>
  );
}

/** 特困供养申请: one living member of a registered household, with the care form and ability the service needs. */
export function TekunApplyPage() {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={tt.applyTitle}>
        <Typography.Paragraph type="secondary">{tt.applyIntro}</Typography.Paragraph>
        <HouseholdPicker>{(household) => <ApplyForm key={household.id} household={household} />}</HouseholdPicker>
      </Card>
      <CaseLookup title={tt.openCaseTitle} intro={tt.openCaseIntro} pathOf={tekunCasePath} />
    </Space>
  );
}
