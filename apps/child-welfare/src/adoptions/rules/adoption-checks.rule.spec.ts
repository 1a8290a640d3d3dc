import { checkAdoption, type AdopterFacts, type AdoptionFacts } from './adoption-checks.rule';

const ON = '2024-07-15';

function adopter(over: Partial<AdopterFacts> = {}): AdopterFacts {
  return {
    residentId: 'A1',
    birthDate: '1980-01-01',
    sex: 'F',
    married: false,
    spouseResidentId: null,
    ableToRaise: true,
    disqualifyingIllness: false,
    criminalRecord: false,
    ...over,
  };
}

const husband = adopter({ residentId: 'H', sex: 'M', married: true, spouseResidentId: 'W' });
const wife = adopter({ residentId: 'W', sex: 'F', married: true, spouseResidentId: 'H' });

/** A valid application: a single woman of 44 adopting a girl of 6 who is an orphan. */
function facts(over: Partial<Omit<AdoptionFacts, 'child'>> & { child?: Partial<AdoptionFacts['child']> } = {}): AdoptionFacts {
  const { child, ...rest } = over;
  return {
    registeredOn: ON,
    child: { residentId: 'C', birthDate: '2018-03-10', sex: 'F', orphanOrParentsNotFound: true, parentsInSpecialDifficulty: false, disabled: false, consents: null, ...child },
    adopters: [adopter()],
    existingChildren: 0,
    relativesChild: false,
    assessment: { assessedOn: '2024-06-01', outcome: 'SUITABLE' },
    ...rest,
  };
}

const codes = (f: AdoptionFacts) => checkAdoption(f).map((r) => r.code);

describe('checkAdoption: a valid application passes', () => {
  it.each<[string, AdoptionFacts]>([
    ['single woman adopting an orphan girl', facts()],
    ['married couple adopting jointly', facts({ adopters: [husband, wife] })],
    ['parents unable to raise the child (special difficulty)', facts({ child: { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: true } })],
    ['a child of 8 who consents', facts({ child: { birthDate: '2016-07-15', consents: true } })],
    ['adopter exactly 30 on the day', facts({ adopters: [adopter({ birthDate: '1994-07-15' })], child: { sex: 'F' } })],
    ['single man exactly 40 years older than the girl', facts({ adopters: [adopter({ sex: 'M', birthDate: '1978-03-10' })] })],
    ['one child already', facts({ existingChildren: 1, child: { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: true } })],
    ['assessment on the day of registration', facts({ assessment: { assessedOn: ON, outcome: 'SUITABLE' } })],
  ])('%s', (_case, f) => {
    expect(checkAdoption(f)).toEqual([]);
  });
});

