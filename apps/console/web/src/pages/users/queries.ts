// Data of 用户管理 through React Query: the page of users, the role list, and the changes, each
// of which refreshes the list.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, listRoles, listUsers, resetPassword, updateUser, type NewUser, type UserChange, type UserQuery } from '../../api/console';

const USERS_KEY = ['users'] as const;

export function useUserPage(query: UserQuery) {
  return useQuery({ queryKey: [...USERS_KEY, query], queryFn: () => listUsers(query), placeholderData: keepPreviousData });
}

export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: listRoles, staleTime: Infinity });
}

function useRefreshingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}

export function useCreateUser() {
  return useRefreshingMutation((user: NewUser) => createUser(user));
}

export function useUpdateUser() {
  return useRefreshingMutation(({ id, change, version }: { id: string; change: UserChange; version?: number }) => updateUser(id, change, version));
}

export function useResetPassword() {
  return useRefreshingMutation((id: string) => resetPassword(id));
}
