import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { showProblemOnForm } from '../../forms/problem-form';
import { t } from '../../locale/zh-CN';
import { ProblemAlert, problemOf } from '../ProblemAlert';
import { MANUAL_STOP_REASONS, stopRequest, type StopDto, type StopValues as Values } from './payment-actions';

const tc = t.cases;
const FIELDS = ['reason', 'fromMonth'] as const;

interface Props {
  open: boolean;
  /** 终止保障 (低保) or 终止特困供养. */
  title: string;
  saving: boolean;
  /** Resolves when the service has stopped the case; rejects with its problem. */
  onSubmit: (body: StopDto) => Promise<unknown>;
  onClose: () => void;
}

/**
 * 终止: the reason (the enrollment.stopped reasons a decider chooses) and the first month no longer
 * paid, with a warning that a stop cannot be undone; the button says what it does.
 */
export function StopCaseModal({ open, title, saving, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  // Emptied once closed, not as it opens: a reset on opening could wipe what was typed while
  // the modal was still appearing.
  const clear = () => {
    setUnplaced(null);
    form.resetFields();
  };
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    try {
      await onSubmit(stopRequest(values));
      onClose();
    } catch (error) {
      setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error));
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={tc.stopOk}
      okButtonProps={{ danger: true }}
      cancelText={t.app.cancel}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      afterClose={clear}
      forceRender
    >
      <Alert type="warning" showIcon title={tc.stopWarning} style={{ marginBottom: 16 }} />
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="stop-case" disabled={saving}>
        <Form.Item name="reason" label={tc.stopReason} rules={[{ required: true, message: t.validation.choose(tc.stopReason) }]}>
          <Select options={MANUAL_STOP_REASONS.map((value) => ({ value, label: tc.stopReasons[value] ?? value }))} />
        </Form.Item>
        <Form.Item name="fromMonth" label={tc.stopFrom} extra={tc.stopFromHelp}>
          <DatePicker picker="month" format="YYYY年M月" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
