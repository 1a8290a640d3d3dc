// The 助餐 entries of the side menu (spread into app/menu.ts). Pure.
import { PATHS } from '../../app/paths';
import { CANTEEN_READERS, SETTLEMENT_READERS } from './access';
import { CANTEEN_LABELS as L } from './canteen.zh-CN';

export const CANTEEN_MENU = [
  { path: PATHS.canteens, label: L.menu.canteens, roles: CANTEEN_READERS },
  { path: PATHS.diners, label: L.menu.diners, roles: CANTEEN_READERS },
  { path: PATHS.canteenSettlements, label: L.menu.settlements, roles: SETTLEMENT_READERS },
] as const;
