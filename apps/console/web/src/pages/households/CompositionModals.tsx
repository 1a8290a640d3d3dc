import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { memberRequest, problemForForm, type MemberValues } from './household-request';
import { outcomeLines } from './household-view';
import { MemberFields, memberRule } from './MemberFields';
import { useDeparture, useJoinMember, type CompositionChange, type DepartureDto, type HouseholdResponse } from './queries';

const th = t.households;
const MEMBER_FIELDS = ['name', 'residentId', 'relation', 'categories', 'incomes'] as const;

interface Props {
  household: HouseholdResponse;
  open: boolean;
  onClose: () => void;
}

/** Submits a form in a modal; the problem's field errors go on the form, the rest above it. */
function useModalForm<Values extends object>(open: boolean, fields: readonly string[]) {
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  useEffect(() => {
    if (!open) return;
    setUnplaced(null);
    form.resetFields();
  }, [open, form]);
  const fail = (error: unknown) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, problemForForm(error.problem), fields) : problemOf(error));
  return { form, unplaced, setUnplaced, fail };
}

function useAnnounce() {
  const { message, notification } = App.useApp();
  return (done: string, change: CompositionChange) => {
    void message.success(done);
    const lines = outcomeLines(change);
    if (lines.length) notification.info({ title: th.outcomes, description: lines.join('；') });
  };
}

/** 成员加入: a member joins from next month; the household's open 低保 case is reassessed. */
export function JoinMemberModal({ household, open, onClose }: Props) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<MemberValues>(open, MEMBER_FIELDS);
  const join = useJoinMember(household.id);
  const announce = useAnnounce();
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    join.mutate(memberRequest(values), {
      onSuccess: (change) => {
        announce(th.joinDone(yearMonth(change.effectiveMonth)), change);
        onClose();
      },
      onError: fail,
    });
  };
  return (
    <Modal open={open} title={th.joinTitle} width={800} okText={t.app.save} cancelText={t.app.cancel} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={join.isPending} forceRender>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="join" initialValues={{ categories: [], incomes: [] }} disabled={join.isPending}>
        <MemberFields path={[]} />
      </Form>
    </Modal>
  );
}

/** 成员迁出: a member leaves from next month; the full resident ID is typed, as the list is masked. */
export function DepartureModal({ household, open, onClose }: Props) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<DepartureDto>(open, ['residentId', 'reason']);
  const depart = useDeparture(household.id);
  const announce = useAnnounce();
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    depart.mutate(
      { residentId: values.residentId.trim().toUpperCase(), reason: values.reason },
      {
        onSuccess: (change) => {
          announce(th.departDone(yearMonth(change.effectiveMonth)), change);
          onClose();
        },
        onError: fail,
      },
    );
  };
  return (
    <Modal open={open} title={th.departTitle} okText={t.app.save} cancelText={t.app.cancel} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={depart.isPending} forceRender>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="departure" disabled={depart.isPending}>
        <Form.Item name="residentId" label={th.residentId} extra={th.departResidentIdHelp} rules={[rules.required(th.residentId), rules.residentId(), memberRule(household)]}>
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item name="reason" label={th.departReason} rules={[{ required: true, message: t.validation.choose(th.departReason) }]}>
          <Select options={Object.entries(th.departureReasons).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
