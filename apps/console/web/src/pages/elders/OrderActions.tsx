import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useOrderStep, useProviders, type OrderListItem, type OrderStep } from './queries';
import { VISIT_TIME, visitInstant } from './visit-time';

const o = L.orders;
type Dialog = 'assign' | 'check-in' | 'check-out';
const TITLES: Record<Dialog, string> = { assign: o.assign, 'check-in': o.checkIn, 'check-out': o.checkOut };

/** 派单 (a provider) or 签到/签退 (the device time, now when left empty); the service's refusal stays in the dialog. */
function StepDialog({ order, dialog, onClose }: { order: OrderListItem; dialog: Dialog; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ providerId?: string; at?: string }>();
  const providers = useProviders();
  const step = useOrderStep();
  const submit = (values: { providerId?: string; at?: string }) => {
    const chosen: OrderStep = dialog === 'assign' ? { action: 'assign', providerId: values.providerId ?? '' } : { action: dialog, at: visitInstant(values.at) };
    step.mutate({ id: order.id, step: chosen }, { onSuccess: () => (void message.success(o.done), onClose()) });
  };
  return (
    <Modal open title={`${TITLES[dialog]}：${order.name ?? ''} ${order.itemName}`} okText={o.ok} cancelText={t.app.cancel} onCancel={onClose} onOk={() => form.submit()} confirmLoading={step.isPending}>
      <Form form={form} layout="vertical" name="order-step" onFinish={submit}>
        {dialog === 'assign' ? (
          <Form.Item name="providerId" label={o.provider} rules={[{ required: true, message: t.validation.choose(o.provider) }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={providers.isPending} options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.providerName }))} />
          </Form.Item>
        ) : (
          <Form.Item name="at" label={o.at} extra={o.atHint} rules={[{ pattern: VISIT_TIME, message: o.atInvalid }]}>
            <Input placeholder="2024-07-20 09:00" autoComplete="off" />
          </Form.Item>
        )}
      </Form>
      <ProblemAlert problem={problemOf(step.error ?? providers.error)} />
    </Modal>
  );
}

/** The next step of the order for a recorder: 派单, 签到, 签退, 老人确认. */
export function OrderActions({ order }: { order: OrderListItem }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const confirm = useOrderStep();
  const next: Partial<Record<OrderListItem['status'], Dialog>> = { ORDERED: 'assign', ASSIGNED: 'check-in', CHECKED_IN: 'check-out' };
  const opens = next[order.status];
  return (
    <Space>
      {opens && (
        <Button size="small" onClick={() => setDialog(opens)}>
          {TITLES[opens]}
        </Button>
      )}
      {order.status === 'CHECKED_OUT' && (
        <Popconfirm title={o.confirmAsk} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => confirm.mutate({ id: order.id, step: { action: 'confirm' } }, { onSuccess: () => void message.success(o.done) })}>
          <Button size="small" type="primary" loading={confirm.isPending}>
            {o.confirm}
          </Button>
        </Popconfirm>
      )}
      <ProblemAlert problem={problemOf(confirm.error)} />
      {dialog && <StepDialog order={order} dialog={dialog} onClose={() => setDialog(null)} />}
    </Space>
  );
}
