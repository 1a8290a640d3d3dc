import { Form, Input, Modal } from 'antd';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { CANTEEN_LABELS as L } from './canteen.zh-CN';

interface Props {
  open: boolean;
  busy: boolean;
  onSubmit(reason: string): void;
  onCancel(): void;
}

/** 提出争议: why the meal is questioned (the service keeps the reason with the line). */
export function DisputeModal({ open, busy, onSubmit, onCancel }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      title={L.settlement.disputeTitle}
      open={open}
      okText={L.settlement.dispute}
      cancelText={t.app.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())}>
        <Form.Item name="reason" label={L.settlement.disputeReason} rules={[rules.required(L.settlement.disputeReason), rules.maxLength(1000)]}>
          <Input.TextArea rows={3} placeholder={L.settlement.disputeReasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
