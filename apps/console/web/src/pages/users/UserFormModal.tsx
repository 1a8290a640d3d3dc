import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ConsoleUser, NewUser } from '../../api/console';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { ROLE_DESCRIPTIONS, roleLabel } from '../../locale/roles.zh-CN';
import { t } from '../../locale/zh-CN';
import { useRoles } from './queries';

export type UserFormValues = NewUser;

const FIELDS = ['username', 'displayName', 'roles', 'division'] as const;

interface Props {
  /** null: closed; 'new': 新建用户; a user: 编辑 that user. */
  target: ConsoleUser | 'new' | null;
  saving: boolean;
  /** Resolves when saved; rejects with the API's error, which the form then shows. */
  onSubmit: (values: UserFormValues) => Promise<unknown>;
  onClose: () => void;
}

function RoleSelect(props: { value?: string[]; onChange?: (roles: string[]) => void; id?: string }) {
  const roles = useRoles();
  return (
    <Select
      {...props}
      mode="multiple"
      loading={roles.isPending}
      showSearch={{ optionFilterProp: "label" }}
      options={(roles.data ?? []).map(({ role }) => ({ value: role, label: roleLabel(role), title: ROLE_DESCRIPTIONS[role] }))}
      optionRender={(option) => (
        <span>
          {option.label}
          {option.data.title && <span style={{ color: '#8c8c8c', marginInlineStart: 8 }}>{option.data.title}</span>}
        </span>
      )}
    />
  );
}

/** 新建用户 and 编辑用户: the same fields; the username is fixed once created. */
export function UserFormModal({ target, saving, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<UserFormValues>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const editing = target !== null && target !== 'new' ? target : null;

  useEffect(() => {
    if (target === null) return;
    setUnplaced(null);
    form.resetFields();
    if (editing) form.setFieldsValue({ username: editing.username, displayName: editing.displayName, roles: editing.roles, division: editing.division });
  }, [target, editing, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error));
    }
  };

  return (
    <Modal
      open={target !== null}
      title={editing ? t.users.editTitle(editing.username) : t.users.createTitle}
      okText={t.app.save}
      cancelText={t.app.cancel}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      // Mounted while closed too, so the form instance is always connected.
      forceRender
    >
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" disabled={saving} name="user">
        <Form.Item name="username" label={t.users.username} extra={editing ? undefined : t.users.usernameHelp} rules={[rules.required(t.users.username), rules.maxLength(64)]}>
          <Input autoComplete="off" disabled={editing !== null} />
        </Form.Item>
        <Form.Item name="displayName" label={t.users.displayName} rules={[rules.required(t.users.displayName), rules.maxLength(64)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t.users.roles} rules={[rules.chooseAtLeastOne(t.users.roles)]}>
          <RoleSelect />
        </Form.Item>
        <Form.Item name="division" label={t.users.division} extra={t.users.divisionHelp} rules={[rules.required(t.users.division), rules.division()]}>
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