describe('checkAdoption: each condition refuses with its code and field', () => {
  it.each<[string, AdoptionFacts, string, string]>([
    ['child aged 18', facts({ child: { birthDate: '2006-07-15', consents: true } }), 'ADOPTION.CHILD_NOT_MINOR', 'childId'],
    ['child neither orphan nor in special difficulty', facts({ child: { orphanOrParentsNotFound: false } }), 'ADOPTION.CHILD_NOT_ADOPTABLE', 'parentsInSpecialDifficulty'],
    ['adopter 30 minus a day', facts({ adopters: [adopter({ birthDate: '1994-07-16' })] }), 'ADOPTION.ADOPTER_UNDER_30', 'adopters.0.residentId'],
    ['one spouse under 30', facts({ adopters: [husband, { ...wife, birthDate: '1995-01-01' }] }), 'ADOPTION.ADOPTER_UNDER_30', 'adopters.1.residentId'],
    ['not able to raise', facts({ adopters: [adopter({ ableToRaise: false })] }), 'ADOPTION.ADOPTER_UNABLE_TO_RAISE', 'adopters.0.ableToRaise'],
    ['disqualifying illness', facts({ adopters: [adopter({ disqualifyingIllness: true })] }), 'ADOPTION.ADOPTER_DISQUALIFYING_ILLNESS', 'adopters.0.disqualifyingIllness'],
    ['criminal record', facts({ adopters: [adopter({ criminalRecord: true })] }), 'ADOPTION.ADOPTER_CRIMINAL_RECORD', 'adopters.0.criminalRecord'],
    ['two children already', facts({ existingChildren: 2, child: { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: true } }), 'ADOPTION.CHILDREN_LIMIT', 'existingChildren'],
    ['married person adopting alone', facts({ adopters: [adopter({ married: true, spouseResidentId: 'X' })] }), 'ADOPTION.SPOUSE_MUST_ADOPT_JOINTLY', 'adopters'],
    ['two adopters not married to each other', facts({ adopters: [husband, adopter({ residentId: 'Z', married: true, spouseResidentId: 'Y' })] }), 'ADOPTION.JOINT_ADOPTERS_NOT_MARRIED', 'adopters'],
    ['two unmarried adopters', facts({ adopters: [adopter({ residentId: 'P', sex: 'M' }), adopter({ residentId: 'Q' })] }), 'ADOPTION.JOINT_ADOPTERS_NOT_MARRIED', 'adopters'],
    ['single man 40 years minus a day older than the girl', facts({ adopters: [adopter({ sex: 'M', birthDate: '1978-03-11' })] }), 'ADOPTION.AGE_GAP_UNDER_40', 'adopters.0.residentId'],
    ['single woman less than 40 years older than a boy', facts({ child: { sex: 'M' } }), 'ADOPTION.AGE_GAP_UNDER_40', 'adopters.0.residentId'],
    ['child of 8 not asked', facts({ child: { birthDate: '2016-07-15' } }), 'ADOPTION.CHILD_CONSENT_MISSING', 'childConsents'],
    ['child of 10 refuses', facts({ child: { birthDate: '2014-01-01', consents: false } }), 'ADOPTION.CHILD_CONSENT_MISSING', 'childConsents'],
    ['no assessment', facts({ assessment: null }), 'ADOPTION.ASSESSMENT_MISSING', 'assessment'],
    ['assessment after registration', facts({ assessment: { assessedOn: '2024-07-16', outcome: 'SUITABLE' } }), 'ADOPTION.ASSESSMENT_MISSING', 'assessment'],
    ['assessment unsuitable', facts({ assessment: { assessedOn: '2024-06-01', outcome: 'UNSUITABLE' } }), 'ADOPTION.ASSESSMENT_UNSUITABLE', 'assessment'],
  ])('%s -> %s', (_case, f, code, field) => {
    expect(checkAdoption(f)).toEqual([expect.objectContaining({ code, field })]);
  });

  it('reports every failed condition at once', () => {
    const f = facts({ adopters: [adopter({ birthDate: '2000-01-01', criminalRecord: true, married: true })], assessment: null });
    expect(codes(f)).toEqual(['ADOPTION.ADOPTER_UNDER_30', 'ADOPTION.ADOPTER_CRIMINAL_RECORD', 'ADOPTION.SPOUSE_MUST_ADOPT_JOINTLY', 'ADOPTION.ASSESSMENT_MISSING']);
  });

  it('a child just under 8 needs no consent', () => {
    expect(codes(facts({ child: { birthDate: '2016-07-16' } }))).toEqual([]);
  });
});

describe('checkAdoption: the relaxations', () => {
  const youngSingleMan = adopter({ sex: 'M', birthDate: '1990-01-01' }); // 28 years older than the girl
  const notAdoptable = { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: false };

  it.each<[string, AdoptionFacts, string[]]>([
    // Art. 1099: a same-generation collateral relative's child within three generations.
    ['relative: the 40-year gap does not apply', facts({ relativesChild: true, adopters: [youngSingleMan] }), []],
    ['not a relative: the 40-year gap applies', facts({ adopters: [youngSingleMan] }), ['ADOPTION.AGE_GAP_UNDER_40']],
    ['relative: parents need not be in special difficulty', facts({ relativesChild: true, child: notAdoptable }), []],
    ['not a relative: the child must be adoptable', facts({ child: notAdoptable }), ['ADOPTION.CHILD_NOT_ADOPTABLE']],
    ['relative: the age minimum still applies', facts({ relativesChild: true, adopters: [adopter({ birthDate: '1996-01-01' })] }), ['ADOPTION.ADOPTER_UNDER_30']],
    ['relative: consent still applies', facts({ relativesChild: true, child: { birthDate: '2014-01-01' } }), ['ADOPTION.CHILD_CONSENT_MISSING']],
    ['relative: the assessment still applies', facts({ relativesChild: true, assessment: null }), ['ADOPTION.ASSESSMENT_MISSING']],
    // Art. 1100(2): orphans, disabled minors, children whose parents are not found.
    ['orphan: no limit on the children the adopter has', facts({ existingChildren: 3 }), []],
    ['disabled child: no limit', facts({ existingChildren: 2, child: { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: true, disabled: true } }), []],
    ['neither: the limit applies', facts({ existingChildren: 2, child: { orphanOrParentsNotFound: false, parentsInSpecialDifficulty: true } }), ['ADOPTION.CHILDREN_LIMIT']],
    // Art. 1102 concerns single adopters of the opposite sex only.
    ['single adopter of the same sex: no gap', facts({ adopters: [adopter({ birthDate: '1990-01-01' })] }), []],
    ['married couple: no gap', facts({ adopters: [{ ...husband, birthDate: '1990-01-01' }, { ...wife, birthDate: '1990-01-01' }] }), []],
  ])('%s', (_case, f, expected) => {
    expect(codes(f)).toEqual(expected);
  });
});
