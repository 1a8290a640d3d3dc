// 一卡通代发's entry in the side menu (app/menu.ts), with who sees it. Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { PAYMENT_MENU_ROLES } from './access';
import { tpay } from './payments.zh-CN';

export const PAYMENTS_MENU: MenuEntry[] = [{ path: PATHS.payments, label: tpay.menu, roles: PAYMENT_MENU_ROLES }];
