import { App, Button, Card, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ConsoleUser } from '../../api/console';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { useCurrentUser } from '../session/session';
import { OneTimePasswordModal, type OneTimePasswordNotice } from './OneTimePasswordModal';
import { useCreateUser, useUpdateUser, useUserPage } from './queries';
import { useUserRowActions } from './useUserRowActions';
import { userColumns } from './userColumns';
import { UserFormModal, type UserFormValues } from './UserFormModal';

const DEFAULT_PAGE_SIZE = 20;

/** Page, size and search live in the URL, so 后退 and a shared link keep them. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.max(1, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE);
  const q = params.get('q') ?? '';
  const update = (next: { page: number; pageSize: number; q: string }) => {
    const search = new URLSearchParams({ page: String(next.page), pageSize: String(next.pageSize) });
    if (next.q) search.set('q', next.q);
    setParams(search);
  };
  return { page, pageSize, q, update };
}

function CreateButton({ onClick }: { onClick: () => void }) {
  return (
    <Button type="primary" onClick={onClick}>
      {t.users.create}
    </Button>
  );
}

/** 用户管理 (administrators): find, create, edit, disable or enable users and reset passwords. */
export function UsersPage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const { page, pageSize, q, update } = useListParams();
  const list = useUserPage({ page, pageSize, q: q || undefined });
  const create = useCreateUser();
  const edit = useUpdateUser();
  const [formTarget, setFormTarget] = useState<ConsoleUser | 'new' | null>(null);
  const [notice, setNotice] = useState<OneTimePasswordNotice | null>(null);
  const { busyId, toggleDisabled, resetPassword } = useUserRowActions(setNotice);

  const save = async (values: UserFormValues) => {
    if (formTarget === 'new') {
      const created = await create.mutateAsync(values);
      setFormTarget(null);
      setNotice({ username: created.user.username, password: created.oneTimePassword, kind: 'created' });
    } else if (formTarget) {
      const { displayName, roles, division } = values;
      await edit.mutateAsync({ id: formTarget.id, change: { displayName, roles, division }, version: formTarget.version });
      setFormTarget(null);
      void message.success(t.users.saved);
    }
  };

  return (
    <Card title={t.users.title} extra={<CreateButton onClick={() => setFormTarget('new')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          placeholder={t.users.searchPlaceholder}
          allowClear
          defaultValue={q}
          onSearch={(value) => update({ page: 1, pageSize, q: value.trim() })}
          style={{ maxWidth: 360 }}
        />
        <ProblemAlert problem={problemOf(list.error)} />
        <Table<ConsoleUser>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={userColumns({ loadedAt: list.dataUpdatedAt, selfId: me.id, busyId, onEdit: setFormTarget, onToggleDisabled: toggleDisabled, onResetPassword: resetPassword })}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t.users.total(total),
            onChange: (nextPage, nextSize) => update({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize, q }),
          }}
        />
      </Space>
      <UserFormModal target={formTarget} saving={create.isPending || edit.isPending} onSubmit={save} onClose={() => setFormTarget(null)} />
      <OneTimePasswordModal notice={notice} onClose={() => setNotice(null)} />
    </Card>
  );
}
