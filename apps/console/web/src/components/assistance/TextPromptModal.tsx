import { Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { ProblemAlert, problemOf } from '../ProblemAlert';

interface Props {
  open: boolean;
  title: string;
  label: string;
  /** The request body's field, so the service's field error lands on the text box. */
  field: string;
  saving: boolean;
  /** Resolves when saved (the modal then closes itself through onClose); rejects with the API's error. */
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
  /** What saving will do, above the text box (a confirmation's warning). */
  intro?: ReactNode;
  /** The button that saves: 保存 by default; a decision names itself (确定暂停) and may be `danger`. */
  okText?: string;
  danger?: boolean;
  /** The service's limit for the text: 2000 by default. */
  maxLength?: number;
}

/** One required text (a reason, an objection, how it was resolved) asked in a modal. */
export function TextPromptModal({ open, title, label, field, saving, onSubmit, onClose, intro, okText = t.app.save, danger = false, maxLength = 2000 }: Props) {
  const [form] = Form.useForm<Record<string, string>>();
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
      await onSubmit(values[field].trim());
      onClose();
    } catch (error) {
      setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, [field]) : problemOf(error));
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t.app.cancel}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      afterClose={clear}
      forceRender
    >
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name={`prompt-${field}`} disabled={saving}>
        <Form.Item name={field} label={label} rules={[rules.required(label), rules.maxLength(maxLength)]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
