// The side menu: which screens a user sees follows their roles. The services still decide
// every request themselves; the menu only leaves out what a role cannot use. Pure.
import { DECIDERS, READERS, RECORDERS } from '../components/assistance/roles';
import { t } from '../locale/zh-CN';
import { CANTEEN_MENU } from '../pages/canteen/menu';
import { tp } from '../pages/person/person.zh-CN';
import { PERSON_ROLES } from '../pages/person/route';
import { WORK_LIST_ROLES } from '../pages/worklists/keys';
import { tw } from '../pages/worklists/worklists.zh-CN';
import { DEATH_READERS, DEATH_RECORDERS } from '../pages/deaths/access';
import { DEATHS_LABELS } from '../pages/deaths/deaths.zh-CN';
import { CHILDREN_MENU } from '../pages/children/menu';
import { DASHBOARD_MENU } from '../pages/dashboard/menu';
import { ELDERS_MENU } from '../pages/elders/menu';
import { MARRIAGE_MENU } from '../pages/marriages/menu';
import { FUNERAL_MENU } from '../pages/funeral-benefits/menu';
import { PAYMENTS_MENU } from '../pages/payments/menu';
import { PAYEE_ACCOUNT_MENU } from '../pages/payee-accounts/menu';
import { PAYROLL_MENU } from '../pages/payroll/menu';
import { PLACE_NAME_MENU } from '../pages/place-names/menu';
import { POLICY_LABELS } from '../pages/policy/policy.zh-CN';
import type { MenuEntry } from './menu-entry';
import { PATHS } from './paths';

export type { MenuEntry } from './menu-entry';

export const MENU: readonly MenuEntry[] = [
  { path: PATHS.worklists, label: tw.menu, roles: WORK_LIST_ROLES },
  { path: PATHS.person, label: tp.menu, roles: PERSON_ROLES },
  { path: PATHS.account, label: t.menu.account },
  { path: PATHS.users, label: t.menu.users, roles: ['admin'] },
  { path: PATHS.householdNew, label: t.menu.households, roles: RECORDERS },
  { path: PATHS.dibaoApply, label: t.menu.dibaoApply, roles: RECORDERS },
  { path: PATHS.dibaoApprovals, label: t.menu.dibaoApprovals, roles: DECIDERS },
  { path: PATHS.tekunApply, label: t.menu.tekunApply, roles: RECORDERS },
  { path: PATHS.tekunApprovals, label: t.menu.tekunApprovals, roles: DECIDERS },
  { path: PATHS.deaths, label: DEATHS_LABELS.menu.report, roles: DEATH_RECORDERS },
  { path: PATHS.deathRecords, label: DEATHS_LABELS.menu.records, roles: DEATH_READERS },
  ...MARRIAGE_MENU,
  ...FUNERAL_MENU,
  ...PLACE_NAME_MENU,
  ...CHILDREN_MENU,
  ...CANTEEN_MENU,
  ...ELDERS_MENU,
  ...PAYROLL_MENU,
  ...PAYMENTS_MENU,
  ...PAYEE_ACCOUNT_MENU,
  { path: PATHS.policy, label: POLICY_LABELS.menu, roles: READERS },
  ...DASHBOARD_MENU,
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
