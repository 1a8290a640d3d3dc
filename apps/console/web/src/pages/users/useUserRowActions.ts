import { App } from 'antd';
import { useState } from 'react';
import type { ConsoleUser } from '../../api/console';
import { problemOf } from '../../components/ProblemAlert';
import { problemMessage } from '../../locale/problem-message';
import { t } from '../../locale/zh-CN';
import type { OneTimePasswordNotice } from './OneTimePasswordModal';
import { useResetPassword, useUpdateUser } from './queries';

/** A row's 停用/启用 and 重置密码, with the row busy meanwhile and a refusal shown in Chinese. */
export function useUserRowActions(showPassword: (notice: OneTimePasswordNotice) => void) {
  const { message } = App.useApp();
  const edit = useUpdateUser();
  const reset = useResetPassword();
  const [busyId, setBusyId] = useState<string | null>(null);

  const fail = (error: unknown) => {
    const problem = problemOf(error);
    if (problem) void message.error(problemMessage(problem.code, problem.status));
  };

  const toggleDisabled = (user: ConsoleUser) => {
    setBusyId(user.id);
    edit.mutate(
      { id: user.id, change: { disabled: !user.disabled }, version: user.version },
      { onSuccess: () => void message.success(user.disabled ? t.users.enabled : t.users.disabled), onError: fail, onSettled: () => setBusyId(null) },
    );
  };

  const resetPassword = (user: ConsoleUser) => {
    setBusyId(user.id);
    reset.mutate(user.id, {
      onSuccess: ({ oneTimePassword }) => showPassword({ username: user.username, password: oneTimePassword, kind: 'reset' }),
      onError: fail,
      onSettled: () => setBusyId(null),
    });
  };

  return { busyId, toggleDisabled, resetPassword };
}
