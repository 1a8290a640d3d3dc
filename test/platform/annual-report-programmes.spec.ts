// The figures of the newer programmes in the printed annual report: registration offices and
// points, ceremonies, counselling and mediation, cemeteries and the ash-burial rate (DOMAIN §6);
// assessments by purpose, institutions by operating model, care workers and facility coverage
// (§4); canteen funding by operating mode (§7). The fixture holds the city's figures where DOMAIN
// gives one, so each assertion checks the report shows that figure in its place.
import { textRows, type SourceResult } from '../../scripts/report/report-model';
import { buildAnnualReport, sectionsOf } from '../../scripts/report/sections';
import { ALL_ANSWERS_2024, canteen2024, civilRegistration2024, elderlyCare2024 } from './fixtures/annual-samples';

const ok = (data: unknown): SourceResult => ({ ok: true, data });
const ALL = ALL_ANSWERS_2024;
const AT = '2025-01-15T08:00:00.000Z';

function tableOf(report: ReturnType<typeof buildAnnualReport>, section: string, caption: string | RegExp) {
  const found = sectionsOf(report)
    .find((s) => s.key === section)
    ?.tables.find((t) => (typeof caption === 'string' ? t.caption === caption : caption.test(t.caption)));
  if (!found) throw new Error(`no table ${String(caption)} in ${section}`);
  return { ...found, rows: textRows(found) };
}

describe('the newer programmes in the annual report', () => {
  const report = buildAnnualReport(2024, ALL, AT);

  it('shows the registration offices and points, ceremonies, counselling and mediation with the city\'s figures', () => {
    expect(tableOf(report, 'registration-services', '本年度开展登记的婚姻登记机关和登记点').rows).toEqual([
      ['婚姻登记处（个）', '1'],
      ['婚姻登记点（个）', '3'],
      ['公园登记点（个）', '2'],
    ]);
    expect(tableOf(report, 'registration-services', '颁证仪式、婚前辅导和离婚调解情况').rows).toEqual([
      ['集体颁证仪式（场）', '21'],
      ['其他颁证仪式（场）', '420'],
      ['婚前辅导（对）', '1,107'],
      ['婚姻家庭辅导（离婚调解）（对）', '186'],
    ]);
  });

  it('shows the cemeteries, 1 urban and 180 rural, and the ash-burial rate', () => {
    expect(tableOf(report, 'cemeteries', /^公益性公墓/).rows).toEqual([
      ['城市公益性公墓（个）', '1'],
      ['农村公益性公墓（个）', '20'],
      ['农村骨灰堂（个）', '160'],
      ['农村公益性公墓和骨灰堂合计（个）', '180'],
      ['本年火化骨灰安葬（安放）（具）', '3,668'],
      ['骨灰安葬率', '100.00%'],
    ]);
  });

  it('shows a dash for an ash-burial rate the service could not give (nobody cremated) and for a rural count it lacks a part of', () => {
    const r = buildAnnualReport(2024, { ...ALL, 'civil-registration': ok({ ...civilRegistration2024, ashBurialRate: null, ruralAshHalls: undefined }) }, AT);
    const rows = tableOf(r, 'cemeteries', /^公益性公墓/).rows;
    expect(rows).toContainEqual(['骨灰安葬率', '—']);
    expect(rows).toContainEqual(['农村公益性公墓和骨灰堂合计（个）', '—']);
  });

  it('shows the assessments by purpose, those without one apart', () => {
    expect(tableOf(report, 'home-care', '老年人能力评估情况（按评估用途）').rows).toEqual([
      ['家庭养老床位', '2'],
      ['居家服务', '2'],
      ['机构入住', '1'],
      ['未记录评估用途', '1'],
    ]);
  });

  it('shows the 15 institutions and 1,349 beds by operating model and the 44 certified care workers', () => {
    expect(tableOf(report, 'institutions', '养老机构和床位（按运营方式）（截至2024-12-31）').rows).toEqual([
      ['公办', '6', '600'],
      ['公建民营', '5', '449'],
      ['民办', '4', '300'],
    ]);
    expect(tableOf(report, 'institutions', '持证养老护理员在岗情况（截至2024-12-31）').rows).toEqual([
      ['公办', '20'],
      ['公建民营', '16'],
      ['民办', '8'],
      ['初级工（五级）', '24'],
      ['中级工（四级）', '14'],
      ['高级工（三级）', '5'],
      ['技师（二级）', '1'],
      ['高级技师（一级）', '0'],
      ['持证养老护理员合计', '44'],
    ]);
  });

  it('shows the community facilities and their coverage of townships and communities, overall and by township', () => {
    const coverage = tableOf(report, 'facilities', /^社区养老服务设施及覆盖情况/);
    expect(coverage.caption).toBe('社区养老服务设施及覆盖情况（共21个乡镇（街道）、222个社区（村））（截至2024-12-31）');
    expect(coverage.rows).toEqual([
      ['街道综合养老服务中心', '1', '1', '4.8%', '—', '—'],
      ['社区居家养老服务中心（站）', '63', '21', '100%', '63', '28.4%'],
      ['农村幸福院', '41', '15', '71.4%', '41', '18.5%'],
      ['老年活动室', '761', '21', '100%', '222', '100%'],
    ]);
    const townships = tableOf(report, 'facilities', /^各乡镇（街道）社区养老服务设施/);
    expect(townships.headers.slice(0, 2)).toEqual(['乡镇（街道）', '社区（村）（个）']);
    expect(townships.rows).toEqual([['110101001', '12', '1', '4（33.3%）', '0（0%）', '40（100%）']]);
  });

  it('shows the canteens\' funding by operating mode and by canteen', () => {
    expect(tableOf(report, 'canteens', '幸福食堂建设运营资金（按运营模式）').rows).toEqual([
      ['自营', '3', '300,000.00', '90,000.00', '0.00'],
      ['委托运营', '4', '400,000.00', '120,000.00', '200,000.00'],
      ['连锁经营', '4', '400,000.00', '120,000.00', '300,000.00'],
      ['邻里互助', '1', '100,000.00', '30,000.00', '0.00'],
      ['合计', '12', '1,200,000.00', '360,000.00', '500,000.00'],
    ]);
    expect(tableOf(report, 'canteens', '幸福食堂建设运营资金（按食堂）').rows).toEqual([['东城幸福食堂', '连锁经营', '100,000.00', '30,000.00', '50,000.00']]);
  });

  it('shows dashes, not a failure, for a service that does not yet report the capacity figures', () => {
    const { facilities: _f, ...older } = elderlyCare2024;
    const r = buildAnnualReport(2024, { ...ALL, 'elderly-care': ok({ ...older, institutions: { institutions: 15 } }), canteen: ok({ ...canteen2024, funding: undefined }) }, AT);
    expect(tableOf(r, 'institutions', /^养老机构和床位（按运营方式）/).rows).toEqual([]);
    expect(tableOf(r, 'institutions', /^持证养老护理员/).rows).toEqual([['持证养老护理员合计', '—']]);
    expect(tableOf(r, 'facilities', /^社区养老服务设施及覆盖情况/).caption).toMatch(/共—个乡镇（街道）、—个社区（村）/);
    expect(tableOf(r, 'canteens', '幸福食堂建设运营资金（按运营模式）').rows).toEqual([['合计', '—', '—', '—', '—']]);
  });
});
