// Who sees 结婚登记 and 离婚日历: the roles civil-registration lets register (RECORDERS) and read
// (READERS), from libs/common/src/auth/roles.ts. The service still decides every request.
import { READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

export const MARRIAGE_RECORDERS: readonly string[] = RECORDERS;
export const DIVORCE_READERS: readonly string[] = READERS;
