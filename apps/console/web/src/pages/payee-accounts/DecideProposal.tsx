import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import { useConfirmAccount, useRejectAccount } from './queries';

/** 确认生效 or 驳回 a proposal: the second person of the four eyes; the service refuses its proposer. */
export function DecideProposal({ id }: { id: string }) {
  const { message } = App.useApp();
  const confirm = useConfirmAccount();
  const reject = useRejectAccount();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Space orientation="vertical">
      <Space>
        <Popconfirm title={L.confirm.prompt} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => confirm.mutate(id, { onSuccess: () => void message.success(L.confirm.done) })}>
          <Button size="small" type="primary" loading={confirm.isPending}>
            {L.confirm.button}
          </Button>
        </Popconfirm>
        <Button size="small" danger onClick={() => setRejecting(true)} loading={reject.isPending}>
          {L.reject.button}
        </Button>
      </Space>
      <ProblemAlert problem={problemOf(confirm.error ?? reject.error)} />
      <Modal open={rejecting} title={L.reject.title} okText={t.app.confirm} cancelText={t.app.cancel} onCancel={() => setRejecting(false)} onOk={() => form.submit()}>
        <Form
          form={form}
          layout="vertical"
          name="reject-account"
          onFinish={({ reason }) => {
            setRejecting(false);
            reject.mutate({ id, reason: reason.trim() }, { onSuccess: () => void message.success(L.reject.done) });
          }}
        >
          <Form.Item name="reason" label={L.reject.reason} rules={[rules.required(L.reject.reason), rules.maxLength(2000)]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
