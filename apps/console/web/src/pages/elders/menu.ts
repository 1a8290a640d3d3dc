// The 养老服务 entries of the side menu (spread into app/menu.ts). Pure.
import { PATHS } from '../../app/paths';
import { ELDER_IMPORTERS, ELDER_READERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';

export const ELDERS_MENU = [
  { path: PATHS.elders, label: L.menu.registry, roles: ELDER_READERS },
  { path: PATHS.elderImport, label: L.menu.import, roles: ELDER_IMPORTERS },
  { path: PATHS.homeCareOrders, label: L.menu.orders, roles: ELDER_READERS },
  { path: PATHS.homeCareSettlements, label: L.menu.settlements, roles: ELDER_READERS },
  { path: PATHS.institutions, label: L.menu.institutions, roles: ELDER_READERS },
] as const;
