// Temporary relief (临时救助, DOMAIN §3): one-off grants by the clerk to people of the registers'
// 低保 households hit by a sudden event (急难型) or a heavy necessary expense (支出型), documented
// when granted. Amounts of 500 to 3,000 yuan [A], within the limit of ten months of either
// standard; recipients whom no death of the year touches, each once.
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { DeathEvent, TemporaryReliefEvent } from '../events';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { untouchedByDeaths } from './dibao-stops';
import { findPerson, refusedIfUnreadable } from './person-file';

const REASONS: Record<TemporaryReliefEvent['reliefType'], readonly string[]> = {
  EMERGENCY: ['突发重大疾病（合成数据）', '家中遭受火灾（合成数据）', '意外伤害致生活困难（合成数据）'],
  EXPENDITURE: ['大病医疗自付费用过高（合成数据）', '子女就学费用负担过重（合成数据）'],
};

export function planTemporaryRelief(ctx: PlanContext, deaths: ReadonlyArray<{ event: DeathEvent }>): Array<{ day: number; event: TemporaryReliefEvent }> {
  const random = ctx.random('temporary-relief');
  const wanted = ctx.profile.volumes.temporaryReliefGrants.n;
  const candidates = untouchedByDeaths(ctx.population.households, deaths);
  if (candidates.length < wanted) throw new Error(`only ${candidates.length} 低保 households of the registers see no death in the year, the profile wants ${wanted} temporary relief grants`);
  const last = ctx.days.length - 1;
  return random
    .shuffle(candidates)
    .slice(0, wanted)
    .map((household, i) => {
      const reliefType = random.chance(0.6) ? ('EMERGENCY' as const) : ('EXPENDITURE' as const);
      const event: TemporaryReliefEvent = {
        kind: 'temporary-relief',
        key: `temporary-relief:${i}`,
        residentId: household.members[0].residentId,
        area: household.area,
        regionCode: household.regionCode,
        reliefType,
        // 500 to 3,000 yuan in hundreds.
        amountFen: random.int(5, 30) * 10_000,
        reason: random.pick(REASONS[reliefType]),
      };
      return { day: random.int(1, last), event };
    });
}

export function driveTemporaryRelief(event: TemporaryReliefEvent, ctx: DriveContext): Promise<Outcome> {
  return refusedIfUnreadable(async () => {
    // A rerun of the day: the person's grant of the day is there already.
    const file = await findPerson(ctx, event.residentId);
    if (file?.temporaryRelief.some((r) => r.grantedOn === ctx.day && r.amountFen === event.amountFen)) return PRESENT;
    const { residentId, area, regionCode, reliefType, amountFen, reason } = event;
    const res = await ctx.api.call('social-assistance', 'POST', '/api/v1/temporary-relief', 'clerk', { residentId, area, regionCode, reliefType, amountFen, reason });
    return res.status === 201 ? DONE : refused(problemCode(res), res.text);
  });
}
