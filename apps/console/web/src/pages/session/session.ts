// The session as React Query state: one query, ['session'], read by the guards, the shell and
// every screen that needs the user. Login, logout and password changes update it.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { currentSession, type Session, type SessionUser } from '../../api/console';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery<Session | null>({ queryKey: SESSION_KEY, queryFn: currentSession, staleTime: 5 * 60_000, retry: false });
}

/** The logged-in user; only for components below RequireSession, which guarantees one. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside RequireSession');
  return data.user;
}

export function hasAnyRole(user: Pick<SessionUser, 'roles'>, roles: readonly string[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Forget everything the previous user loaded. */
export function clearSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, null);
}
