// Menu entries of 结婚登记 and 离婚日历 (spread into app/menu.ts). Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { DIVORCE_READERS, MARRIAGE_RECORDERS } from './access';
import { MARRIAGE_LABELS as L } from './marriages.zh-CN';

export const MARRIAGE_MENU: readonly MenuEntry[] = [
  { path: PATHS.marriageNew, label: L.menu.register, roles: MARRIAGE_RECORDERS },
  { path: PATHS.divorceCalendar, label: L.menu.calendar, roles: DIVORCE_READERS },
];
