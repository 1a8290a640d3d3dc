// 一人一档 in civil registration: the person's marriages, divorce applications, death and funeral
// benefit in one answer. Civil status is one register for the city: like the service's other
// reads by resident ID (`POST /marriages/search`, `POST /deaths/search`), it is not limited by
// division (the records carry the office's division, not the person's residence).
import { personNotFound } from '@app/common/http/person-lookup';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeathsService } from '../deaths/deaths.service';
import { Divorce } from '../divorces/divorce.entity';
import { DivorcesService } from '../divorces/divorces.service';
import { FuneralBenefitsService } from '../funeral-benefits/funeral-benefits.service';
import { MarriagesService } from '../marriages/marriages.service';
import type { CivilRegistrationPerson } from './dto/person.dto';

@Injectable()
export class PersonFileQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly marriages: MarriagesService,
    private readonly divorces: DivorcesService,
    private readonly deaths: DeathsService,
    private readonly benefits: FuneralBenefitsService,
  ) {}

  async file(residentId: string): Promise<CivilRegistrationPerson> {
    const today = this.clock.today();
    const [marriages, divorces, deaths, funeralBenefits] = await Promise.all([
      this.marriages.findByResident(residentId),
      this.dataSource.manager.find(Divorce, { where: [{ partyAResidentId: residentId }, { partyBResidentId: residentId }], order: { appliedOn: 'ASC', id: 'ASC' } }),
      this.deaths.findByResident(residentId),
      this.benefits.findByResident(residentId),
    ]);
    if (marriages.length + divorces.length + deaths.length + funeralBenefits.length === 0) throw personNotFound();
    const death = deaths[0] ?? null;
    return {
      residentId,
      name: death?.name ?? null,
      maritalStatus: marriages.some((m) => m.status === 'ACTIVE') ? 'MARRIED' : 'NOT_MARRIED',
      marriages,
      divorces: divorces.map((d) => this.divorces.toDto(d, today)),
      death,
      funeralBenefits,
    };
  }
}
