// The bureau's summary tables, one builder per section, from the JSON each service's annual
// endpoint answers. Tolerant by design: a missing figure renders as a dash, an unknown figure
// appears under "Other figures reported", and a service that did not answer makes its sections
// say why instead of failing the report.
import { CANTEEN_FUNDING_FIGURES, canteenFundingTables } from './canteen-sections';
import { CHILD_WELFARE_PROGRAMME_FIGURES, childWelfareProgrammeTables } from './child-welfare-sections';
import { CIVIL_REGISTRATION_SECTIONS } from './civil-registration-sections';
import { ELDERLY_CARE_CAPACITY_FIGURES, assessmentPurposeTable, careCapacityTables } from './elderly-care-sections';
import { MISSING, count, numberAt, otherFiguresTable, rowsAt, text, yuan, isObject, type AnnualReport, type Section, type SourceResult } from './report-model';
import { asOfCaption, figureRows, keyedCounts, type ReportService, type SectionSpec } from './section-spec';

export { REPORT_SERVICES, type ReportService } from './section-spec';

const PROGRAMS: Array<[string, string]> = [
  ['DIBAO', '低保 minimum living guarantee'],
  ['TEKUN', '特困 extremely poor persons'],
];

/** The programme codes of payable lines (libs/contracts payableProgrammeSchema). */
const PAYABLE_PROGRAMMES: Record<string, string> = {
  DIBAO: '低保 minimum living guarantee',
  TEKUN: '特困 extremely poor persons',
  HIGH_AGE_ALLOWANCE: '高龄津贴 high-age allowance',
  SERVICE_SUBSIDY: '服务补贴 service subsidy',
  CHILD_ALLOWANCE: '儿童生活费 child allowance',
  FUNERAL_BENEFIT: '惠民殡葬 funeral benefit',
  CANTEEN_SETTLEMENT: '幸福食堂 canteen settlements',
  HOME_CARE_SETTLEMENT: '居家养老 home-care settlements',
  SERVICE_PROVIDER_SETTLEMENT: '服务机构 service providers',
};

const CHILD_CATEGORY_LABELS: Record<string, string> = {
  ORPHAN: '孤儿 orphans',
  DE_FACTO_UNSUPPORTED: '事实无人抚养 de facto unsupported',
  SPECIAL_DIFFICULTY: '特殊困难儿童 special difficulty',
  IN_DIFFICULTY: '困境儿童 in difficulty',
  RURAL_LEFT_BEHIND: '留守儿童 rural left-behind',
};
const TIER_LABELS: Record<string, string> = { RED: 'red (high)', ORANGE: 'orange (medium)', GREEN: 'green (low)' };

