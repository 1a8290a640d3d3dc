// 收养's requests: one adopter, or a married couple adopting jointly (each names the other).
import dayjs from 'dayjs';
import { assessmentRequest, registrationRequest } from '../src/pages/children/adoption-request';

const WIFE = '110105198001010026';
const HUSBAND = '110105197901010013';

describe('收养 requests', () => {
  it('an assessment names one adopter, or both spouses when the spouse is given', () => {
    const base = { adopter: ` ${WIFE} `, assessedOn: dayjs('2024-06-20'), outcome: 'SUITABLE' as const, notes: ' 住房、收入核实 ' };
    expect(assessmentRequest(base)).toEqual({ adopterResidentIds: [WIFE], assessedOn: '2024-06-20', outcome: 'SUITABLE', notes: '住房、收入核实' });
    expect(assessmentRequest({ ...base, spouse: HUSBAND }).adopterResidentIds).toEqual([WIFE, HUSBAND]);
    expect(assessmentRequest({ ...base, spouse: '  ' }).adopterResidentIds).toEqual([WIFE]);
  });

  it('a single adopter is unmarried; a couple name each other as spouse and share the fitness answers', () => {
    const base = { assessmentId: 'a-1', registeredOn: dayjs('2024-07-15'), adopterId: WIFE, adopterName: '赵丽华', existingChildren: 0, ableToRaise: true };
    expect(registrationRequest(base)).toEqual({
      assessmentId: 'a-1',
      registeredOn: '2024-07-15',
      adopters: [{ residentId: WIFE, name: '赵丽华', married: false, ableToRaise: true, disqualifyingIllness: false, criminalRecord: false }],
      existingChildren: 0,
      relativesChild: false,
      parentsInSpecialDifficulty: false,
      childDisabled: false,
    });
    const couple = registrationRequest({ ...base, married: true, spouseId: HUSBAND, spouseName: '钱建军', childConsents: true, criminalRecord: true });
    expect(couple.adopters).toEqual([
      { residentId: WIFE, name: '赵丽华', married: true, spouseResidentId: HUSBAND, ableToRaise: true, disqualifyingIllness: false, criminalRecord: true },
      { residentId: HUSBAND, name: '钱建军', married: true, spouseResidentId: WIFE, ableToRaise: true, disqualifyingIllness: false, criminalRecord: true },
    ]);
    expect(couple.childConsents).toBe(true);
  });
});
