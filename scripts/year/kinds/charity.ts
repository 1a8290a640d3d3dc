// Charity (DOMAIN §5): each county whose children are aided opens a children's charity fund on the
// year's second day; companies and residents give to it in the first half of the year (the money
// raised is the profile's figure), and in the second half every aided child gets one grant from the
// fund of their county. A fund never pays out more than it has received by the day.
import { PersonFactory } from '../../population/people';
import type { Random } from '../../population/prng';
import { problemCode } from '../api';
import type { Cited } from '../profile';
import type { DriveContext, PlanContext } from '../context';
import type { CharityDonationEvent, CharityFundEvent, CharityGrantEvent } from '../events-children';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { AT_RISK, childIdOf, recognisableChildren } from './child-ledger';
import { splitEvenly } from './volunteers';

type Planned<E> = { day: number; event: E };

export const CHARITY_GRANT_FEN: Cited = { n: 50_000, cites: '[A] 500 yuan a child: school things and winter clothes' };
export const FUND_DAY = 1;
/** Donations come in on days 2–181 (to the end of June), grants go out from July. */
export const DONATION_DAYS = { first: 2, last: 181 } as const;

const DONORS = ['爱心企业', '商会', '银行', '个体工商户', '乡贤', '机关干部职工'];
const PURPOSES = ['学习用品和冬衣', '助学', '医疗康复', '生活物资'];

const countyOf = (villageCode: string): string => villageCode.slice(0, 6);

/** `total` split into `parts` whole-yuan amounts (fen), each at least a yuan, the same for the same random stream. */
function splitYuan(total: number, parts: number, random: Random): number[] {
  const yuan = Math.floor(total / 100);
  const weights = Array.from({ length: parts }, () => random.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => 1 + Math.floor(((yuan - parts) * w) / sum));
  amounts[0] += yuan - amounts.reduce((a, b) => a + b, 0);
  return amounts.map((a, i) => a * 100 + (i === 0 ? total % 100 : 0));
}

export function planCharity(ctx: PlanContext): Array<Planned<CharityFundEvent | CharityDonationEvent | CharityGrantEvent>> {
  const random = ctx.random('charity');
  const v = ctx.profile.volumes;
  const grantFen = CHARITY_GRANT_FEN.n;
  const children = random.shuffle(recognisableChildren(ctx.population).filter((c) => AT_RISK.has(c.category))).slice(0, v.charityChildrenAided.n);
  if (children.length < v.charityChildrenAided.n) throw new Error(`only ${children.length} at-risk children for ${v.charityChildrenAided.n} charity grants`);
  if (children.length * grantFen > v.charityRaisedFen.n) throw new Error(`${children.length} grants of ${grantFen} fen are more than the ${v.charityRaisedFen.n} fen raised`);
  const counties = [...new Set(children.map((c) => countyOf(c.villageCode)))].sort();
  if (counties.length > v.charityDonations.n) throw new Error(`${v.charityDonations.n} donations cannot reach the funds of ${counties.length} counties`);
  const needs = counties.map((county) => children.filter((c) => countyOf(c.villageCode) === county).length * grantFen);

  // Each fund receives what its grants need and a share of the rest; each fund at least one donation.
  const surplus = v.charityRaisedFen.n - needs.reduce((a, b) => a + b, 0);
  const totalNeed = needs.reduce((a, b) => a + b, 0);
  const raised = needs.map((need) => need + Math.floor((surplus * need) / Math.max(totalNeed, 1)));
  raised[0] += v.charityRaisedFen.n - raised.reduce((a, b) => a + b, 0);
  const donationsPerFund = splitEvenly(v.charityDonations.n, counties.length);

  const people = new PersonFactory(random, ctx.days[0]);
  const planned: Array<Planned<CharityFundEvent | CharityDonationEvent | CharityGrantEvent>> = [];
  counties.forEach((county, f) => {
    const fundKey = `charity-fund:${county}`;
    planned.push({ day: FUND_DAY, event: { kind: 'charity-fund', key: fundKey, title: `儿童关爱慈善基金（${county}）`, divisionCode: county } });
    splitYuan(raised[f], donationsPerFund[f], random).forEach((amountFen, d) => {
      const donorName = random.chance(0.5) ? `${random.pick(DONORS)}（示例）` : people.name();
      planned.push({ day: random.int(DONATION_DAYS.first, DONATION_DAYS.last), event: { kind: 'charity-donation', key: `${fundKey}:donation-${d}`, fundKey, donorName, amountFen } });
    });
  });
  children.forEach((c, i) => {
    const event: CharityGrantEvent = { kind: 'charity-grant', key: `charity-grant:${i}`, fundKey: `charity-fund:${countyOf(c.villageCode)}`, residentId: c.residentId, amountFen: grantFen, purpose: random.pick(PURPOSES) };
    planned.push({ day: random.int(DONATION_DAYS.last + 1, ctx.days.length - 1), event });
  });
  return planned;
}

