import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { problemOf } from '../ProblemAlert';
import { AssistanceProblem } from './AssistanceProblem';
import type { CaseResponse } from './case-status';
import { REASON_MAX_LENGTH } from './DecisionPanel';
import { paymentActionsFor, type StopDto } from './payment-actions';
import { StopCaseModal } from './StopCaseModal';
import { TextPromptModal } from './TextPromptModal';

const tc = t.cases;

interface Props {
  value: CaseResponse;
  /** 低保 only: 特困 has no suspension. */
  suspend?: UseMutationResult<CaseResponse, Error, string>;
  resume?: UseMutationResult<CaseResponse, Error, void>;
  stop: UseMutationResult<CaseResponse, Error, StopDto>;
  /** The stop as the programme names it: 终止保障, 终止供养. */
  stopLabel?: string;
  stopTitle?: string;
}

/**
 * 发放管理 for deciders: 暂停发放 (with a reason), 恢复发放 (after a confirmation), 终止 (reason,
 * month, and a warning that it cannot be undone). The service decides each; its refusal (a case
 * outside the user's division, a role that may not decide, a status changed meanwhile) shows here
 * in Chinese.
 */
export function PaymentActions({ value, suspend, resume, stop, stopLabel = tc.stop, stopTitle = tc.stopTitle }: Props) {
  const { message } = App.useApp();
  const [prompt, setPrompt] = useState<'suspend' | 'stop' | null>(null);
  const can = paymentActionsFor(value.status);
  if (!can.suspend && !can.resume && !can.stop) return null;
  const onResume = () => resume?.mutate(undefined, { onSuccess: () => void message.success(tc.resumed) });
  return (
    <Card title={tc.payment} size="small" data-testid="payment-actions">
      <Typography.Paragraph type="secondary">{tc.paymentIntro}</Typography.Paragraph>
      <AssistanceProblem problem={problemOf(resume?.error)} />
      <Space wrap>
        {suspend && can.suspend && <Button onClick={() => setPrompt('suspend')}>{tc.suspend}</Button>}
        {resume && can.resume && (
          <Popconfirm title={tc.resumeConfirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={onResume}>
            <Button type="primary" loading={resume.isPending}>
              {tc.resume}
            </Button>
          </Popconfirm>
        )}
        {can.stop && (
          <Button danger onClick={() => setPrompt('stop')}>
            {stopLabel}
          </Button>
        )}
      </Space>
      {suspend && (
        <TextPromptModal
          open={prompt === 'suspend'}
          title={tc.suspendTitle}
          label={tc.suspendReason}
          field="reason"
          intro={tc.suspendIntro}
          okText={tc.suspendOk}
          danger
          maxLength={REASON_MAX_LENGTH}
          saving={suspend.isPending}
          onSubmit={async (reason) => {
            resume?.reset();
            await suspend.mutateAsync(reason);
            void message.success(tc.suspended);
          }}
          onClose={() => setPrompt(null)}
        />
      )}
      <StopCaseModal
        open={prompt === 'stop'}
        title={stopTitle}
        saving={stop.isPending}
        onSubmit={async (body) => {
          resume?.reset();
          const stopped = await stop.mutateAsync(body);
          void message.success(tc.stopped(stopped.stopFromMonth ? yearMonth(stopped.stopFromMonth) : '—'));
        }}
        onClose={() => setPrompt(null)}
      />
    </Card>
  );
}
