import { byCategory, isProgramme, PROGRAMMES, PROGRAMME_KEYS } from '../src/pages/payroll/programmes';

describe('发放名册 programmes', () => {
  it('knows the three programmes by their ?programme= key, and nothing else', () => {
    expect(PROGRAMME_KEYS.map((key) => PROGRAMMES[key].label)).toEqual(['高龄津贴、养老服务补贴', '低保、特困供养', '儿童生活补贴']);
    expect([isProgramme('social-assistance'), isProgramme('child-welfare'), isProgramme('canteen'), isProgramme(null)]).toEqual([true, true, false, false]);
  });

  it('counts each child category once, over its care forms', () => {
    const rows = [
      { category: 'ORPHAN', careForm: 'CENTRAL', lines: 2, totalFen: 400_000 },
      { category: 'ORPHAN', careForm: 'DISPERSED', lines: 3, totalFen: 450_000 },
      { category: 'DE_FACTO_UNSUPPORTED', careForm: 'DISPERSED', lines: 1, totalFen: 150_000 },
    ];
    expect(byCategory(rows)).toEqual([
      { kind: 'ORPHAN', lines: 5, totalFen: 850_000 },
      { kind: 'DE_FACTO_UNSUPPORTED', lines: 1, totalFen: 150_000 },
    ]);
  });

  it('names the payee of a line the way each service identifies it', () => {
    expect([PROGRAMMES['elderly-care'].payeeTitle, PROGRAMMES['social-assistance'].payeeTitle, PROGRAMMES['child-welfare'].payeeTitle]).toEqual(['身份证号', '户籍所在区划', '身份证号']);
    expect(PROGRAMMES['social-assistance'].kindLabels.TEKUN).toBe('特困');
  });
});
