// 结婚登记 and 离婚日历's routes, spread into app/router.tsx.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { DIVORCE_READERS, MARRIAGE_RECORDERS } from './access';
import { DivorceCalendarPage } from './DivorceCalendarPage';
import { MarriageRegisterPage } from './MarriageRegisterPage';

export const MARRIAGE_ROUTES: RouteObject[] = [
  { element: <RequireRole roles={MARRIAGE_RECORDERS} />, children: [{ path: PATHS.marriageNew, element: <MarriageRegisterPage /> }] },
  { element: <RequireRole roles={DIVORCE_READERS} />, children: [{ path: PATHS.divorceCalendar, element: <DivorceCalendarPage /> }] },
];
