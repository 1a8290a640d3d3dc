import { basicFacts } from '../src/pages/person/basic-facts';
import { childAllowanceOf, totalPaidFen } from '../src/pages/person/child-allowance';
import { labelOf, labelsOf } from '../src/pages/person/labels/label';
import { CASE_STATUS_LABELS, STOP_REASON_LABELS } from '../src/pages/person/labels/social-assistance.zh-CN';
import { isFullResidentId, matchesMasked, personFileTarget, residentIdFromState } from '../src/pages/person/route';
import { unmaskHeaders } from '../src/pages/person/unmask';
import { canteenPerson, childWelfarePerson, civilRegistrationPerson, death, elderlyCarePerson, MASKED_ID, socialAssistancePerson } from './fixtures/person-files';

const TODAY = '2024-09-20';

describe('labels', () => {
  it('read a code in Chinese, an unknown one as it is, none as a dash', () => {
    expect(labelOf(CASE_STATUS_LABELS, 'IN_PUBLIC_NOTICE')).toBe('公示中');
    expect(labelOf(STOP_REASON_LABELS, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(labelOf(STOP_REASON_LABELS, null)).toBe('—');
    expect(labelsOf(STOP_REASON_LABELS, ['DECEASED', 'MOVED_AWAY'])).toBe('死亡、迁出');
    expect(labelsOf(STOP_REASON_LABELS, [])).toBe('—');
  });

  it('are Chinese for every case status', () => {
    for (const label of Object.values(CASE_STATUS_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe('going to a person', () => {
  it('carries the full ID, upper-cased, in the history state rather than the address', () => {
    expect(personFileTarget(' 11010519491231002x ')).toEqual({ to: '/person/file', state: { residentId: '11010519491231002X' } });
  });

  it('reads only a valid ID back from the history state', () => {
    expect(residentIdFromState({ residentId: '11010519491231002X' }, TODAY)).toBe('11010519491231002X');
    expect(residentIdFromState({ residentId: '110105194912310021' }, TODAY)).toBeNull();
    expect(residentIdFromState(null, TODAY)).toBeNull();
    expect(residentIdFromState({ residentId: 42 }, TODAY)).toBeNull();
  });

  it('checks a typed ID against the masked one a list showed', () => {
    expect(matchesMasked('11010519491231002X', MASKED_ID)).toBe(true);
    expect(matchesMasked('11010519491231002x', MASKED_ID)).toBe(true);
    expect(matchesMasked('440524188001010014', MASKED_ID)).toBe(false);
    // A value of another shape cannot be compared and does not hold the user back.
    expect(matchesMasked('440524188001010014', '******************')).toBe(true);
  });

  it('knows an unmasked ID from a masked one', () => {
    expect(isFullResidentId('11010519491231002X', TODAY)).toBe(true);
    expect(isFullResidentId(MASKED_ID, TODAY)).toBe(false);
  });
});

describe('查看完整信息', () => {
  it('sends the reason percent-encoded, since a header carries only Latin-1', () => {
    const headers = unmaskHeaders({ reason: ' 核对低保申请材料 ', at: 1 });
    expect(headers).toEqual({ 'X-Unmask-Reason': encodeURIComponent('核对低保申请材料') });
    expect(decodeURIComponent(headers!['X-Unmask-Reason'])).toBe('核对低保申请材料');
    expect(unmaskHeaders(null)).toBeUndefined();
    expect(unmaskHeaders({ reason: '  ', at: 1 })).toBeUndefined();
  });
});

describe('基本信息 from the services’ answers', () => {
  it('takes the name and ID as sent, the birth date and residence from the elder registry', () => {
    const facts = basicFacts({ socialAssistance: null, elderlyCare: elderlyCarePerson(), civilRegistration: civilRegistrationPerson() });
    expect(facts).toEqual({ name: '王*英', residentId: MASKED_ID, birthDate: '1940-01-01', sex: null, residence: '110105001', local: true, maritalStatus: null, deaths: [] });
  });

  it('lists every death recorded, civil registration first, and the sex from the death record', () => {
    const facts = basicFacts({ civilRegistration: civilRegistrationPerson({ death: death() }), socialAssistance: socialAssistancePerson({ deceasedOn: '2024-08-02' }), canteen: canteenPerson() });
    expect(facts.deaths).toEqual([
      { service: 'socialAssistance', day: '2024-08-02' },
      { service: 'civilRegistration', day: '2024-08-02' },
    ]);
    expect(facts.sex).toBe('F');
  });

  it('has nothing when no service holds the person', () => {
    expect(basicFacts({})).toMatchObject({ name: null, residentId: null, birthDate: null, deaths: [] });
  });
});

describe('the child allowance inside child-welfare’s answer', () => {
  it('is read field by field, and its payments add up', () => {
    const raw = {
      careForm: 'DISPERSED',
      category: 'ORPHAN',
      qualifyingSince: '2024-03-01',
      fromMonth: '2024-04',
      notEntitledReason: null,
      monthlyAmountFen: 135000,
      currentMonth: { month: '2024-09', due: true },
      payments: [
        { month: '2024-07', kind: 'REGULAR', amountFen: 135000, paidWithMonth: null },
        { month: '2024-07', kind: 'ARREARS', amountFen: 1000, paidWithMonth: '2024-08' },
        { month: 'bad', amountFen: 1.5 },
      ],
    };
    const person = childWelfarePerson({ child: { allowance: raw } as unknown as NonNullable<ReturnType<typeof childWelfarePerson>['child']> });
    const allowance = childAllowanceOf(person)!;
    expect(allowance).toMatchObject({ category: 'ORPHAN', monthlyAmountFen: 135000, fromMonth: '2024-04', currentMonth: { month: '2024-09', due: true } });
    expect(allowance.payments).toHaveLength(2);
    expect(totalPaidFen(allowance)).toBe(136000);
  });

  it('is missing when the person is no child in the ledger', () => {
    expect(childAllowanceOf(childWelfarePerson())).toBeNull();
    expect(childAllowanceOf(null)).toBeNull();
  });
});
