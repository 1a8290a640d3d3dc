// The capacity of care in the elderly-care section of the annual report, after its older tables:
// assessments by purpose, institutions by operating model, certified care workers and community
// facilities with their coverage of townships and communities (DOMAIN §4). Pure.
import { MISSING, count, numberAt, rowsAt, text, type Table } from './report-model';
import { asOfCaption } from './section-spec';

const PURPOSE_LABELS: Record<string, string> = {
  HOME_BED: '家庭养老床位 home care bed',
  HOME_SERVICE: '居家服务 home services',
  INSTITUTION: '机构入住 admission to an institution',
};
const OPERATING_MODEL_LABELS: Record<string, string> = {
  PUBLIC: '公办 public',
  PUBLIC_BUILT_PRIVATE_RUN: '公建民营 public-built, privately run',
  PRIVATE: '民办 private',
};
const CERTIFICATE_LEVEL_LABELS: Record<string, string> = {
  JUNIOR: '初级工（五级） junior',
  INTERMEDIATE: '中级工（四级） intermediate',
  SENIOR: '高级工（三级） senior',
  TECHNICIAN: '技师（二级） technician',
  SENIOR_TECHNICIAN: '高级技师（一级） senior technician',
};
const FACILITY_TYPE_LABELS: Record<string, string> = {
  STREET_CENTRE: '街道综合养老服务中心 street centres',
  COMMUNITY_HOME_CARE_CENTRE: '社区居家养老服务中心（站） community home-care centres',
  RURAL_HAPPINESS_HOME: '农村幸福院 rural happiness homes',
  ACTIVITY_ROOM: '老年活动室 activity rooms',
};

/** The figures of the elderly-care answer these tables show (the others' paths hold the rest). */
export const ELDERLY_CARE_CAPACITY_FIGURES = ['facilities'];

/** A row's label: ours for a known code, else the service's label, else the code. */
const labelOf = (labels: Record<string, string>, code: unknown, serviceLabel: unknown): string => labels[String(code)] ?? (typeof serviceLabel === 'string' && serviceLabel !== '' ? serviceLabel : text(code));

/** A share the service gives in per cent (one decimal); null or missing is a dash. */
const share = (data: unknown, path: string): string => {
  const value = numberAt(data, path);
  return value === undefined ? MISSING : `${count(value)}%`;
};

export const assessmentPurposeTable = (data: unknown): Table => ({
  caption: 'Ability assessments by purpose',
  headers: ['purpose', 'assessments'],
  rows: [
    ...rowsAt(data, 'assessments.byPurpose').map((r) => [labelOf(PURPOSE_LABELS, r.purpose, r.label), count(numberAt(r, 'assessments'))]),
    // Assessments made before the purpose was asked for: counted apart, never guessed.
    ['purpose not recorded', count(numberAt(data, 'assessments.unrecorded'))],
  ],
});

const operatingModelTable = (data: unknown): Table => {
  const lines = rowsAt(data, 'institutions.byOperatingModel');
  return {
    caption: asOfCaption(data, 'Institutions and beds by operating model'),
    headers: ['operating model', 'institutions', 'beds'],
    rows: lines.map((r) => [labelOf(OPERATING_MODEL_LABELS, r.operatingModel, r.label), count(numberAt(r, 'institutions')), count(numberAt(r, 'beds'))]),
  };
};

const careWorkersTable = (data: unknown): Table => ({
  caption: asOfCaption(data, 'Certified care workers (养老护理员) at work'),
  headers: ['operating model or certificate level', 'care workers'],
  rows: [
    ...rowsAt(data, 'institutions.careWorkers.byOperatingModel').map((r) => [labelOf(OPERATING_MODEL_LABELS, r.operatingModel, r.label), count(numberAt(r, 'count'))]),
    ...rowsAt(data, 'institutions.careWorkers.byCertificateLevel').map((r) => [labelOf(CERTIFICATE_LEVEL_LABELS, r.certificateLevel, r.label), count(numberAt(r, 'count'))]),
    ['all certified care workers', count(numberAt(data, 'institutions.careWorkers.certified'))],
  ],
});

const facilityCoverageTable = (data: unknown): Table => ({
  caption: asOfCaption(data, `Community elderly care facilities open and their coverage of ${count(numberAt(data, 'facilities.townships'))} townships and ${count(numberAt(data, 'facilities.communities'))} communities and villages`),
  headers: ['facility type', 'facilities', 'townships covered', 'share of townships', 'communities covered', 'share of communities'],
  rows: rowsAt(data, 'facilities.byType').map((r) => [
    labelOf(FACILITY_TYPE_LABELS, r.type, r.label),
    count(numberAt(r, 'facilities')),
    count(numberAt(r, 'townshipsCovered')),
    share(r, 'townshipsSharePercent'),
    // A street centre serves its whole township: it covers no single community.
    count(numberAt(r, 'communitiesCovered')),
    share(r, 'communitiesSharePercent'),
  ]),
});

/** One cell per facility type: how many are open, and the share of the township's communities they cover where that applies. */
function townshipCell(line: Record<string, unknown> | undefined): string {
  const facilities = count(numberAt(line, 'facilities'));
  const covered = numberAt(line, 'sharePercent');
  return covered === undefined ? facilities : `${facilities} (${count(covered)}%)`;
}

const townshipTable = (data: unknown): Table => {
  const types = Object.keys(FACILITY_TYPE_LABELS);
  return {
    caption: asOfCaption(data, 'Facilities by township (in brackets: share of its communities and villages covered)'),
    headers: ['township', 'communities and villages', ...types.map((t) => FACILITY_TYPE_LABELS[t])],
    rows: rowsAt(data, 'facilities.byTownship').map((t) => {
      const byType = rowsAt(t, 'byType');
      return [text(t.township), count(numberAt(t, 'communities')), ...types.map((type) => townshipCell(byType.find((l) => l.type === type)))];
    }),
  };
};

/** Tables of the elderly-care section after institutions and beds. */
export const careCapacityTables = (data: unknown): Table[] => [operatingModelTable(data), careWorkersTable(data), facilityCoverageTable(data), townshipTable(data)];
