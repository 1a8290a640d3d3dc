// 收款账户 and 账户批量导入 in the side menu (spread into app/menu.ts). Pure.
import type { MenuEntry } from '../../app/menu-entry';
import { PATHS } from '../../app/paths';
import { ACCOUNT_PROPOSERS, ACCOUNT_READERS } from './access';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';

export const PAYEE_ACCOUNT_MENU: readonly MenuEntry[] = [
  { path: PATHS.payeeAccounts, label: L.menu, roles: ACCOUNT_READERS },
  { path: PATHS.payeeAccountImports, label: L.imports.menu, roles: ACCOUNT_PROPOSERS },
];
