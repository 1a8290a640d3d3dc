// The figures of the newer programmes in the printed annual report: registration offices and
// points, ceremonies, counselling and mediation, cemeteries and the ash-burial rate (DOMAIN §6);
// assessments by purpose, institutions by operating model, care workers and facility coverage
// (§4); canteen funding by operating mode (§7). The fixture holds the city's figures where DOMAIN
// gives one, so each assertion checks the report shows that figure in its place.
import type { SourceResult } from '../../scripts/report/report-model';
import { buildAnnualReport, type ReportService } from '../../scripts/report/sections';
import { canteen2024, childWelfare2024, civilRegistration2024, elderlyCare2024, payments2024, socialAssistance2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const ALL: Record<ReportService, SourceResult> = {
  'social-assistance': ok(socialAssistance2024),
  'child-welfare': ok(childWelfare2024),
  'elderly-care': ok(elderlyCare2024),
  canteen: ok(canteen2024),
  'civil-registration': ok(civilRegistration2024),
  payments: ok(payments2024),
};
const AT = '2025-01-15T08:00:00.000Z';

function tableOf(report: ReturnType<typeof buildAnnualReport>, section: string, caption: string | RegExp) {
  const found = report.sections.find((s) => s.key === section)?.tables.find((t) => (typeof caption === 'string' ? t.caption === caption : caption.test(t.caption)));
  if (!found) throw new Error(`no table ${String(caption)} in ${section}`);
  return found;
}

describe('the newer programmes in the annual report', () => {
  const report = buildAnnualReport(2024, ALL, AT);

  it('shows the registration offices and points, ceremonies, counselling and mediation with the city\'s figures', () => {
    expect(tableOf(report, 'marriage', 'Registration offices and points that registered in the year').rows).toEqual([
      ['marriage registration offices (婚姻登记处)', '1'],
      ['registration points (登记点)', '3'],
      ['park registration points (公园登记点)', '2'],
    ]);
    expect(tableOf(report, 'marriage', 'Ceremonies, premarital counselling and divorce mediation').rows).toEqual([
      ['group certificate ceremonies (集体颁证)', '21'],
      ['other certificate ceremonies', '420'],
      ['couples given premarital counselling (婚前辅导)', '1,107'],
      ['couples in divorce mediation (离婚调解)', '186'],
    ]);
  });

  it('shows the cemeteries, 1 urban and 180 rural, and the ash-burial rate', () => {
    expect(tableOf(report, 'funerals', /^Public-welfare cemeteries/).rows).toEqual([
      ['urban public-welfare cemeteries (城市公益性公墓)', '1'],
      ['rural public-welfare cemeteries (农村公益性公墓)', '20'],
      ['rural ash halls (农村骨灰堂)', '160'],
      ['rural cemeteries and ash halls together', '180'],
      ["ashes of the year's cremations buried or placed", '3,668'],
      ['ash-burial rate (骨灰安葬率)', '100.00%'],
    ]);
  });

  it('shows a dash for an ash-burial rate the service could not give (nobody cremated) and for a rural count it lacks a part of', () => {
    const r = buildAnnualReport(2024, { ...ALL, 'civil-registration': ok({ ...civilRegistration2024, ashBurialRate: null, ruralAshHalls: undefined }) }, AT);
    const rows = tableOf(r, 'funerals', /^Public-welfare cemeteries/).rows;
    expect(rows).toContainEqual(['ash-burial rate (骨灰安葬率)', '—']);
    expect(rows).toContainEqual(['rural cemeteries and ash halls together', '—']);
  });

  it('shows the assessments by purpose, those without one apart', () => {
    expect(tableOf(report, 'elderly', 'Ability assessments by purpose').rows).toEqual([
      ['家庭养老床位 home care bed', '2'],
      ['居家服务 home services', '2'],
      ['机构入住 admission to an institution', '1'],
      ['purpose not recorded', '1'],
    ]);
  });

  it('shows the 15 institutions and 1,349 beds by operating model and the 44 certified care workers', () => {
    expect(tableOf(report, 'elderly', 'Institutions and beds by operating model on 2024-12-31').rows).toEqual([
      ['公办 public', '6', '600'],
      ['公建民营 public-built, privately run', '5', '449'],
      ['民办 private', '4', '300'],
    ]);
    expect(tableOf(report, 'elderly', 'Certified care workers (养老护理员) at work on 2024-12-31').rows).toEqual([
      ['公办 public', '20'],
      ['公建民营 public-built, privately run', '16'],
      ['民办 private', '8'],
      ['初级工（五级） junior', '24'],
      ['中级工（四级） intermediate', '14'],
      ['高级工（三级） senior', '5'],
      ['技师（二级） technician', '1'],
      ['高级技师（一级） senior technician', '0'],
      ['all certified care workers', '44'],
    ]);
  });

  it('shows the community facilities and their coverage of townships and communities, overall and by township', () => {
    const coverage = tableOf(report, 'elderly', /^Community elderly care facilities open/);
    expect(coverage.caption).toBe('Community elderly care facilities open and their coverage of 21 townships and 222 communities and villages on 2024-12-31');
    expect(coverage.rows).toEqual([
      ['街道综合养老服务中心 street centres', '1', '1', '4.8%', '—', '—'],
      ['社区居家养老服务中心（站） community home-care centres', '63', '21', '100%', '63', '28.4%'],
      ['农村幸福院 rural happiness homes', '41', '15', '71.4%', '41', '18.5%'],
      ['老年活动室 activity rooms', '761', '21', '100%', '222', '100%'],
    ]);
    const townships = tableOf(report, 'elderly', /^Facilities by township/);
    expect(townships.headers.slice(0, 2)).toEqual(['township', 'communities and villages']);
    expect(townships.rows).toEqual([['110101001', '12', '1', '4 (33.3%)', '0 (0%)', '40 (100%)']]);
  });

  it('shows the canteens\' funding by operating mode and by canteen', () => {
    expect(tableOf(report, 'canteens', 'Funding received in the year by operating mode').rows).toEqual([
      ['自营 self-run', '3', '300,000.00', '90,000.00', '0.00'],
      ['委托运营 entrusted to an operator', '4', '400,000.00', '120,000.00', '200,000.00'],
      ['连锁经营 chain outlet', '4', '400,000.00', '120,000.00', '300,000.00'],
      ["邻里互助 neighbours' mutual aid", '1', '100,000.00', '30,000.00', '0.00'],
      ['total', '12', '1,200,000.00', '360,000.00', '500,000.00'],
    ]);
    expect(tableOf(report, 'canteens', 'Funding received in the year by canteen').rows).toEqual([['东城幸福食堂', '连锁经营 chain outlet', '100,000.00', '30,000.00', '50,000.00']]);
  });

  it('shows dashes, not a failure, for a service that does not yet report the capacity figures', () => {
    const { facilities: _f, ...older } = elderlyCare2024;
    const r = buildAnnualReport(2024, { ...ALL, 'elderly-care': ok({ ...older, institutions: { institutions: 15 } }), canteen: ok({ ...canteen2024, funding: undefined }) }, AT);
    expect(tableOf(r, 'elderly', /^Institutions and beds by operating model/).rows).toEqual([]);
    expect(tableOf(r, 'elderly', /^Certified care workers/).rows).toEqual([['all certified care workers', '—']]);
    expect(tableOf(r, 'elderly', /^Community elderly care facilities open/).caption).toMatch(/coverage of — townships and — communities/);
    expect(tableOf(r, 'canteens', 'Funding received in the year by operating mode').rows).toEqual([['total', '—', '—', '—', '—']]);
  });
});
