// 地名管理's route, spread into app/router.tsx.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PLACE_NAME_READERS } from './access';
import { PlaceNamesPage } from './PlaceNamesPage';

export const PLACE_NAME_ROUTES: RouteObject[] = [{ element: <RequireRole roles={PLACE_NAME_READERS} />, children: [{ path: PATHS.placeNames, element: <PlaceNamesPage /> }] }];
