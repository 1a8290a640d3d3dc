// Who sees 死亡登记 and 死亡记录: the roles civil-registration lets record deaths (POST
// /api/v1/deaths: RECORDERS) and read them (READERS), from libs/common/src/auth/roles.ts, which
// the console's event stream also admits. The service still decides every request.
import { READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

export const DEATH_RECORDERS: readonly string[] = RECORDERS;
export const DEATH_READERS: readonly string[] = READERS;
