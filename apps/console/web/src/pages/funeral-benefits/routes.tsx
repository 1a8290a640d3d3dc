// 惠民殡葬's routes, spread into app/router.tsx.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { FUNERAL_READERS } from './access';
import { FuneralBenefitPage } from './FuneralBenefitPage';
import { FuneralBenefitsPage } from './FuneralBenefitsPage';

export const FUNERAL_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={FUNERAL_READERS} />,
    children: [
      { path: PATHS.funeralBenefits, element: <FuneralBenefitsPage /> },
      { path: PATHS.funeralBenefit, element: <FuneralBenefitPage /> },
    ],
  },
];
