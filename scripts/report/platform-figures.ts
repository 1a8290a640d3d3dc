// The platform's figure for each of the city's summary figures (seeds/city-2024-figures.json), read
// from the services' annual answers in the seed's unit: counts, fen, ratios (1 = 100%). The policy
// standards come from the standards each service answers in force during the year, with their
// dates. A key not listed here is a figure the platform does not produce (未覆盖). Pure.
import { isObject, numberAt, rowsAt, type SourceResult } from './report-model';
import type { ReportService } from './section-spec';

export type Answers = Partial<Record<ReportService, SourceResult>>;
type Read = (answers: Answers) => number | undefined;

const answerOf = (answers: Answers, service: ReportService): unknown => {
  const result = answers[service];
  return result?.ok && isObject(result.data) ? result.data : undefined;
};

/** A number at a path of one service's answer. */
const at = (service: ReportService, path: string): Read => (answers) => numberAt(answerOf(answers, service), path);

/** The sum of numbers at paths; undefined unless every one is there. */
const sum = (...reads: Read[]): Read => (answers) => {
  const values = reads.map((read) => read(answers));
  return values.some((v) => v === undefined) ? undefined : values.reduce<number>((n, v) => n + (v as number), 0);
};

/** A field of the row of an array whose `keyField` is `code`. */
const rowField = (service: ReportService, path: string, keyField: string, code: string, field: string): Read => (answers) =>
  numberAt(rowsAt(answerOf(answers, service), path).find((r) => r[keyField] === code), field);

/** A share in per cent as a ratio. */
const percentAsRatio = (read: Read): Read => (answers) => {
  const value = read(answers);
  return value === undefined ? undefined : value / 100;
};

/** numerator / denominator rounded half up to a whole number (fen), as DOMAIN §0 rounds money. */
const perUnit = (numerator: Read, denominator: Read): Read => (answers) => {
  const n = numerator(answers);
  const d = denominator(answers);
  return n === undefined || d === undefined || d === 0 ? undefined : Math.round(n / d);
};

/** Canteens open at the year's end by their opening day; from a canteen service without it, those of the register by operating mode, else one line per canteen. */
const canteens: Read = (answers) => {
  const data = answerOf(answers, 'canteen');
  const atYearEnd = numberAt(data, 'canteens.atYearEnd');
  if (atYearEnd !== undefined) return atYearEnd;
  const byMode = rowsAt(data, 'funding.byOperatingMode');
  if (byMode.length > 0) return byMode.reduce((n, r) => n + (numberAt(r, 'canteens') ?? 0), 0);
  const byCanteen = rowsAt(data, 'funding.byCanteen');
  return byCanteen.length > 0 ? byCanteen.length : undefined;
};

const highAgeRecipients: Read = (answers) => {
  const tiers = rowsAt(answerOf(answers, 'elderly-care'), 'highAgeAllowance.recipientsByTier');
  return tiers.length === 0 ? undefined : tiers.reduce((n, r) => n + (numberAt(r, 'recipients') ?? 0), 0);
};

/**
 * The amount of a standard (and tier) of a service's answer in force on a day of the answer's
 * year, 'MM-DD': the summary names the day for a standard changed in the year (7月1日前 / 起: 06-30
 * and 07-01); one it gives without a day is the one in force at the year's end.
 */
const standardOn = (service: ReportService, standard: string, monthDay: string, tier?: string): Read => (answers) => {
  const data = answerOf(answers, service);
  const year = numberAt(data, 'year');
  if (year === undefined) return undefined;
  const day = `${year}-${monthDay}`;
  const row = rowsAt(data, 'standards').find((s) => s.standard === standard && (tier === undefined || s.tier === tier));
  const period = rowsAt(row, 'periods').find((p) => typeof p.effectiveFrom === 'string' && p.effectiveFrom <= day && (typeof p.effectiveTo !== 'string' || day <= p.effectiveTo));
  return numberAt(period, 'amountFen');
};
const BEFORE_JULY = '06-30';
const FROM_JULY = '07-01';
const YEAR_END = '12-31';

const facility = (type: string, field: string): Read => rowField('elderly-care', 'facilities.byType', 'type', type, field);
const sa = (path: string): Read => at('social-assistance', path);
const ec = (path: string): Read => at('elderly-care', path);
const cw = (path: string): Read => at('child-welfare', path);
const cr = (path: string): Read => at('civil-registration', path);

