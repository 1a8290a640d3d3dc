import { ageOn } from '@app/common/resident-id/resident-id';
import { KIND_ORDER, type YearEvent } from '../../scripts/year/events';
import type { AccountCorrectionsEvent, BankReturnEvent, PayeeAccountsEvent } from '../../scripts/year/events-payments';
import { payeeDirectory } from '../../scripts/year/bank/accounts';
import { BATCH_DAY, CANDIDATES_PER_FAILURE, RETURN_DAY } from '../../scripts/year/kinds/payments-plan';
import { buildPlan, type YearPlan } from '../../scripts/year/plan';
import { yearProfileFor, type YearProfile } from '../../scripts/year/profile';

// 一卡通 in the plan of a year: accounts on day 1 but for a few, batches and returns each month,
// failures January to November among people paid every month, corrections before the next payrolls.
const tiny = yearProfileFor('tiny');
const plan = buildPlan(tiny, 2024, 1);

function of<K extends YearEvent['kind']>(p: YearPlan, kind: K): Array<{ date: string; e: Extract<YearEvent, { kind: K }> }> {
  return p.days.flatMap((d) => d.events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind).map((e) => ({ date: d.date, e })));
}

describe('一卡通 in the plan of a year', () => {
  const accounts = of(plan, 'payee-accounts');
  const registers = accounts.find((a) => a.e.scope === 'REGISTERS')!;
  const later = accounts.filter((a) => a.e.scope === 'LISTED');
  const newcomers = accounts.filter((a) => a.e.scope === 'NEWCOMERS');
  const returns = of(plan, 'bank-return');
  const corrections = of(plan, 'account-corrections');
  const months = Array.from({ length: 12 }, (_v, i) => `2024-${String(i + 1).padStart(2, '0')}`);

  it('imports the registers’ accounts on day 1, after the registers, but for the payees still waiting for their card', () => {
    expect(registers.date).toBe('2024-01-01');
    expect(registers.e.residentIds).toHaveLength(tiny.volumes.payeesWithoutAccount.n);
    expect(KIND_ORDER.indexOf('payee-accounts')).toBeGreaterThan(KIND_ORDER.indexOf('registers'));
  });

  it('gives each of them an account once, between April and September', () => {
    expect(later.flatMap((a) => a.e.residentIds).sort()).toEqual(registers.e.residentIds);
    expect(later.every((a) => a.date >= '2024-04-01' && a.date <= '2024-09-30' && a.e.key === `payee-accounts:${a.date}`)).toBe(true);
  });

  it('gives the people the year brings in an account the day they come, numbered after the registers’ payees: orphans, 低保 and 特困 applicants', () => {
    const orphans = of(plan, 'orphan-registration').map((o) => ({ date: o.date, residentId: o.e.residentId, name: o.e.name, divisionCode: o.e.villageCode }));
    const applicants = of(plan, 'dibao-application').map((a) => {
      const payee = a.e.household.members.find((m) => m.relation === 'APPLICANT')!;
      return { date: a.date, residentId: payee.residentId, name: payee.name, divisionCode: a.e.household.regionCode };
    });
    const tekun = of(plan, 'tekun-application').map((a) => ({ date: a.date, residentId: a.e.tekun.residentId, name: a.e.household.members[0].name, divisionCode: a.e.household.regionCode }));
    expect([orphans.length, applicants.length, tekun.length]).toEqual([tiny.volumes.adoptions.n, tiny.volumes.dibaoApplications.n, tiny.volumes.tekunApplications.n]);
    const came = newcomers.flatMap((n) => (n.e.newcomers ?? []).map(({ place, ...person }) => ({ date: n.date, ...person, place })));
    const registered = payeeDirectory(plan.population).payees.length;
    const expected = [...orphans, ...applicants, ...tekun].sort((a, b) => a.date.localeCompare(b.date)).map((p, i) => ({ ...p, place: registered + i }));
    expect([...came].sort((a, b) => a.place - b.place)).toEqual(expected);
    expect(newcomers.every((n) => n.e.key === `payee-accounts:newcomers:${n.date}` && n.e.residentIds.join() === n.e.newcomers!.map((c) => c.residentId).join())).toBe(true);
  });

  it('assembles each month on the 5th, has the banks answer on the 10th, and corrects the failed accounts before the next month', () => {
    expect(of(plan, 'payment-batches').map((b) => [b.date, b.e.month])).toEqual(months.map((m) => [`${m}-0${BATCH_DAY}`, m]));
    expect(returns.map((r) => [r.date, r.e.month])).toEqual(months.map((m) => [`${m}-${RETURN_DAY}`, m]));
    expect(corrections.map((c) => c.e.month)).toEqual(months.slice(0, 11));
    expect(corrections.every((c) => c.date.startsWith(c.e.month) && c.date > `${c.e.month}-${RETURN_DAY}`)).toBe(true);
  });

  it('fails the profile’s number of payees a month from January to November, none in December, and corrects those the returns failed', () => {
    expect(returns.map((r) => [r.e.failures, r.e.candidates.length])).toEqual(months.map((_m, i) => (i < 11 ? [1, CANDIDATES_PER_FAILURE] : [0, 0])));
    const asCorrected = (r: { e: BankReturnEvent }) => ({ month: r.e.month, failures: r.e.failures, candidates: r.e.candidates });
    expect(corrections.map((c: { e: AccountCorrectionsEvent }) => ({ month: c.e.month, failures: c.e.failures, candidates: c.e.candidates }))).toEqual(returns.slice(0, 11).map(asCorrected));
  });

  it('takes its candidates among people paid every month who stay so all year, each once, none of them waiting for a card', () => {
    const p = plan.population;
    const dying = new Set(of(plan, 'death').map((d) => d.e.residentId));
    const stopping = new Set(of(plan, 'dibao-stop').map((s) => s.e.residentId));
    const touched = new Set([...dying, ...p.households.filter((h) => h.members.some((m) => dying.has(m.residentId) || stopping.has(m.residentId))).flatMap((h) => h.members.map((m) => m.residentId))]);
    expect(stopping.size).toBeGreaterThan(0);
    const steady = new Set([
      ...p.elders.filter((e) => ageOn(e.birthDate, '2024-01-01') >= 80).map((e) => e.residentId),
      ...p.households.map((h) => (h.program === 'DIBAO' ? h.members.find((m) => m.relation === 'APPLICANT')!.residentId : h.tekun?.careForm === 'DISPERSED' ? h.tekun.residentId : '')),
      ...p.children.filter((c) => c.category === 'ORPHAN' || c.category === 'DE_FACTO_UNSUPPORTED').map((c) => c.residentId),
    ]);
    const candidates = returns.flatMap((r) => r.e.candidates.map((c) => c.residentId));
    const chosen = [...candidates, ...registers.e.residentIds];
    expect(new Set(chosen).size).toBe(chosen.length);
    expect(chosen.filter((id) => !steady.has(id) || touched.has(id))).toEqual([]);
    expect(new Set(returns.flatMap((r) => r.e.candidates.map((c) => c.reason))).size).toBeGreaterThan(1);
    // 低保 applicants, approved in January, are first paid in February: candidates from then on.
    const applicants = new Set(p.households.filter((h) => h.program === 'DIBAO').map((h) => h.members.find((m) => m.relation === 'APPLICANT')!.residentId));
    const january = returns[0].e.candidates.map((c) => c.residentId);
    expect([january.length, january.filter((id) => applicants.has(id))]).toEqual([CANDIDATES_PER_FAILURE, []]);
    expect(candidates.some((id) => applicants.has(id))).toBe(true);
  });

  it('is the same for the same seed, and other people for another', () => {
    const again = buildPlan(tiny, 2024, 1);
    expect(of(again, 'bank-return')).toEqual(returns);
    expect(of(again, 'payee-accounts')).toEqual(accounts);
    const other = (of(buildPlan(tiny, 2024, 5), 'payee-accounts')[0].e as PayeeAccountsEvent).residentIds;
    expect(other).not.toEqual(registers.e.residentIds);
  });

  it('refuses a profile wanting more failures than the registers have people paid every month', () => {
    const greedy: YearProfile = { ...tiny, volumes: { ...tiny.volumes, paymentFailuresPerMonth: { n: 20, cites: 'test' } } };
    expect(() => buildPlan(greedy, 2024, 1)).toThrow(/people paid every month, the profile wants 2 without an account and 660 candidates to fail/);
  });
});
