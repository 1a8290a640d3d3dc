import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, type FormRule } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { changePassword } from '../../api/console';
import { isProblemError, type Problem } from '../../api/problem';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { SESSION_KEY, useCurrentUser } from '../session/session';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const SENT_FIELDS = ['currentPassword', 'newPassword'] as const;

/** Checked before sending: required, the password rules, and not the current password again. */
function newPasswordRules(username: string): FormRule[] {
  return [
    { required: true, message: t.validation.required(t.password.new) },
    rules.password(() => username),
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (value && value === getFieldValue('currentPassword')) throw new Error(t.password.sameAsCurrent);
      },
    }),
  ];
}

const CONFIRM_RULES: FormRule[] = [
  { required: true, message: t.validation.required(t.password.confirm) },
  ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue('newPassword')) throw new Error(t.password.mismatch);
    },
  }),
];

/** 修改密码: the user's own choice from 我的账户, or forced while mustChangePassword. */
export function ChangePasswordPage() {
  const user = useCurrentUser();
  const [form] = Form.useForm<PasswordValues>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) => changePassword({ currentPassword, newPassword }),
    onMutate: () => setUnplaced(null),
    onSuccess: async () => {
      void message.success(t.password.done);
      // The session now says the password is fine (or the server ended it: then 登录 follows).
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      void navigate(PATHS.home, { replace: true });
    },
    onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, SENT_FIELDS) : problemOf(error)),
  });
  return (
    <Card title={t.password.title} style={{ maxWidth: 520 }}>
      {user.mustChangePassword && <Alert type="info" showIcon title={t.password.forced} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" onFinish={(values) => change.mutate(values)} disabled={change.isPending}>
        {/* For the browser's password manager: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Form.Item name="currentPassword" label={t.password.current} rules={[{ required: true, message: t.validation.required(t.password.current) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t.password.new}
          extra={t.password.newHelp}
          dependencies={['currentPassword']}
          rules={newPasswordRules(user.username)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t.password.confirm}
          dependencies={['newPassword']}
          rules={CONFIRM_RULES}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t.password.submit}
          </Button>
          {!user.mustChangePassword && <Button onClick={() => void navigate(PATHS.account)}>{t.app.cancel}</Button>}
        </Space>
      </Form>
    </Card>
  );
}
