import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, type FormRule } from 'antd';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { fenOf } from './household-request';
import { memberWithId } from './household-view';
import type { HouseholdResponse } from './queries';

const th = t.households;

/** Categories a caseworker records; ELDERLY and MINOR follow from the resident ID. */
const RECORDED_CATEGORIES = ['SEVERELY_DISABLED', 'SERIOUSLY_ILL', 'SINGLE_PARENT'] as const;

export const yuanRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (value === null || value === undefined || value === '') return;
    if (fenOf(value as number | string) === null) throw new Error(t.validation.yuan);
  },
};

/** A full resident ID that names a current member of the household (checked masked, see memberWithId). */
export function memberRule(household: HouseholdResponse): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value === 'string' && value.trim().length === 18 && !memberWithId(household, value)) throw new Error(t.households.notAMember);
    },
  };
}

const options = (table: Readonly<Record<string, string>>) => Object.entries(table).map(([value, label]) => ({ value, label }));

/** A member's incomes by source (Form.List under `path`); `label` names the list (月收入 by default). */
export function IncomeFields({ path, label = th.incomes }: { path: (string | number)[]; label?: string }) {
  return (
    <Form.List name={[...path, 'incomes']}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} extra={th.incomesHelp}>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'source']} label={th.incomeSource} rules={[{ required: true, message: t.validation.choose(th.incomeSource) }]}>
                <Select style={{ width: 160 }} options={options(th.incomeSources)} />
              </Form.Item>
              <Form.Item name={[field.name, 'monthlyYuan']} label={th.monthlyYuan} rules={[{ required: true, message: t.validation.required(th.monthlyYuan) }, yuanRule]}>
                <InputNumber min={0} precision={2} style={{ width: 160 }} />
              </Form.Item>
              <Button type="link" danger onClick={() => remove(field.name)}>
                {th.removeIncome}
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({})}>
            {th.addIncome}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/**
 * One member's fields: name, resident ID (GB 11643 check before sending), relation, 分类施保
 * categories and incomes. `path` is the member's place in the form: [index] inside the members
 * list, [] for a form of one member (成员加入).
 */
export function MemberFields({ path }: { path: (string | number)[] }) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[...path, 'name']} label={th.name} rules={[rules.required(th.name), rules.maxLength(100)]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[...path, 'residentId']} label={th.residentId} rules={[rules.required(th.residentId), rules.residentId()]}>
            <Input autoComplete="off" maxLength={18} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[...path, 'relation']} label={th.relation} rules={[{ required: true, message: t.validation.choose(th.relation) }]}>
            <Select options={options(th.relations)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[...path, 'categories']} label={th.categories} extra={th.categoriesHelp}>
        <Checkbox.Group options={RECORDED_CATEGORIES.map((value) => ({ value, label: th.categoryLabels[value] }))} />
      </Form.Item>
      <IncomeFields path={path} />
    </>
  );
}
