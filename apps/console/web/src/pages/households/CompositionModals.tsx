import { Form, Input, Modal, Select } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import type { ChangeResult } from './change-result';
import { memberRequest, type MemberValues } from './household-request';
import { compositionOutcomes } from './household-view';
import { MemberFields, memberRule } from './MemberFields';
import { useModalForm } from './modal-form';
import { useDeparture, useJoinMember, type DepartureDto, type HouseholdResponse } from './queries';

const th = t.households;
const MEMBER_FIELDS = ['name', 'residentId', 'relation', 'categories', 'incomes'] as const;

export interface ChangeModalProps {
  household: HouseholdResponse;
  open: boolean;
  onClose: () => void;
  /** Called once the service has recorded the change, with what it did to the open 低保 case. */
  onDone: (result: ChangeResult) => void;
}

/** 成员加入: a member joins from next month; the household's open 低保 case is reassessed. */
export function JoinMemberModal({ household, open, onClose, onDone }: ChangeModalProps) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<MemberValues>(open, MEMBER_FIELDS);
  const join = useJoinMember(household.id);
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    join.mutate(memberRequest(values), {
      onSuccess: (change) => {
        onDone({ title: th.joinDone(yearMonth(change.effectiveMonth)), lines: compositionOutcomes(change) });
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
export function DepartureModal({ household, open, onClose, onDone }: ChangeModalProps) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<DepartureDto>(open, ['residentId', 'reason']);
  const depart = useDeparture(household.id);
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    depart.mutate(
      { residentId: values.residentId.trim().toUpperCase(), reason: values.reason },
      {
        onSuccess: (change) => {
          onDone({ title: th.departDone(yearMonth(change.effectiveMonth)), lines: compositionOutcomes(change) });
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
