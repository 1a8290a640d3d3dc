import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isProblemError, type Problem } from '../api/problem';
import { problemMessage } from '../locale/problem-message';
import { t } from '../locale/zh-CN';

/** The problem of an error from the API layer; anything else (a bug) as an internal error. */
export function problemOf(error: unknown): Problem | null {
  if (!error) return null;
  if (isProblemError(error)) return error.problem;
  return { status: 500, code: 'INTERNAL.ERROR', fields: [], extensions: {} };
}

interface Props {
  problem: Problem | null;
  /** Replaces the catalogue's description line (e.g. when the lock ends). */
  description?: ReactNode;
  action?: ReactNode;
}

/** A failed request as the caseworker reads it: the zh-CN message, and the code for support. */
export function ProblemAlert({ problem, description, action }: Props) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problemMessage(problem.code, problem.status)}
      description={
        <>
          {description}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t.app.errorCode}：{problem.code}
          </Typography.Text>
        </>
      }
      action={action}
      style={{ marginBottom: 16 }}
    />
  );
}
