import { Alert, Button, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { FileState } from '../file-state';
import { SERVICE_LABELS, tp } from '../person.zh-CN';
import type { ServiceKey } from '../types';

interface Props<T> {
  service: ServiceKey;
  state: FileState<T>;
  onRetry: () => void;
  /** What the service holds, when it answered; return null when it holds nothing for this section. */
  children: (data: T) => ReactNode;
}

/** 无记录 for a service (or a section) that holds nothing on the person. */
export function NoRecord({ service }: { service: ServiceKey }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${SERVICE_LABELS[service]}：${tp.file.none}`} />;
}

/**
 * One service's part of a section: its data, or what stands in for it — 无记录 (404
 * PERSON.NOT_FOUND), 无权查看 (403, the division or the role), or the service's problem in Chinese
 * with 重试 — so that one service never breaks the page.
 */
export function ServiceBlock<T>({ service, state, onRetry, children }: Props<T>) {
  const name = SERVICE_LABELS[service];
  if (state.kind === 'loading') return <Skeleton active paragraph={{ rows: 2 }} />;
  if (state.kind === 'none') return <NoRecord service={service} />;
  if (state.kind === 'forbidden') {
    return (
      <Alert
        type="warning"
        showIcon
        title={`${name}：${tp.file.forbidden}`}
        description={
          <>
            {tp.file.forbiddenDetail}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {state.problem.code}
            </Typography.Text>
          </>
        }
      />
    );
  }
  if (state.kind === 'failed') {
    return (
      <div data-service={service}>
        <Typography.Text strong>{name}</Typography.Text>
        <ProblemAlert
          problem={state.problem}
          action={
            <Button size="small" onClick={onRetry}>
              {tp.file.retry}
            </Button>
          }
        />
      </div>
    );
  }
  return <>{children(state.data) ?? <NoRecord service={service} />}</>;
}
