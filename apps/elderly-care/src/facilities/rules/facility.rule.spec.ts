import { facilityRefusal, FACILITY_TYPE_LABELS, FACILITY_TYPES, townshipOf, type FacilityType } from './facility.rule';

const TODAY = '2024-06-15';

describe('facilityRefusal', () => {
  it.each<[string, FacilityType, string, string, string | null]>([
    ['a street centre at its township', 'STREET_CENTRE', '110105001', '2020-01-01', null],
    ['a street centre at a community', 'STREET_CENTRE', '110105001002', '2020-01-01', 'FACILITY.DIVISION_LEVEL'],
    ['a street centre at a county', 'STREET_CENTRE', '110105', '2020-01-01', 'FACILITY.DIVISION_LEVEL'],
    ['a community centre at its community', 'COMMUNITY_HOME_CARE_CENTRE', '110105001002', '2020-01-01', null],
    ['a community centre at a township', 'COMMUNITY_HOME_CARE_CENTRE', '110105001', '2020-01-01', 'FACILITY.DIVISION_LEVEL'],
    ['a happiness home in its village', 'RURAL_HAPPINESS_HOME', '110105201203', '2024-06-15', null],
    ['an activity room opening tomorrow', 'ACTIVITY_ROOM', '110105001002', '2024-06-16', 'FACILITY.DATE_INVALID'],
    ['an activity room opened on 30 February', 'ACTIVITY_ROOM', '110105001002', '2023-02-30', 'FACILITY.DATE_INVALID'],
  ])('%s', (_case, type, divisionCode, openedOn, code) => {
    expect(facilityRefusal({ type, divisionCode, openedOn }, TODAY)?.code ?? null).toBe(code);
  });

  it('names the field at fault', () => {
    expect(facilityRefusal({ type: 'STREET_CENTRE', divisionCode: '110105001002', openedOn: '2099-01-01' }, TODAY)?.field).toBe('divisionCode');
    expect(facilityRefusal({ type: 'STREET_CENTRE', divisionCode: '110105001', openedOn: '2099-01-01' }, TODAY)?.field).toBe('openedOn');
  });
});

describe('facility types', () => {
  it('have a Chinese label each', () => {
    for (const type of FACILITY_TYPES) expect(FACILITY_TYPE_LABELS[type]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('find the township of a community and of a township', () => {
    expect([townshipOf('110105001002'), townshipOf('110105001')]).toEqual(['110105001', '110105001']);
  });
});
