// 一人一档 in child welfare: the person as a child in the ledger (with allowance, help and
// reassessments) and as a parent or guardian of children, as far as the caller may see: a child
// director their village, a supervisor their township, platform staff their division (the
// service's access rule). Known only elsewhere: 403 CHILD.OUT_OF_DIVISION, like a child's record.
import type { Principal } from '@app/common/auth/claims';
import { personNotFound } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertVillageAccess } from '../access/child-access';
import { canAccessVillage } from '../access/rules/division-access.rule';
import { AllowancesService } from '../allowances/allowances.service';
import { Child } from '../children/child.entity';
import { childView } from '../children/child.view';
import { ChildrenService } from '../children/children.service';
import { HelpService } from '../help/help.service';
import { ReassessmentsService } from '../reassessments/reassessments.service';
import type { ChildFile, ChildWelfarePerson, GuardianLink } from './dto/person.dto';

function guardianLink(child: Child, residentId: string): GuardianLink {
  const { residentId: _id, name: _name, relation, ...situation } = child.guardians.find((g) => g.residentId === residentId)!;
  return { childId: child.id, childResidentId: child.residentId, childName: child.name, villageCode: child.villageCode, relation, situation, status: child.status };
}

@Injectable()
export class PersonFileQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenService,
    private readonly allowances: AllowancesService,
    private readonly help: HelpService,
    private readonly reassessments: ReassessmentsService,
  ) {}

  async file(residentId: string, principal: Principal): Promise<ChildWelfarePerson> {
    const manager = this.dataSource.manager;
    const [own, wards] = await Promise.all([
      manager.findOneBy(Child, { residentId }),
      manager.createQueryBuilder(Child, 'c').where('c.guardians @> CAST(:guardian AS jsonb)', { guardian: JSON.stringify([{ residentId }]) }).orderBy('c.registered_on').addOrderBy('c.id').getMany(),
    ]);
    if (!own && wards.length === 0) throw personNotFound();
    const child = own && canAccessVillage(principal, own.villageCode, 'read') ? await this.childFile(principal, own.id) : null;
    const guardianOf = wards.filter((w) => canAccessVillage(principal, w.villageCode, 'read')).map((w) => guardianLink(w, residentId));
    if (!child && guardianOf.length === 0) assertVillageAccess(principal, (own ?? wards[0]).villageCode, 'read');
    const asGuardian = wards.find((w) => canAccessVillage(principal, w.villageCode, 'read'))?.guardians.find((g) => g.residentId === residentId);
    return { residentId, name: child?.name ?? asGuardian?.name ?? null, child, guardianOf };
  }

  private async childFile(principal: Principal, id: string): Promise<ChildFile> {
    const { child, categoriesToday } = await this.children.get(principal, id);
    const [allowance, helpNeeds, pairings, reassessments] = await Promise.all([
      this.allowances.status(principal, id),
      this.help.needs(principal, id),
      this.help.pairings(principal, id),
      this.reassessments.list(principal, id),
    ]);
    return { ...childView(child, categoriesToday), allowance, helpNeeds, pairings, reassessments };
  }
}
