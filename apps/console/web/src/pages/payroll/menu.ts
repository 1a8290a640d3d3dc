// 发放名册's entry in the side menu (app/menu.ts), with who sees it. Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { PAYROLL_MENU_ROLES } from './access';
import { tpr } from './payroll.zh-CN';

export const PAYROLL_MENU: MenuEntry[] = [{ path: PATHS.payroll, label: tpr.menu, roles: PAYROLL_MENU_ROLES }];
