// 一卡通代发's routes, added to the app's router as they are.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PAYMENT_READERS } from './access';
import { BatchPage } from './BatchPage';
import { PaymentsPage } from './PaymentsPage';

export const PAYMENTS_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={PAYMENT_READERS} />,
    children: [
      { path: PATHS.payments, element: <PaymentsPage /> },
      { path: PATHS.paymentBatch, element: <BatchPage /> },
    ],
  },
];
