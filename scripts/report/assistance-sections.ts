// （一）社会救助: 低保 and 特困 with their standards in force during the year, temporary relief, vagrant relief and "物质+服务", from
// social-assistance's annual answer (DOMAIN §1–3). Pure.
import { countOf, fenOf, numberAt } from './report-model';
import { figureTable, type ChapterSpec } from './section-spec';
import { standardsTable } from './standards-table';
import { CAPTIONS, CHAPTER_TITLES, HEADERS, NOTES, ROW_LABELS, SECTION_TITLES, SHEET_NAMES } from './zh-CN';
import { STANDARD_TEXT } from './zh-CN-standards';

const PROGRAMS: Array<[string, string]> = [
  ['DIBAO', ROW_LABELS.dibao],
  ['TEKUN', ROW_LABELS.tekun],
];

export const ASSISTANCE_CHAPTER: ChapterSpec = {
  key: 'assistance',
  title: CHAPTER_TITLES.assistance,
  sheet: SHEET_NAMES.assistance,
  sections: [
    {
      key: 'dibao-tekun',
      title: SECTION_TITLES.dibaoTekun,
      source: 'social-assistance',
      used: ['standards', 'DIBAO', 'TEKUN'],
      build: (data) => [
        standardsTable(data, STANDARD_TEXT.assistanceCaption),
        {
          caption: CAPTIONS.dibaoTekun,
          headers: [...HEADERS.dibaoTekun],
          rows: PROGRAMS.map(([key, label]) => [
            label,
            countOf(numberAt(data, `${key}.newHouseholds`)),
            countOf(numberAt(data, `${key}.newPersons`)),
            countOf(numberAt(data, `${key}.stoppedHouseholds`)),
            countOf(numberAt(data, `${key}.stoppedPersons`)),
            fenOf(numberAt(data, `${key}.paidFen`)),
          ]),
          note: NOTES.dibaoPaid,
        },
      ],
    },
    {
      key: 'temporary-relief',
      title: SECTION_TITLES.temporaryRelief,
      source: 'social-assistance',
      used: ['temporaryRelief'],
      build: (data) => [
        figureTable('social-assistance', data, CAPTIONS.temporaryRelief, [
          ['temporaryRelief.grants', 'count'],
          ['temporaryRelief.amountFen', 'fen'],
        ]),
      ],
    },
    {
      key: 'vagrant-relief',
      title: SECTION_TITLES.vagrantRelief,
      source: 'social-assistance',
      used: ['vagrantRelief'],
      build: (data) => [
        figureTable('social-assistance', data, CAPTIONS.vagrantRelief, [
          ['vagrantRelief.cases', 'count'],
          ['vagrantRelief.hotlineCalls', 'count'],
          ['vagrantRelief.streetPatrols', 'count'],
          ['vagrantRelief.returnFollowUps.returneesAssessed', 'count'],
          ['vagrantRelief.returnFollowUps.settled', 'count'],
          ['vagrantRelief.returnFollowUps.atRisk', 'count'],
          ['vagrantRelief.returnFollowUps.leftAgain', 'count'],
          ['vagrantRelief.returnFollowUps.unreachable', 'count'],
          ['vagrantRelief.returnFollowUps.followUps', 'count'],
        ]),
      ],
    },
    {
      key: 'cash-plus',
      title: SECTION_TITLES.cashPlus,
      source: 'social-assistance',
      used: ['cashPlusServices'],
      build: (data) => [
        figureTable('social-assistance', data, CAPTIONS.cashPlus, [
          ['cashPlusServices.tekunPersons', 'count'],
          ['cashPlusServices.elderPersons', 'count'],
          ['cashPlusServices.householdVisits', 'count'],
          ['cashPlusServices.amountFen', 'fen'],
        ]),
      ],
    },
  ],
};
