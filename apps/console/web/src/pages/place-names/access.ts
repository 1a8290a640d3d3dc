// Who sees 地名管理: civil-registration lets its readers search place names and its recorders
// record them within their division (libs/common/src/auth/roles.ts). The service decides each request.
import { READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

export const PLACE_NAME_READERS: readonly string[] = READERS;
export const PLACE_NAME_RECORDERS: readonly string[] = RECORDERS;
