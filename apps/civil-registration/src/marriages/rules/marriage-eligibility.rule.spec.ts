import { hasLegalMarriageAge, marriageChecks, marriageProblem, type PartyFacts } from './marriage-eligibility.rule';

describe('hasLegalMarriageAge', () => {
  it.each([
    ['man, the day before his 22nd birthday', '2002-05-20', 'M', '2024-05-19', false],
    ['man, on his 22nd birthday', '2002-05-20', 'M', '2024-05-20', true],
    ['woman, the day before her 20th birthday', '2004-05-20', 'F', '2024-05-19', false],
    ['woman, on her 20th birthday', '2004-05-20', 'F', '2024-05-20', true],
    ['woman aged 21', '2003-01-01', 'F', '2024-05-20', true],
    ['man aged 21', '2003-01-01', 'M', '2024-05-20', false],
    ['man born 29 Feb, on 28 Feb of his 22nd year', '2000-02-29', 'M', '2022-02-28', false],
    ['man born 29 Feb, on 1 Mar of his 22nd year', '2000-02-29', 'M', '2022-03-01', true],
    ['not yet born', '2030-01-01', 'F', '2024-05-20', false],
  ] as const)('%s', (_label, birthDate, sex, onDate, expected) => {
    expect(hasLegalMarriageAge(birthDate, sex, onDate)).toBe(expected);
  });
});

describe('marriageProblem', () => {
  const man: PartyFacts = { residentId: 'A', birthDate: '1995-01-01', sex: 'M', deceased: false, currentlyMarried: false };
  const woman: PartyFacts = { residentId: 'B', birthDate: '1997-01-01', sex: 'F', deceased: false, currentlyMarried: false };
  const on = '2024-05-20';

  it.each([
    ['eligible couple', man, woman, 'NONE', true, null],
    ['same person twice', man, { ...man }, 'NONE', true, 'MARRIAGE.SAME_PERSON'],
    ['not both present', man, woman, 'NONE', false, 'MARRIAGE.PARTIES_NOT_PRESENT'],
    ['deceased bride', man, { ...woman, deceased: true }, 'NONE', true, 'MARRIAGE.PARTY_DECEASED'],
    ['groom under 22', { ...man, birthDate: '2002-05-21' }, woman, 'NONE', true, 'MARRIAGE.UNDER_LEGAL_AGE'],
    ['groom 22 today', { ...man, birthDate: '2002-05-20' }, woman, 'NONE', true, null],
    ['bride under 20', man, { ...woman, birthDate: '2004-05-21' }, 'NONE', true, 'MARRIAGE.UNDER_LEGAL_AGE'],
    ['two men', man, { ...woman, sex: 'M' }, 'NONE', true, 'MARRIAGE.SAME_SEX'],
    ['groom currently married', { ...man, currentlyMarried: true }, woman, 'NONE', true, 'MARRIAGE.ALREADY_MARRIED'],
    ['bride currently married', man, { ...woman, currentlyMarried: true }, 'NONE', true, 'MARRIAGE.ALREADY_MARRIED'],
    ['lineal relatives', man, woman, 'LINEAL', true, 'MARRIAGE.PROHIBITED_KINSHIP'],
    ['cousins', man, woman, 'COLLATERAL_WITHIN_THREE_GENERATIONS', true, 'MARRIAGE.PROHIBITED_KINSHIP'],
  ] as const)('%s', (_label, a, b, kinship, present, expected) => {
    expect(marriageProblem(a, b, on, kinship, present)?.code ?? null).toBe(expected);
  });
});

describe('marriageChecks', () => {
  const man: PartyFacts = { residentId: 'A', birthDate: '1995-01-01', sex: 'M', deceased: false, currentlyMarried: false };
  const woman: PartyFacts = { residentId: 'B', birthDate: '1997-01-01', sex: 'F', deceased: false, currentlyMarried: false };
  const on = '2024-05-20';
  const failed = (checks: ReturnType<typeof marriageChecks>) => checks.filter((c) => !c.passed).map((c) => c.code);

  it('lists every condition in the registrar’s order, all passed for an eligible couple', () => {
    const checks = marriageChecks(man, woman, on, 'NONE', true);
    expect(checks.map((c) => c.code)).toEqual([
      'MARRIAGE.SAME_PERSON',
      'MARRIAGE.PARTIES_NOT_PRESENT',
      'MARRIAGE.PARTY_DECEASED',
      'MARRIAGE.UNDER_LEGAL_AGE',
      'MARRIAGE.SAME_SEX',
      'MARRIAGE.ALREADY_MARRIED',
      'MARRIAGE.PROHIBITED_KINSHIP',
    ]);
    expect(checks.every((c) => c.passed && c.detail === null && c.party === null)).toBe(true);
  });

  it('reports every failing condition at once, not only the first, each with why', () => {
    const checks = marriageChecks({ ...man, birthDate: '2003-01-01', currentlyMarried: true }, woman, on, 'LINEAL', false);
    expect(failed(checks)).toEqual(['MARRIAGE.PARTIES_NOT_PRESENT', 'MARRIAGE.UNDER_LEGAL_AGE', 'MARRIAGE.ALREADY_MARRIED', 'MARRIAGE.PROHIBITED_KINSHIP']);
    expect(checks.find((c) => c.code === 'MARRIAGE.UNDER_LEGAL_AGE')).toMatchObject({ party: 'FIRST', detail: 'The first party is under the legal marriage age (22) on 2024-05-20.' });
    expect(checks.find((c) => c.code === 'MARRIAGE.PROHIBITED_KINSHIP')?.party).toBeNull();
    expect(marriageProblem({ ...man, birthDate: '2003-01-01', currentlyMarried: true }, woman, on, 'LINEAL', false)?.code).toBe('MARRIAGE.PARTIES_NOT_PRESENT');
  });

  it('names the second party when only the bride fails', () => {
    const checks = marriageChecks(man, { ...woman, birthDate: '2005-01-01' }, on, 'NONE', true);
    expect(checks.find((c) => c.code === 'MARRIAGE.UNDER_LEGAL_AGE')).toMatchObject({ party: 'SECOND', detail: 'The second party is under the legal marriage age (20) on 2024-05-20.' });
  });
});
