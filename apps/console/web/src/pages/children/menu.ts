// Menu entries of the child welfare screens (spread into app/menu.ts). Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { CHILD_READERS, OVERDUE_READERS } from './access';
import { tc } from './children.zh-CN';

export const CHILDREN_MENU: readonly MenuEntry[] = [
  { path: PATHS.children, label: tc.menu.ledger, roles: CHILD_READERS },
  { path: PATHS.overdueVisits, label: tc.menu.overdue, roles: OVERDUE_READERS },
];
