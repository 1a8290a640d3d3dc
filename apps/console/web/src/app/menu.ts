// The side menu: which screens a user sees follows their roles. The services still decide
// every request themselves; the menu only leaves out what a role cannot use. Pure.
import { t } from '../locale/zh-CN';
import { DEATH_READERS, DEATH_RECORDERS } from '../pages/deaths/access';
import { DEATHS_LABELS } from '../pages/deaths/deaths.zh-CN';
import { PATHS } from './paths';

export interface MenuEntry {
  path: string;
  label: string;
  /** Shown to users with any of these roles; absent = to everyone. */
  roles?: readonly string[];
}

export const MENU: readonly MenuEntry[] = [
  { path: PATHS.account, label: t.menu.account },
  { path: PATHS.users, label: t.menu.users, roles: ['admin'] },
  { path: PATHS.deaths, label: DEATHS_LABELS.menu.report, roles: DEATH_RECORDERS },
  { path: PATHS.deathRecords, label: DEATHS_LABELS.menu.records, roles: DEATH_READERS },
];

export function menuFor(roles: readonly string[], menu: readonly MenuEntry[] = MENU): MenuEntry[] {
  return menu.filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)));
}

/** The entry to highlight for a location: the longest path that is a prefix of it. */
export function selectedMenuPath(pathname: string, entries: readonly MenuEntry[]): string | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
