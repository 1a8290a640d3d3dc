import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { todayInShanghai } from '../../format';
import { rules } from '../../forms/rules';
import { tp } from './person.zh-CN';
import { isFullResidentId, matchesMasked, personFileTarget } from './route';

interface Props {
  /** The resident ID as the list shows it: masked (asks for the full one), full, or null. */
  residentId: string | null | undefined;
  /** Says whose file it opens when a row has several people (a divorce's two parties). */
  label?: string;
}

function FullIdDialog({ masked, onOpen, onClose }: { masked: string; onOpen: (full: string) => void; onClose: () => void }) {
  const [form] = Form.useForm<{ residentId: string }>();
  const sameAsListed = {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value === 'string' && value !== '' && !matchesMasked(value, masked)) throw new Error(tp.open.mismatch);
    },
  };
  return (
    <Modal open title={tp.open.title} okText={tp.open.ok} onCancel={onClose} onOk={() => form.submit()}>
      <Typography.Paragraph>{tp.open.explain}</Typography.Paragraph>
      <Typography.Paragraph>
        {tp.open.masked}：<Typography.Text code>{masked}</Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="open-person" onFinish={(values) => onOpen(values.residentId)}>
        <Form.Item name="residentId" label={tp.search.residentId} rules={[rules.required(tp.search.residentId), rules.residentId(), sameAsListed]}>
          <Input autoComplete="off" maxLength={18} placeholder={tp.search.residentIdPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 一人一档 from any list: opens the person page. Lists show IDs masked, so the caseworker types
 * the full ID from the person's papers, checked like every resident ID and against the masked one.
 */
export function OpenPersonButton({ residentId, label = tp.open.button }: Props) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  if (!residentId) return null;
  const go = (full: string) => {
    const { to, state } = personFileTarget(full);
    void navigate(to, { state });
  };
  const full = isFullResidentId(residentId, todayInShanghai());
  return (
    <>
      <Button type="link" size="small" onClick={() => (full ? go(residentId) : setAsking(true))}>
        {label}
      </Button>
      {asking && <FullIdDialog masked={residentId} onOpen={go} onClose={() => setAsking(false)} />}
    </>
  );
}
