import { maskResidentId } from '@app/common/resident-id/resident-id';
import { maskName } from '@app/common/privacy/mask';
import type { ChildCategory } from '../categories/rules/child-category.rule';
import type { Child } from './child.entity';

/** Children's data is sensitive (DOMAIN §9): IDs and names leave masked. */
export function childView(child: Child, categoriesToday: ChildCategory[]) {
  return {
    id: child.id,
    residentId: maskResidentId(child.residentId),
    name: maskName(child.name),
    birthDate: child.birthDate,
    villageCode: child.villageCode,
    townshipCode: child.townshipCode,
    carer: { name: maskName(child.carerName), relation: child.carerRelation },
    guardians: child.guardians.map((g) => ({ ...g, residentId: maskResidentId(g.residentId), name: maskName(g.name) })),
    categories: categoriesToday,
    careForm: child.careForm,
    registeredOn: child.registeredOn,
    adoptedOn: child.adoptedOn,
    status: child.status,
    closedOn: child.closedOn,
    closedReason: child.closedReason,
    riskTier: child.riskTier,
    riskReason: child.riskReason,
    tierRatedOn: child.tierRatedOn,
    lastVisitOn: child.lastVisitOn,
    nextVisitDue: child.nextVisitDue,
  };
}
