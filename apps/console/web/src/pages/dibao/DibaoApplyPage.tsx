import { Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isProblemError, type Problem } from '../../api/problem';
import { dibaoCasePath } from '../../app/paths';
import { AssistanceProblem } from '../../components/assistance/AssistanceProblem';
import { CaseLookup } from '../../components/assistance/CaseLookup';
import { problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { HouseholdPicker } from '../households/HouseholdPicker';
import { memberRule } from '../households/MemberFields';
import type { HouseholdResponse } from '../households/queries';
import { useApplyDibao } from './queries';

const td = t.dibao;

interface ApplyValues {
  kind: 'HOUSEHOLD' | 'SINGLE_PERSON';
  singlePersonResidentId?: string;
}

/** The application for one household: the whole household, or 单人户 for one member. */
function ApplyForm({ household }: { household: HouseholdResponse }) {
  const [form] = Form.useForm<ApplyValues>();
  const kind = Form.useWatch('kind', form);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const navigate = useNavigate();
  const apply = useApplyDibao();
  const submit = (values: ApplyValues) => {
    setUnplaced(null);
    const single = values.kind === 'SINGLE_PERSON' ? values.singlePersonResidentId?.trim().toUpperCase() : undefined;
    apply.mutate(
      { householdId: household.id, ...(single && { singlePersonResidentId: single }) },
      {
        onSuccess: (created) => void navigate(dibaoCasePath(created.id), { state: { created: true } }),
        onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, ['singlePersonResidentId']) : problemOf(error)),
      },
    );
  };
  return (
    <>
      <AssistanceProblem problem={unplaced} />
      <Form form={form} layout="vertical" name="dibao-apply" initialValues={{ kind: 'HOUSEHOLD' }} onFinish={submit} disabled={apply.isPending}>
        <Form.Item name="kind" label={td.kind}>
          <Radio.Group
            options={[
              { value: 'HOUSEHOLD', label: td.kindHousehold },
              { value: 'SINGLE_PERSON', label: td.kindSinglePerson },
            ]}
          />
        </Form.Item>
        {kind === 'SINGLE_PERSON' && (
          <Form.Item name="singlePersonResidentId" label={td.singlePerson} rules={[rules.required(td.singlePerson), rules.residentId(), memberRule(household)]}>
            <Input autoComplete="off" maxLength={18} style={{ maxWidth: 320 }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={apply.isPending}>
          {td.submit}
        </Button>
      </Form>
    </>
  );
}

/**
 * 低保申请: open a registered household (from 家庭详情 it comes with its number), check its
 * members, apply. The household stays as saved whatever the application's fate.
 */
export function DibaoApplyPage() {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={td.applyTitle}>
        <Typography.Paragraph type="secondary">{td.applyIntro}</Typography.Paragraph>
        <HouseholdPicker>{(household) => <ApplyForm key={household.id} household={household} />}</HouseholdPicker>
      </Card>
      <CaseLookup title={td.openCaseTitle} intro={td.openCaseIntro} pathOf={dibaoCasePath} />
    </Space>
  );
}