interface FundAnswer {
  id: string;
  title: string;
  divisionCode: string;
}

/** The fund opened before (a day driven again), by its county and title. */
async function openedBefore(event: CharityFundEvent, ctx: DriveContext): Promise<string | null> {
  const res = await ctx.api.call('child-welfare', 'GET', '/api/v1/charity-funds?pageSize=100', 'clerk');
  if (res.status !== 200) return null;
  return (res.body as { items: FundAnswer[] }).items.find((f) => f.divisionCode === event.divisionCode && f.title === event.title)?.id ?? null;
}

export async function driveCharityFund(event: CharityFundEvent, ctx: DriveContext): Promise<Outcome> {
  const before = ctx.mayRepeat ? await openedBefore(event, ctx) : null;
  if (before) {
    ctx.refs[event.key] = before;
    return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', '/api/v1/charity-funds', 'clerk', { title: event.title, divisionCode: event.divisionCode });
  if (res.status !== 201) return refused(problemCode(res), res.text);
  ctx.refs[event.key] = (res.body as FundAnswer).id;
  return DONE;
}

export async function driveCharityDonation(event: CharityDonationEvent, ctx: DriveContext): Promise<Outcome> {
  const fundId = ctx.refs[event.fundKey];
  if (!fundId) return refused('YEAR.FUND_NOT_OPENED', `${event.fundKey} was not opened`);
  if (ctx.mayRepeat) {
    const res = await ctx.api.call('child-welfare', 'GET', `/api/v1/charity-funds/${fundId}/donations?pageSize=100`, 'clerk');
    const items = res.status === 200 ? (res.body as { items: Array<{ receivedOn: string; amountFen: number }> }).items : [];
    if (items.some((d) => d.receivedOn === ctx.day && d.amountFen === event.amountFen)) return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/charity-funds/${fundId}/donations`, 'clerk', { donorName: event.donorName, amountFen: event.amountFen, receivedOn: ctx.day });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}

export async function driveCharityGrant(event: CharityGrantEvent, ctx: DriveContext): Promise<Outcome> {
  const fundId = ctx.refs[event.fundKey];
  if (!fundId) return refused('YEAR.FUND_NOT_OPENED', `${event.fundKey} was not opened`);
  const child = await childIdOf(ctx, event.residentId);
  if ('outcome' in child) return child.outcome;
  if (ctx.mayRepeat) {
    const res = await ctx.api.call('child-welfare', 'GET', `/api/v1/charity-funds/${fundId}/grants?pageSize=100`, 'clerk');
    const items = res.status === 200 ? (res.body as { items: Array<{ grantedOn: string; childId: string }> }).items : [];
    if (items.some((g) => g.grantedOn === ctx.day && g.childId === child.id)) return PRESENT;
  }
  const res = await ctx.api.call('child-welfare', 'POST', `/api/v1/charity-funds/${fundId}/grants`, 'clerk', { childId: child.id, amountFen: event.amountFen, purpose: event.purpose, grantedOn: ctx.day });
  return res.status === 201 ? DONE : refused(problemCode(res), res.text);
}
