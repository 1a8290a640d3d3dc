// `GET /api/v1/dashboard` of a service's DashboardController, the same on every service: who reads
// it (those who decide, and the auditor who checks them) and its one response shape.
import { applyDecorators, Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { AUDITOR, DECIDERS } from '../auth/roles';
import { Roles } from '../auth/roles.decorator';
import { DashboardResponse } from './dashboard.dto';

/** The figures a bureau director watches: the approver and the admin decide, the auditor checks. */
export const DASHBOARD_ROLES = [...DECIDERS, AUDITOR] as const;

/** What the service's series count, in `description`. */
export function DashboardRoute(description: string): MethodDecorator {
  return applyDecorators(Get(), Roles(...DASHBOARD_ROLES), ApiOkResponse({ type: DashboardResponse, description }));
}
