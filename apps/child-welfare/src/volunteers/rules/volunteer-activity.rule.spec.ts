import { activityHours, activityVolunteerProblems, type ListedVolunteer } from './volunteer-activity.rule';

const registered = [{ id: 'a', registeredOn: '2024-01-01' }, { id: 'b', registeredOn: '2024-06-01' }];

describe('activityVolunteerProblems', () => {
  it.each<[string, ListedVolunteer[], string, Array<[string, string]>]>([
    ['registered volunteers, each once', [{ volunteerId: 'a', hours: 2 }, { volunteerId: 'b', hours: 3 }], '2024-06-15', []],
    ['an unknown volunteer', [{ volunteerId: 'a', hours: 2 }, { volunteerId: 'x', hours: 1 }], '2024-06-15', [['volunteers.1.volunteerId', 'VOLUNTEER.NOT_FOUND']]],
    ['a volunteer twice', [{ volunteerId: 'a', hours: 2 }, { volunteerId: 'a', hours: 1 }], '2024-06-15', [['volunteers.1.volunteerId', 'VOLUNTEER.LISTED_TWICE']]],
    ['registered the day after', [{ volunteerId: 'a', hours: 1 }, { volunteerId: 'b', hours: 2 }], '2024-05-31', [['volunteers.1.volunteerId', 'VOLUNTEER.NOT_YET_REGISTERED']]],
    ['every problem at once', [{ volunteerId: 'x', hours: 1 }, { volunteerId: 'b', hours: 2 }, { volunteerId: 'b', hours: 2 }], '2024-05-31', [
      ['volunteers.0.volunteerId', 'VOLUNTEER.NOT_FOUND'],
      ['volunteers.1.volunteerId', 'VOLUNTEER.NOT_YET_REGISTERED'],
      ['volunteers.2.volunteerId', 'VOLUNTEER.LISTED_TWICE'],
    ]],
  ])('%s', (_, listed, heldOn, expected) => {
    expect(activityVolunteerProblems(listed, registered, heldOn).map((p) => [p.field, p.code])).toEqual(expected);
  });

  it('takes a volunteer registered on the day of the activity', () => {
    expect(activityVolunteerProblems([{ volunteerId: 'b', hours: 1 }], registered, '2024-06-01')).toEqual([]);
  });
});

describe('activityHours', () => {
  it.each<[number[], number]>([[[], 0], [[2, 3.5], 5.5], [[0.1, 0.2], 0.3], [[1.5, 1.5, 1.5], 4.5]])('%j -> %d', (hours, total) => {
    expect(activityHours(hours.map((h, i) => ({ volunteerId: String(i), hours: h })))).toBe(total);
  });
});
