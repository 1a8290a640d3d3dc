// The civil-registration sections of the annual report: funerals, marriage, place names. Pure.
import { count, numberAt, percent, type Table } from './report-model';
import { figureRows, type SectionSpec } from './section-spec';

/** DOMAIN §6 counts rural cemeteries and rural ash halls together (city: 180 rural). */
function ruralPlaces(data: unknown): number | undefined {
  const cemeteries = numberAt(data, 'ruralCemeteries');
  const halls = numberAt(data, 'ruralAshHalls');
  return cemeteries === undefined || halls === undefined ? undefined : cemeteries + halls;
}

const cemeteriesTable = (data: unknown): Table => ({
  caption: 'Public-welfare cemeteries and ash halls recorded, and the ash-burial rate of the year\'s cremations',
  headers: ['figure', 'value'],
  rows: [
    ...figureRows(data, [
      ['urban public-welfare cemeteries (城市公益性公墓)', 'urbanCemeteries', 'count'],
      ['rural public-welfare cemeteries (农村公益性公墓)', 'ruralCemeteries', 'count'],
      ['rural ash halls (农村骨灰堂)', 'ruralAshHalls', 'count'],
    ]),
    ['rural cemeteries and ash halls together', count(ruralPlaces(data))],
    ...figureRows(data, [['ashes of the year\'s cremations buried or placed', 'ashesPlaced', 'count']]),
    ['ash-burial rate (骨灰安葬率)', percent(numberAt(data, 'ashBurialRate'))],
  ],
});

const registrationServiceTables = (data: unknown): Table[] => [
  {
    caption: 'Registration offices and points that registered in the year',
    headers: ['figure', 'value'],
    rows: figureRows(data, [
      ['marriage registration offices (婚姻登记处)', 'registrationOffices', 'count'],
      ['registration points (登记点)', 'registrationPoints', 'count'],
      ['park registration points (公园登记点)', 'parkRegistrationPoints', 'count'],
    ]),
  },
  {
    caption: 'Ceremonies, premarital counselling and divorce mediation',
    headers: ['figure', 'value'],
    rows: figureRows(data, [
      ['group certificate ceremonies (集体颁证)', 'groupCeremonies', 'count'],
      ['other certificate ceremonies', 'otherCeremonies', 'count'],
      ['couples given premarital counselling (婚前辅导)', 'premaritalCounsellingCouples', 'count'],
      ['couples in divorce mediation (离婚调解)', 'divorceMediationCouples', 'count'],
    ]),
  },
];

export const CIVIL_REGISTRATION_SECTIONS: SectionSpec[] = [
  {
    key: 'funerals',
    title: 'Deaths and funerals (殡葬)',
    source: 'civil-registration',
    used: [
      'deaths',
      'exemptBurials',
      'cremations',
      'cremationRate',
      'funeralBenefitsGranted',
      'funeralBenefitTotalFen',
      'urbanCemeteries',
      'ruralCemeteries',
      'ruralAshHalls',
      'ashesPlaced',
      'ashBurialRate',
    ],
    build: (data) => [
      {
        caption: 'Deaths, cremation and the funeral benefit (惠民殡葬)',
        headers: ['figure', 'value'],
        rows: [
          ...figureRows(data, [
            ['deaths', 'deaths', 'count'],
            ['burials exempt from cremation', 'exemptBurials', 'count'],
            ['cremations', 'cremations', 'count'],
          ]),
          ['cremation rate', percent(numberAt(data, 'cremationRate'))],
          ...figureRows(data, [
            ['funeral benefits granted', 'funeralBenefitsGranted', 'count'],
            ['funeral benefits (yuan)', 'funeralBenefitTotalFen', 'yuan'],
          ]),
        ],
      },
      cemeteriesTable(data),
    ],
  },
  {
    key: 'marriage',
    title: 'Marriage registration (婚姻登记)',
    source: 'civil-registration',
    used: [
      'marriages',
      'retroactiveRegistrations',
      'remarriages',
      'reRegistrations',
      'certificateReissues',
      'divorceApplications',
      'divorceRegistrations',
      'divorcesWithdrawn',
      'divorcesDeemedWithdrawn',
      'registrationOffices',
      'registrationPoints',
      'parkRegistrationPoints',
      'groupCeremonies',
      'otherCeremonies',
      'premaritalCounsellingCouples',
      'divorceMediationCouples',
    ],
    build: (data) => [
      {
        caption: 'Marriages',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['marriages registered', 'marriages', 'count'],
          ['of which retroactive (补办)', 'retroactiveRegistrations', 'count'],
          ['of which remarriages (复婚)', 'remarriages', 'count'],
          ['re-registrations', 'reRegistrations', 'count'],
          ['certificates re-issued (补领)', 'certificateReissues', 'count'],
        ]),
      },
      {
        caption: 'Divorces by agreement',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['applications', 'divorceApplications', 'count'],
          ['registered', 'divorceRegistrations', 'count'],
          ['withdrawn in cooling-off', 'divorcesWithdrawn', 'count'],
          ['deemed withdrawn', 'divorcesDeemedWithdrawn', 'count'],
        ]),
      },
      ...registrationServiceTables(data),
    ],
  },
  {
    key: 'place-names',
    title: 'Place names (地名)',
    source: 'civil-registration',
    used: ['placeNamesNamed', 'placeNamesCollected'],
    build: (data) => [
      {
        caption: 'Place names',
        headers: ['figure', 'value'],
        rows: figureRows(data, [
          ['names given (命名)', 'placeNamesNamed', 'count'],
          ['rural names collected', 'placeNamesCollected', 'count'],
        ]),
      },
    ],
  },
];
