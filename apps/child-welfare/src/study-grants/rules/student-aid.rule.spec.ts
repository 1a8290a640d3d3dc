import { studentAidProblem } from './student-aid.rule';

describe('studentAidProblem', () => {
  it.each<[string, string[], string | null]>([
    ['2024-SPRING', [], null],
    ['2024-SPRING', ['2023-AUTUMN', '2024-AUTUMN'], null],
    ['2024-SPRING', ['2024-SPRING'], 'STUDENT_AID.ALREADY_RECORDED'],
  ])('%s with %j recorded -> %s', (term, recorded, code) => {
    expect(studentAidProblem(term, recorded)?.code ?? null).toBe(code);
  });
});
