import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { t } from '../../locale/zh-CN';
import { problemOf } from '../ProblemAlert';
import { AssistanceProblem } from './AssistanceProblem';
import { TextPromptModal } from './TextPromptModal';

const tc = t.cases;
/** The service's limit for a decision's reason (RejectDto, SuspendDto). */
export const REASON_MAX_LENGTH = 500;

interface Props {
  /** What the decider judges: the amount and, when not eligible, why. Shown before the buttons. */
  children: ReactNode;
  /** Absent when the case cannot be approved in its status (a 低保 case before its notice). */
  approve?: UseMutationResult<unknown, Error, void>;
  reject: UseMutationResult<unknown, Error, string>;
}

/**
 * 审批 by a decider: the amount first, then 批准 or 驳回 with a reason. The service decides (four
 * eyes, notice ended, objections resolved, still eligible); its refusal shows here in Chinese.
 */
export function DecisionPanel({ children, approve, reject }: Props) {
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const onApprove = () => {
    reject.reset();
    approve?.mutate(undefined, { onSuccess: () => void message.success(tc.approved) });
  };
  return (
    <Card title={tc.decision} data-testid="decision-panel">
      <Typography.Paragraph type="secondary">{tc.decisionIntro}</Typography.Paragraph>
      {children}
      <AssistanceProblem problem={problemOf(approve?.error)} />
      <Space>
        {approve && (
          <Popconfirm title={tc.approveConfirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={onApprove}>
            <Button type="primary" loading={approve.isPending}>
              {tc.approve}
            </Button>
          </Popconfirm>
        )}
        <Button danger onClick={() => setRejecting(true)} disabled={approve?.isPending}>
          {tc.reject}
        </Button>
      </Space>
      <TextPromptModal
        open={rejecting}
        title={tc.rejectTitle}
        label={tc.rejectReason}
        field="reason"
        maxLength={REASON_MAX_LENGTH}
        saving={reject.isPending}
        onSubmit={async (reason) => {
          approve?.reset();
          await reject.mutateAsync(reason);
          void message.success(tc.rejected);
        }}
        onClose={() => setRejecting(false)}
      />
    </Card>
  );
}
