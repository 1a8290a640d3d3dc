import { eventView, maskSubject, summarise } from './event-view.rule';

const CORRELATION = 'c0ffee00-0000-4000-8000-000000000001';
const DEATH_ID = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01';

function envelope(type: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    specversion: '1.0',
    id: '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5',
    type,
    source: `/${type.split('.')[0]}`,
    time: '2024-09-20T02:00:00.000Z',
    subject: '11010519491231002X',
    datacontenttype: 'application/json',
    correlationid: CORRELATION,
    data,
    ...extra,
  };
}

describe('the streamed view of an event', () => {
  it('keeps the envelope, masks the resident subject and summarises what happened', () => {
    const body = envelope(
      'social-assistance.enrollment.stopped.v1',
      { enrollmentId: DEATH_ID, householdId: DEATH_ID, residentId: '11010519491231002X', program: 'DIBAO', reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-09', causeEventId: DEATH_ID },
      { causationid: DEATH_ID },
    );
    expect(eventView(body, CORRELATION)).toEqual({
      id: body.id,
      type: 'social-assistance.enrollment.stopped.v1',
      source: '/social-assistance',
      time: '2024-09-20T02:00:00.000Z',
      subject: '110***********002X',
      causationid: DEATH_ID,
      summary: { program: 'DIBAO', reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-09' },
    });
  });

  it('is null for another correlation or for something that is not an envelope', () => {
    expect(eventView(envelope('civil-registration.death.registered.v1', {}), 'another')).toBeNull();
    expect(eventView({ ...envelope('x.y.z.v1', {}), id: 7 }, CORRELATION)).toBeNull();
    expect(eventView('text', CORRELATION)).toBeNull();
    expect(eventView(null, CORRELATION)).toBeNull();
  });

  it('has no cause when the event started the chain', () => {
    expect(eventView(envelope('civil-registration.death.registered.v1', {}), CORRELATION)?.causationid).toBeNull();
  });
});

describe('the summary of a payload', () => {
  it.each([
    ['the death: the source and disposal, never the name, ethnicity, place or date', { deathId: DEATH_ID, residentId: '11010519491231002X', name: '王秀英', sex: 'F', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL', divisionCode: '110105' }, { disposal: 'CREMATION', source: 'HOSPITAL' }],
    ['an overpayment: the program, the months and the amount in fen', { overpaymentId: DEATH_ID, residentId: '11010519491231002X', program: 'DIBAO', months: ['2024-09'], amountFen: 107_000, causeEventId: DEATH_ID }, { program: 'DIBAO', amountFen: 107_000, months: ['2024-09'] }],
    ['a funeral benefit', { benefitId: DEATH_ID, deathId: DEATH_ID, residentId: '11010519491231002X', amountFen: 200_000, basis: 'DIBAO_TEKUN', grantedOn: '2024-09-20' }, { basis: 'DIBAO_TEKUN', amountFen: 200_000, grantedOn: '2024-09-20' }],
    ['an allowance stop', { allowanceId: DEATH_ID, residentId: '11010519491231002X', kind: 'HIGH_AGE', tier: 'AGE_80_99', reason: 'DECEASED', stopFromMonth: '2024-09' }, { kind: 'HIGH_AGE', tier: 'AGE_80_99', reason: 'DECEASED', stopFromMonth: '2024-09' }],
    ['a risk tier change: the tiers, not the caseworker’s free-text reason', { childId: DEATH_ID, residentId: '20150601...', from: 'GREEN', to: 'ORANGE', reason: '父亲去世，需重新评估', changedOn: '2024-09-20' }, { from: 'GREEN', to: 'ORANGE' }],
  ])('%s', (_what, data, expected) => {
    expect(summarise(data)).toEqual(expected);
  });

  it('drops values of listed fields that are not codes, months, days or whole numbers', () => {
    expect(summarise({ reason: 'moved to Shanghai', amountFen: 1.5, months: ['2024-09', '王某'], program: { nested: 'DIBAO' }, cause: '11010519491231002X' })).toEqual({});
  });

  it('is empty for a payload that is not an object', () => {
    expect(summarise(undefined)).toEqual({});
    expect(summarise(['DIBAO'])).toEqual({});
  });
});

describe('the subject', () => {
  it('is masked unless it is an aggregate’s UUID', () => {
    expect(maskSubject('440524188001010014')).toBe('440***********0014');
    expect(maskSubject(DEATH_ID)).toBe(DEATH_ID);
    expect(maskSubject('short')).toBe('*****');
  });
});
