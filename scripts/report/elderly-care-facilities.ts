// （二）养老服务: community elderly care facilities open and their coverage of townships and
// communities, overall and by township (DOMAIN §4: day-care coverage of townships and communities). Pure.
import { count, countOf, numberAt, percentOf, rowsAt, text, type Cell, type Table } from './report-model';
import { asOfCaption, type SectionSpec } from './section-spec';
import { codeLabel, FACILITY_TYPE_LABELS } from './zh-CN-codes';
import { CAPTIONS, HEADERS, NOTES, SECTION_TITLES } from './zh-CN';

const coverageTable = (data: unknown): Table => ({
  caption: asOfCaption(data, CAPTIONS.facilityCoverage(count(numberAt(data, 'facilities.townships')), count(numberAt(data, 'facilities.communities')))),
  headers: [...HEADERS.facilityCoverage],
  rows: rowsAt(data, 'facilities.byType').map((r) => [
    codeLabel(FACILITY_TYPE_LABELS, r.type, r.label),
    countOf(numberAt(r, 'facilities')),
    countOf(numberAt(r, 'townshipsCovered')),
    percentOf(numberAt(r, 'townshipsSharePercent')),
    // A street centre serves its whole township: it covers no single community.
    countOf(numberAt(r, 'communitiesCovered')),
    percentOf(numberAt(r, 'communitiesSharePercent')),
  ]),
  note: NOTES.facilityShare,
});

/** One cell per facility type: how many are open, and the share of the township's communities they cover where that applies. */
function townshipCell(line: Record<string, unknown> | undefined): string {
  const facilities = count(numberAt(line, 'facilities'));
  const covered = numberAt(line, 'sharePercent');
  return covered === undefined ? facilities : `${facilities}（${count(covered)}%）`;
}

const townshipTable = (data: unknown): Table => {
  const types = Object.keys(FACILITY_TYPE_LABELS);
  return {
    caption: asOfCaption(data, CAPTIONS.facilityTownships),
    headers: [...HEADERS.facilityTownships, ...types.map((t) => FACILITY_TYPE_LABELS[t])],
    rows: rowsAt(data, 'facilities.byTownship').map((t): Cell[] => {
      const byType = rowsAt(t, 'byType');
      return [text(t.township), countOf(numberAt(t, 'communities')), ...types.map((type) => townshipCell(byType.find((l) => l.type === type)))];
    }),
  };
};

export const FACILITIES_SECTION: SectionSpec = {
  key: 'facilities',
  title: SECTION_TITLES.facilities,
  source: 'elderly-care',
  used: ['facilities', 'asOf'],
  build: (data) => [coverageTable(data), townshipTable(data)],
};
