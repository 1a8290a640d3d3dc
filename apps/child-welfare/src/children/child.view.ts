import type { ChildCategory } from '../categories/rules/child-category.rule';
import type { Child } from './child.entity';

/**
 * Children's data is sensitive (DOMAIN §9): IDs and names leave masked by the global
 * personal-data masking (PersonalDataModule), which also unmasks them for an audited `unmask` caller.
 */
export function childView(child: Child, categoriesToday: ChildCategory[]) {
  return {
    id: child.id,
    residentId: child.residentId,
    name: child.name,
    birthDate: child.birthDate,
    villageCode: child.villageCode,
    townshipCode: child.townshipCode,
    carer: { name: child.carerName, relation: child.carerRelation },
    guardians: child.guardians,
    situations: child.situations,
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
