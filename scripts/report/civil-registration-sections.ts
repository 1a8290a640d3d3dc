// （四）婚姻登记, （五）殡葬管理 and （六）区划地名, from civil-registration's answer (DOMAIN §6). Pure.
import { countOf, numberAt, ratioOf, type Table } from './report-model';
import { figureRows, figureTable, type SectionSpec } from './section-spec';
import { CAPTIONS, HEADERS, NOTES, ROW_LABELS, SECTION_TITLES } from './zh-CN';

/** DOMAIN §6 counts rural cemeteries and rural ash halls together (city: 180 rural). */
function ruralPlaces(data: unknown): number | undefined {
  const cemeteries = numberAt(data, 'ruralCemeteries');
  const halls = numberAt(data, 'ruralAshHalls');
  return cemeteries === undefined || halls === undefined ? undefined : cemeteries + halls;
}

const funeralTables = (data: unknown): Table[] => [
  {
    caption: CAPTIONS.funerals,
    headers: [...HEADERS.figure],
    rows: [
      ...figureRows('civil-registration', data, [
        ['deaths', 'count'],
        ['exemptBurials', 'count'],
        ['cremations', 'count'],
      ]),
      [ROW_LABELS.cremationRate, ratioOf(numberAt(data, 'cremationRate'))],
      ...figureRows('civil-registration', data, [
        ['funeralBenefitsGranted', 'count'],
        ['funeralBenefitTotalFen', 'fen'],
      ]),
    ],
  },
];

const cemeteryTables = (data: unknown): Table[] => [
  {
    caption: CAPTIONS.cemeteries,
    headers: [...HEADERS.figure],
    rows: [
      ...figureRows('civil-registration', data, [
        ['urbanCemeteries', 'count'],
        ['ruralCemeteries', 'count'],
        ['ruralAshHalls', 'count'],
      ]),
      [ROW_LABELS.ruralPlaces, countOf(ruralPlaces(data))],
      ...figureRows('civil-registration', data, [['ashesPlaced', 'count']]),
      [ROW_LABELS.ashBurialRate, ratioOf(numberAt(data, 'ashBurialRate'))],
    ],
    note: NOTES.ruralPlaces,
  },
];

const marriageTables = (data: unknown): Table[] => [
  figureTable('civil-registration', data, CAPTIONS.marriages, [
    ['marriages', 'count'],
    ['retroactiveRegistrations', 'count'],
    ['remarriages', 'count'],
    ['reRegistrations', 'count'],
    ['certificateReissues', 'count'],
  ]),
  figureTable('civil-registration', data, CAPTIONS.divorces, [
    ['divorceApplications', 'count'],
    ['divorceRegistrations', 'count'],
    ['divorcesWithdrawn', 'count'],
    ['divorcesDeemedWithdrawn', 'count'],
  ]),
];

const registrationServiceTables = (data: unknown): Table[] => [
  figureTable('civil-registration', data, CAPTIONS.offices, [
    ['registrationOffices', 'count'],
    ['registrationPoints', 'count'],
    ['parkRegistrationPoints', 'count'],
  ]),
  figureTable('civil-registration', data, CAPTIONS.registrationServices, [
    ['groupCeremonies', 'count'],
    ['otherCeremonies', 'count'],
    ['premaritalCounsellingCouples', 'count'],
    ['divorceMediationCouples', 'count'],
  ]),
];

export const MARRIAGE_SECTIONS: SectionSpec[] = [
  {
    key: 'marriages',
    title: SECTION_TITLES.marriages,
    source: 'civil-registration',
    used: ['marriages', 'retroactiveRegistrations', 'remarriages', 'reRegistrations', 'certificateReissues', 'divorceApplications', 'divorceRegistrations', 'divorcesWithdrawn', 'divorcesDeemedWithdrawn'],
    build: marriageTables,
  },
  {
    key: 'registration-services',
    title: SECTION_TITLES.registrationServices,
    source: 'civil-registration',
    used: ['registrationOffices', 'registrationPoints', 'parkRegistrationPoints', 'groupCeremonies', 'otherCeremonies', 'premaritalCounsellingCouples', 'divorceMediationCouples'],
    build: registrationServiceTables,
  },
];

export const FUNERAL_SECTIONS: SectionSpec[] = [
  { key: 'funerals', title: SECTION_TITLES.funerals, source: 'civil-registration', used: ['deaths', 'exemptBurials', 'cremations', 'cremationRate', 'funeralBenefitsGranted', 'funeralBenefitTotalFen'], build: funeralTables },
  { key: 'cemeteries', title: SECTION_TITLES.cemeteries, source: 'civil-registration', used: ['urbanCemeteries', 'ruralCemeteries', 'ruralAshHalls', 'ashesPlaced', 'ashBurialRate'], build: cemeteryTables },
];

export const PLACE_NAME_SECTIONS: SectionSpec[] = [
  {
    key: 'place-names',
    title: SECTION_TITLES.placeNames,
    source: 'civil-registration',
    used: ['placeNamesNamed', 'placeNamesCollected'],
    build: (data) => [
      figureTable('civil-registration', data, CAPTIONS.placeNames, [
        ['placeNamesNamed', 'count'],
        ['placeNamesCollected', 'count'],
      ]),
    ],
  },
];