export const PLATFORM_FIGURES: Record<string, Read> = {
  'dibao.standard.urban.before': standardOn('social-assistance', 'DIBAO_URBAN', BEFORE_JULY),
  'dibao.standard.urban': standardOn('social-assistance', 'DIBAO_URBAN', FROM_JULY),
  'dibao.standard.rural.before': standardOn('social-assistance', 'DIBAO_RURAL', BEFORE_JULY),
  'dibao.standard.rural': standardOn('social-assistance', 'DIBAO_RURAL', FROM_JULY),
  'tekun.standard.before': standardOn('social-assistance', 'TEKUN_DISPERSED', BEFORE_JULY),
  'tekun.standard': standardOn('social-assistance', 'TEKUN_DISPERSED', FROM_JULY),
  'cashPlus.tekunPersons': sa('cashPlusServices.tekunPersons'),
  'cashPlus.elderPersons': sa('cashPlusServices.elderPersons'),
  'cashPlus.householdVisits': sa('cashPlusServices.householdVisits'),
  'cashPlus.amount': sa('cashPlusServices.amountFen'),
  'vagrant.persons': sa('vagrantRelief.cases'),
  'highAge.amount.80to99': standardOn('elderly-care', 'HIGH_AGE_ALLOWANCE', YEAR_END, 'AGE_80_99'),
  'highAge.amount.100plus': standardOn('elderly-care', 'HIGH_AGE_ALLOWANCE', YEAR_END, 'AGE_100_PLUS'),
  'highAge.recipients': highAgeRecipients,
  'highAge.recipients100': rowField('elderly-care', 'highAgeAllowance.recipientsByTier', 'tier', 'AGE_100_PLUS', 'recipients'),
  'highAge.paid': ec('highAgeAllowance.totalFen'),
  'highAge.perPersonTime': perUnit(ec('highAgeAllowance.totalFen'), ec('highAgeAllowance.paymentLines')),
  'homeCare.elders': ec('homeCare.eldersServed'),
  'homeCare.visits': ec('homeCare.visits'),
  'homeCare.amount': ec('homeCare.visitsSubsidyFen'),
  'institutions.count': ec('institutions.institutions'),
  'institutions.beds': ec('institutions.beds'),
  'institutions.careWorkers': ec('institutions.careWorkers.certified'),
  'facilities.streetCentres': facility('STREET_CENTRE', 'facilities'),
  'facilities.communityCentres': facility('COMMUNITY_HOME_CARE_CENTRE', 'facilities'),
  'facilities.canteensStart': at('canteen', 'canteens.atYearStart'),
  'facilities.canteensEnd': canteens,
  'facilities.ruralHomes': facility('RURAL_HAPPINESS_HOME', 'facilities'),
  'facilities.activityRooms': facility('ACTIVITY_ROOM', 'facilities'),
  'facilities.townshipCoverage': percentAsRatio(facility('COMMUNITY_HOME_CARE_CENTRE', 'townshipsSharePercent')),
  'facilities.communityCoverage': percentAsRatio(facility('COMMUNITY_HOME_CARE_CENTRE', 'communitiesSharePercent')),
  'children.atRisk': sum(cw('children.byCategory.ORPHAN'), cw('children.byCategory.DE_FACTO_UNSUPPORTED'), cw('children.byCategory.IN_DIFFICULTY')),
  'childAllowance.standard.before': standardOn('child-welfare', 'CHILD_ALLOWANCE_DISPERSED', BEFORE_JULY),
  'childAllowance.standard': standardOn('child-welfare', 'CHILD_ALLOWANCE_DISPERSED', FROM_JULY),
  'children.leftBehind': cw('children.byCategory.RURAL_LEFT_BEHIND'),
  'children.helpNeeds': cw('helpNeeds.raised'),
  'staff.directors': cw('staff.directors'),
  'staff.supervisors': cw('staff.supervisors'),
  'pairings.cadres': cw('pairings.cadres'),
  'pairings.visitRounds': cw('pairings.visitRounds'),
  'studyGrants.fucai': cw('studyGrants.byKind.FUCAI_YUANMENG.amountFen'),
  'studyGrants.deFacto': cw('studyGrants.byKind.DE_FACTO_STUDY.amountFen'),
  'studentAid.springPersonTimes': cw('studentAid.byTerm.SPRING.personTimes'),
  'studentAid.springAmount': cw('studentAid.byTerm.SPRING.amountFen'),
  'volunteers.registered': cw('volunteers.registered'),
  'volunteers.childrenServed': cw('volunteers.childrenServed'),
  'charity.raised': cw('charity.raisedFen'),
  'charity.childrenAided': cw('charity.childrenAided'),
  adoptions: cw('adoptions'),
  marriages: cr('marriages'),
  'marriages.retroactive': cr('reRegistrations'),
  'ceremonies.group': cr('groupCeremonies'),
  'ceremonies.other': cr('otherCeremonies'),
  counselling: cr('premaritalCounsellingCouples'),
  mediation: cr('divorceMediationCouples'),
  parkPoints: cr('parkRegistrationPoints'),
  'divorce.applications': cr('divorceApplications'),
  'divorce.registrations': cr('divorceRegistrations'),
  deaths: cr('deaths'),
  'burials.hui': cr('exemptBurials'),
  cremationRate: cr('cremationRate'),
  'funeralBenefit.amount': cr('funeralBenefitTotalFen'),
  'cemeteries.urban': cr('urbanCemeteries'),
  'cemeteries.rural': sum(cr('ruralCemeteries'), cr('ruralAshHalls')),
  ashBurialRate: cr('ashBurialRate'),
  ashesPlaced: cr('ashesPlaced'),
  'placeNames.named': cr('placeNamesNamed'),
  'placeNames.collected': cr('placeNamesCollected'),
  'canteen.canteens': canteens,
  'canteen.subsidisedMeals': at('canteen', 'subsidisedMeals'),
  'canteen.subsidy': at('canteen', 'subsidyFen'),
  'canteen.perMeal': perUnit(at('canteen', 'subsidyFen'), at('canteen', 'subsidisedMeals')),
  'payments.oneCard': at('payments', 'paidFen'),
};