export const SECTIONS: SectionSpec[] = [
  {
    key: 'assistance',
    title: 'Social assistance (社会救助)',
    source: 'social-assistance',
    used: ['DIBAO', 'TEKUN', 'temporaryRelief', 'vagrantRelief', 'cashPlusServices'],
    build: (data) => [
      {
        caption: '低保 and 特困: households and persons started and stopped in the year, money paid by the year\'s payrolls',
        headers: ['programme', 'new households', 'new persons', 'stopped households', 'stopped persons', 'paid (yuan)'],
        rows: PROGRAMS.map(([key, label]) => [
          label,
          count(numberAt(data, `${key}.newHouseholds`)),
          count(numberAt(data, `${key}.newPersons`)),
          count(numberAt(data, `${key}.stoppedHouseholds`)),
          count(numberAt(data, `${key}.stoppedPersons`)),
          yuan(numberAt(data, `${key}.paidFen`)),
        ]),
      },
      {
        caption: 'Temporary relief (临时救助)',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['grants', 'temporaryRelief.grants', 'count'],
          ['amount (yuan)', 'temporaryRelief.amountFen', 'yuan'],
        ]),
      },
      {
        caption: '"物质+服务" cash plus services: people served, household-visits and amount of the settlements approved for the year',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['特困 people served', 'cashPlusServices.tekunPersons', 'count'],
          ['people aged 80+ served', 'cashPlusServices.elderPersons', 'count'],
          ['household-visits', 'cashPlusServices.householdVisits', 'count'],
          ['amount (yuan)', 'cashPlusServices.amountFen', 'yuan'],
        ]),
      },
    ],
  },
  {
    key: 'children',
    title: 'Child welfare (儿童福利)',
    source: 'child-welfare',
    used: ['children', 'allowances', 'visits', 'helpNeeds', 'pairings', 'adoptions', 'asOf', 'scope', ...CHILD_WELFARE_PROGRAMME_FIGURES],
    build: (data) => [
      {
        caption: asOfCaption(data, 'Children in the ledger by category'),
        headers: ['category', 'children'],
        rows: [...keyedCounts(data, 'children.byCategory', CHILD_CATEGORY_LABELS), ['all children in the ledger', count(numberAt(data, 'children.inLedger'))]],
      },
      { caption: asOfCaption(data, 'Children by risk tier'), headers: ['tier', 'children'], rows: keyedCounts(data, 'children.byTier', TIER_LABELS) },
      {
        caption: 'Child allowances paid in the year',
        headers: ['category', 'payment lines', 'amount (yuan)'],
        rows: [
          ...rowsAt(data, 'allowances.byCategory').map((r) => [
            CHILD_CATEGORY_LABELS[String(r.category)] ?? text(r.category),
            count(numberAt(r, 'lines')),
            yuan(numberAt(r, 'totalFen')),
          ]),
          ['total', count(numberAt(data, 'allowances.lines')), yuan(numberAt(data, 'allowances.totalFen'))],
          // The child allowance takes precedence over 低保/特困 for the same child (DOMAIN §5).
          ['of which for children also on 低保/特困', count(numberAt(data, 'allowances.overlappingLines')), ''],
        ],
      },
      {
        caption: 'Care work',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['visits done', 'visits.done', 'count'],
          ['visits overdue at the end', 'visits.overdue', 'count'],
          ['visits by paired cadres', 'visits.byCadres', 'count'],
          ['help needs raised', 'helpNeeds.raised', 'count'],
          ['help needs closed', 'helpNeeds.closed', 'count'],
          ['children paired with cadres', 'pairings.childrenPaired', 'count'],
          ['cadres paired', 'pairings.cadres', 'count'],
          ['adoptions registered', 'adoptions', 'count'],
        ]),
      },
      ...childWelfareProgrammeTables(data),
    ],
  },
  {
    key: 'vagrant-relief',
    title: 'Vagrant relief (流浪乞讨救助)',
    source: 'social-assistance',
    used: [],
    build: (data) => [
      {
        caption: 'People helped',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['persons admitted in the year', 'vagrantRelief.cases', 'count'],
          ['24-hour hotline calls', 'vagrantRelief.hotlineCalls', 'count'],
          ['street patrols', 'vagrantRelief.streetPatrols', 'count'],
          ['returnees assessed after going home (回归稳固)', 'vagrantRelief.returnFollowUps.returneesAssessed', 'count'],
          ['… settled (稳定)', 'vagrantRelief.returnFollowUps.settled', 'count'],
          ['… at risk of leaving again (有返流风险)', 'vagrantRelief.returnFollowUps.atRisk', 'count'],
          ['… left again (再次外出流浪)', 'vagrantRelief.returnFollowUps.leftAgain', 'count'],
          ['… unreachable (无法联系)', 'vagrantRelief.returnFollowUps.unreachable', 'count'],
          ['follow-up visits after the first assessment', 'vagrantRelief.returnFollowUps.followUps', 'count'],
        ]),
      },
    ],
  },
  {
    key: 'elderly',
    title: 'Elderly care (养老服务)',
    source: 'elderly-care',
    used: ['highAgeAllowance', 'serviceSubsidy', 'assessments', 'homeCare', 'institutions', 'asOf', ...ELDERLY_CARE_CAPACITY_FIGURES],
    build: (data) => [
      {
        caption: 'High-age allowance (高龄津贴): recipients by tier',
        headers: ['tier', 'recipients'],
        rows: rowsAt(data, 'highAgeAllowance.recipientsByTier').map((r) => [text(r.tier), count(numberAt(r, 'recipients'))]),
      },
      {
        caption: 'Allowances paid in the year',
        headers: ['allowance', 'recipients', 'paid recipients', 'payment lines', 'paid (yuan)'],
        rows: [
          [
            'high-age allowance',
            count(rowsAt(data, 'highAgeAllowance.recipientsByTier').reduce<number | undefined>((n, r) => (typeof r.recipients === 'number' ? (n ?? 0) + r.recipients : n), undefined)),
            count(numberAt(data, 'highAgeAllowance.paidRecipients')),
            count(numberAt(data, 'highAgeAllowance.paymentLines')),
            yuan(numberAt(data, 'highAgeAllowance.totalFen')),
          ],
          [
            'service subsidy (80+ on 低保/特困)',
            count(numberAt(data, 'serviceSubsidy.recipients')),
            count(numberAt(data, 'serviceSubsidy.paidRecipients')),
            count(numberAt(data, 'serviceSubsidy.paymentLines')),
            yuan(numberAt(data, 'serviceSubsidy.totalFen')),
          ],
        ],
      },
      {
        caption: `Ability assessments (GB/T 42195-2022), ${count(numberAt(data, 'assessments.total'))} in all`,
        headers: ['level', 'assessments'],
        rows: rowsAt(data, 'assessments.byLevel').map((r) => [text(r.level), count(numberAt(r, 'assessments'))]),
      },
      assessmentPurposeTable(data),
      {
        caption: 'Home care ("10+N")',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['orders', 'homeCare.orders', 'count'],
          ['visits', 'homeCare.visits', 'count'],
          ['elders served', 'homeCare.eldersServed', 'count'],
          ['price of visits (yuan)', 'homeCare.visitsPriceFen', 'yuan'],
          ['subsidy of visits (yuan)', 'homeCare.visitsSubsidyFen', 'yuan'],
          ['home-care beds active', 'homeCare.homeCareBeds.activeAsOf', 'count'],
          ['home-care beds contracted in the year', 'homeCare.homeCareBeds.contractedInYear', 'count'],
        ]),
      },
      {
        caption: asOfCaption(data, 'Institutions and beds'),
        headers: ['figure', 'value'],
        rows: [
          ...figureRows(data, [
            ['institutions', 'institutions.institutions', 'count'],
            ['beds', 'institutions.beds', 'count'],
            ['occupied', 'institutions.occupied', 'count'],
            ['free', 'institutions.free', 'count'],
          ]),
          ['occupancy', numberAt(data, 'institutions.occupancyPercent') === undefined ? MISSING : `${count(numberAt(data, 'institutions.occupancyPercent'))}%`],
          ...figureRows(data, [
            ['admissions', 'institutions.admissions', 'count'],
            ['discharges', 'institutions.discharges', 'count'],
          ]),
        ],
      },
      ...careCapacityTables(data),
    ],
  },
  {
    key: 'canteens',
    title: 'Elderly canteens (幸福食堂)',
    source: 'canteen',
    used: ['meals', 'subsidisedMeals', 'subsidyFen', 'dinersServed', 'byCanteen', 'byTier', ...CANTEEN_FUNDING_FIGURES],
    build: (data) => [
      {
        caption: 'Meals and subsidy',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['meals', 'meals', 'count'],
          ['subsidised meals', 'subsidisedMeals', 'count'],
          ['subsidy (yuan)', 'subsidyFen', 'yuan'],
          ['diners served', 'dinersServed', 'count'],
        ]),
      },
      {
        caption: 'By canteen',
        headers: ['canteen', 'meals', 'subsidised meals', 'subsidy (yuan)'],
        rows: rowsAt(data, 'byCanteen').map((r) => [text(r.canteenName), count(numberAt(r, 'meals')), count(numberAt(r, 'subsidisedMeals')), yuan(numberAt(r, 'subsidyFen'))]),
      },
      {
        caption: 'By subsidy tier',
        headers: ['tier', 'meals', 'subsidised meals', 'subsidy (yuan)'],
        rows: rowsAt(data, 'byTier').map((r) => [text(r.tier), count(numberAt(r, 'meals')), count(numberAt(r, 'subsidisedMeals')), yuan(numberAt(r, 'subsidyFen'))]),
      },
      ...canteenFundingTables(data),
    ],
  },
  ...CIVIL_REGISTRATION_SECTIONS,
  {
    key: 'disbursement',
    title: 'Disbursement through 一卡通 (惠民惠农 one-card accounts)',
    source: 'payments',
    used: ['paidLines', 'paidFen', 'failedLines', 'failedFen', 'byProgramme'],
    build: (data) => [
      {
        caption: 'Paid into payees\' accounts in the year (by the bank\'s value date)',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['lines paid', 'paidLines', 'count'],
          ['paid (yuan)', 'paidFen', 'yuan'],
          ['lines returned failed', 'failedLines', 'count'],
          ['failed (yuan)', 'failedFen', 'yuan'],
        ]),
      },
      {
        caption: 'By programme',
        headers: ['programme', 'lines paid', 'payees paid', 'paid (yuan)', 'lines failed', 'failed (yuan)'],
        rows: rowsAt(data, 'byProgramme').map((r) => [
          PAYABLE_PROGRAMMES[text(r.programme)] ?? text(r.programme),
          count(numberAt(r, 'paidLines')),
          count(numberAt(r, 'payeesPaid')),
          yuan(numberAt(r, 'paidFen')),
          count(numberAt(r, 'failedLines')),
          yuan(numberAt(r, 'failedFen')),
        ]),
      },
    ],
  },
];

/**
 * The report from what each service answered. A section whose service failed says "not
 * available" with the reason; figures no section shows are listed after the last section of
 * their service.
 */
export function buildAnnualReport(year: number, results: Partial<Record<ReportService, SourceResult>>, generatedAt: string): AnnualReport {
  const lastOfSource = new Map<string, string>();
  for (const spec of SECTIONS) lastOfSource.set(spec.source, spec.key);
  const sections: Section[] = SECTIONS.map((spec) => {
    const result = results[spec.source] ?? { ok: false, reason: 'not requested' };
    if (!result.ok) return { key: spec.key, title: spec.title, source: spec.source, tables: [], unavailable: result.reason };
    if (!isObject(result.data)) return { key: spec.key, title: spec.title, source: spec.source, tables: [], unavailable: 'the service answered something that is not a JSON object' };
    const tables = spec.build(result.data);
    if (lastOfSource.get(spec.source) === spec.key) {
      const used = SECTIONS.filter((s) => s.source === spec.source).flatMap((s) => s.used);
      tables.push(...otherFiguresTable(result.data, used));
    }
    return { key: spec.key, title: spec.title, source: spec.source, tables };
  });
  return { year, generatedAt, sections };
}
