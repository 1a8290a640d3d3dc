import { Form, Input, Modal, Typography } from 'antd';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { tp } from './person.zh-CN';
import { MAX_REASON_LENGTH } from './unmask';

interface Props {
  onConfirm: (reason: string) => void;
  onClose: () => void;
  /** What is shown in full, when not a person's whole file (e.g. 查看完整账号). */
  title?: string;
}

/** 查看完整信息: the reason is required; the services audit it with each full answer. */
export function UnmaskModal({ onConfirm, onClose, title = tp.unmask.title }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open title={title} okText={tp.unmask.ok} cancelText={t.app.cancel} onCancel={onClose} onOk={() => form.submit()}>
      <Typography.Paragraph type="secondary">{tp.unmask.reasonHelp}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="unmask" onFinish={(values) => onConfirm(values.reason.trim())}>
        <Form.Item name="reason" label={tp.unmask.reason} rules={[rules.required(tp.unmask.reason), rules.maxLength(MAX_REASON_LENGTH)]}>
          <Input.TextArea rows={3} maxLength={MAX_REASON_LENGTH} showCount placeholder={tp.unmask.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
