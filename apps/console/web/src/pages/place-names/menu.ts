// Menu entry of 地名管理 (spread into app/menu.ts). Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { PLACE_NAME_READERS } from './access';
import { PLACE_NAME_LABELS } from './place-names.zh-CN';

export const PLACE_NAME_MENU: readonly MenuEntry[] = [{ path: PATHS.placeNames, label: PLACE_NAME_LABELS.menu, roles: PLACE_NAME_READERS }];
