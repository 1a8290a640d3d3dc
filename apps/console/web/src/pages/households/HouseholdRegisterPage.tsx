import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isProblemError, type Problem } from '../../api/problem';
import { householdPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { useCurrentUser } from '../session/session';
import { householdRequest, problemForForm, type HouseholdValues } from './household-request';
import { MemberFields, yuanRule } from './MemberFields';
import { useRegisterHousehold } from './queries';

const th = t.households;
const FIELDS = ['area', 'regionCode', 'financialAssetsYuan', 'members'] as const;

/** Where the household lives, by default the user's own township or village. */
function initialValues(division: string): HouseholdValues {
  return { area: 'URBAN', regionCode: division.length > 6 ? division : '', financialAssetsYuan: 0, members: [{ relation: 'APPLICANT', categories: [], incomes: [] }] };
}

function MembersList() {
  return (
    <Form.List name="members" rules={[{ validator: async (_rule, members: unknown[] | undefined) => { if (!members?.length) throw new Error(th.atLeastOneMember); } }]}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={th.memberTitle(index + 1)}
              data-testid={`member-${index}`}
              style={{ marginBottom: 16 }}
              extra={
                fields.length > 1 && (
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    {th.removeMember}
                  </Button>
                )
              }
            >
              <MemberFields path={[field.name]} />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block onClick={() => add({ categories: [], incomes: [] })} style={{ marginBottom: 24 }}>
            {th.addMember}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * 家庭登记: a household with its members, incomes and assets in one request (the service saves
 * all of it or nothing). Once saved, the household page shows what was saved and the next steps.
 */
export function HouseholdRegisterPage() {
  const user = useCurrentUser();
  const [form] = Form.useForm<HouseholdValues>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const navigate = useNavigate();
  const register = useRegisterHousehold();
  const submit = (values: HouseholdValues) => {
    setUnplaced(null);
    register.mutate(householdRequest(values), {
      onSuccess: (household) => void navigate(householdPath(household.id), { state: { registered: true } }),
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, problemForForm(error.problem), FIELDS) : problemOf(error)),
    });
  };
  return (
    <Card title={th.registerTitle}>
      <Typography.Paragraph type="secondary">{th.registerIntro}</Typography.Paragraph>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="household" initialValues={initialValues(user.division)} onFinish={submit} disabled={register.isPending}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="area" label={th.area} rules={[{ required: true, message: t.validation.choose(th.area) }]}>
              <Radio.Group options={Object.entries(th.areas).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="regionCode" label={th.regionCode} extra={th.regionCodeHelp} rules={[rules.required(th.regionCode), rules.division()]}>
              <Input inputMode="numeric" maxLength={12} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="financialAssetsYuan" label={th.financialAssets} extra={th.financialAssetsHelp} rules={[{ required: true, message: t.validation.required(th.financialAssets) }, yuanRule]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{th.members}</Typography.Title>
        <MembersList />
        <Space>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {th.submit}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
