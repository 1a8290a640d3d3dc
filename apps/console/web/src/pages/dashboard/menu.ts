// 数据看板's entry in the side menu (app/menu.ts), with who sees it. Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { DASHBOARD_ROLES } from './access';
import { td } from './dashboard.zh-CN';

export const DASHBOARD_MENU: MenuEntry[] = [{ path: PATHS.dashboard, label: td.menu, roles: DASHBOARD_ROLES }];
