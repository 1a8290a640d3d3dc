// A person's file in social assistance (POST /api/v1/people/file, the resident ID in the body):
// their households, cases and grants, as a caseworker looks a person up. The year's assistance
// kinds find by it what the registers or an interrupted day created, having no ids of their own.
import type { DriveContext } from '../context';
import { refused, type Outcome } from '../tally';

export interface PersonFile {
  residentId: string;
  households: Array<{ householdId: string; regionCode: string; area: string }>;
  cases: Array<{ id: string; program: string; status: string; householdId: string; reason: string | null; stopFromMonth: string | null }>;
  temporaryRelief: Array<{ id: string; grantedOn: string; amountFen: number }>;
  vagrantCases: Array<{ id: string; admittedOn: string; status: string }>;
}

/** The person's file, or null when the service holds nothing of them (404 PERSON.NOT_FOUND). */
export async function findPerson(ctx: DriveContext, residentId: string): Promise<PersonFile | null> {
  const res = await ctx.api.call('social-assistance', 'POST', '/api/v1/people/file', 'clerk', { residentId });
  if (res.status === 404) return null;
  if (res.status !== 200) throw new PersonFileUnreadable(`${res.status} ${res.text.slice(0, 300)}`);
  return res.body as PersonFile;
}

class PersonFileUnreadable extends Error {}

/** The event's outcome, or its refusal when a person's file could not be read. */
export async function refusedIfUnreadable(drive: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await drive();
  } catch (err) {
    if (err instanceof PersonFileUnreadable) return refused('YEAR.PERSON_FILE_UNREADABLE', err.message);
    throw err;
  }
}
