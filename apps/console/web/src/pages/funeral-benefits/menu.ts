// 惠民殡葬's entry in the side menu (spread into app/menu.ts). Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { FUNERAL_READERS } from './access';
import { FUNERAL_LABELS as L } from './funeral-benefits.zh-CN';

export const FUNERAL_MENU: readonly MenuEntry[] = [{ path: PATHS.funeralBenefits, label: L.menu, roles: FUNERAL_READERS }];
