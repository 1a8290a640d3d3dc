// The civil-registration sections of the annual report: funerals, marriage, place names. Pure.
import { numberAt, percent } from './report-model';
import { figureRows, type SectionSpec } from './section-spec';

export const CIVIL_REGISTRATION_SECTIONS: SectionSpec[] = [
  {
    key: 'funerals',
    title: 'Deaths and funerals (殡葬)',
    source: 'civil-registration',
    used: ['deaths', 'exemptBurials', 'cremations', 'cremationRate', 'funeralBenefitsGranted', 'funeralBenefitTotalFen'],
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
