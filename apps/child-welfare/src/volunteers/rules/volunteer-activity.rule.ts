// Who may be listed on a volunteer activity (志愿服务活动): registered volunteers, each once, who
// were registered by the day it was held. Pure.

export interface ListedVolunteer {
  volunteerId: string;
  hours: number;
}

export interface RegisteredVolunteer {
  id: string;
  registeredOn: string;
}

export interface ActivityFieldProblem {
  field: string;
  code: 'VOLUNTEER.NOT_FOUND' | 'VOLUNTEER.LISTED_TWICE' | 'VOLUNTEER.NOT_YET_REGISTERED';
  message: string;
}

/** Every problem of the list, with the field at fault (`volunteers.N.volunteerId`); empty when it is fine. */
export function activityVolunteerProblems(listed: readonly ListedVolunteer[], registered: readonly RegisteredVolunteer[], heldOn: string): ActivityFieldProblem[] {
  const byId = new Map(registered.map((v) => [v.id, v]));
  const seen = new Set<string>();
  const problems: ActivityFieldProblem[] = [];
  listed.forEach((entry, index) => {
    const field = `volunteers.${index}.volunteerId`;
    const volunteer = byId.get(entry.volunteerId);
    if (seen.has(entry.volunteerId)) problems.push({ field, code: 'VOLUNTEER.LISTED_TWICE', message: 'the volunteer is listed twice' });
    else if (!volunteer) problems.push({ field, code: 'VOLUNTEER.NOT_FOUND', message: 'no such volunteer in your village, township or division' });
    else if (volunteer.registeredOn > heldOn) problems.push({ field, code: 'VOLUNTEER.NOT_YET_REGISTERED', message: `registered on ${volunteer.registeredOn}, after the activity` });
    seen.add(entry.volunteerId);
  });
  return problems;
}

/** Service hours of an activity: the sum of its volunteers' hours, kept to tenths. */
export function activityHours(listed: readonly ListedVolunteer[]): number {
  return Math.round(listed.reduce((n, v) => n + v.hours * 10, 0)) / 10;
}
