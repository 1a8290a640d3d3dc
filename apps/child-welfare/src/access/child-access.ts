import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import type { EntityManager } from 'typeorm';
import { Child } from '../children/child.entity';
import { canAccessVillage, overviewScope, type AccessMode } from './rules/division-access.rule';

export function assertVillageAccess(principal: Principal, villageCode: string, mode: AccessMode = 'write'): void {
  if (!canAccessVillage(principal, villageCode, mode)) {
    throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'the child is outside your village or township' });
  }
}

/** Loads a child the principal may see (with a row lock: may write): 404 if absent, 403 if out of division. */
export async function loadAccessibleChild(manager: EntityManager, principal: Principal, id: string, forUpdate = false): Promise<Child> {
  const child = await manager.findOne(Child, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!child) throw new ProblemException({ status: 404, code: 'CHILD.NOT_FOUND', detail: `no child ${id}` });
  assertVillageAccess(principal, child.villageCode, forUpdate ? 'write' : 'read');
  return child;
}

/** Loads and locks a child the principal may write whose case is open: 409 CHILD.CASE_CLOSED otherwise. */
export async function loadActiveChild(manager: EntityManager, principal: Principal, id: string): Promise<Child> {
  const child = await loadAccessibleChild(manager, principal, id, true);
  if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
  return child;
}

/** 403 CHILD.OUT_OF_DIVISION when the principal oversees no division; else the village-code prefix of what they oversee. */
export function requireOverviewScope(principal: Principal): string {
  const scope = overviewScope(principal);
  if (scope === null) throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'no division to list' });
  return scope;
}
