// A page of cases as the work lists show them: each case with its household's division and area,
// the people it concerns and, for a 低保 notice, the objections still open. Three queries for a
// page, whatever its size. Names and IDs leave masked like every response (PersonalDataModule).
import { In, IsNull, type EntityManager } from 'typeorm';
import { Household, HouseholdMember } from '../households/household.entity';
import type { AssistanceCase } from './assistance-case.entity';
import { toCaseResponse } from './case-transition';
import type { CasePerson, CaseWorkItem } from './dto/case-list.dto';
import { workStage } from './rules/work-stage.rule';

const person = (m: HouseholdMember): CasePerson => ({ residentId: m.residentId, name: m.name, relation: m.relation });

/** The covered person of a 特困 or 单人户 case, else the member recorded as applicant, else the first member. */
function applicantOf(c: AssistanceCase, members: HouseholdMember[]): CasePerson | null {
  const chosen = c.residentId ? members.find((m) => m.residentId === c.residentId) : (members.find((m) => m.relation === 'APPLICANT') ?? members[0]);
  return chosen ? person(chosen) : null;
}

async function unresolvedObjections(manager: EntityManager, caseIds: string[]): Promise<Map<string, number>> {
  const rows: Array<{ case_id: string; n: string }> = await manager.query(
    `SELECT case_id, count(*) AS n FROM public_notice_objection WHERE case_id = ANY($1) AND resolved_on IS NULL GROUP BY case_id`,
    [caseIds],
  );
  return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
}

export async function toCaseWorkItems(manager: EntityManager, cases: AssistanceCase[], today: string): Promise<CaseWorkItem[]> {
  if (cases.length === 0) return [];
  const householdIds = [...new Set(cases.map((c) => c.householdId))];
  const households = new Map((await manager.find(Household, { where: { id: In(householdIds) } })).map((h) => [h.id, h]));
  const members = await manager.find(HouseholdMember, { where: { householdId: In(householdIds), leftMonth: IsNull() }, order: { residentId: 'ASC' } });
  const objections = await unresolvedObjections(manager, cases.map((c) => c.id));
  return cases.map((c) => {
    const household = households.get(c.householdId)!;
    const own = members.filter((m) => m.householdId === c.householdId);
    return {
      ...toCaseResponse(c),
      regionCode: household.regionCode,
      area: household.area,
      stage: workStage(c, today),
      applicant: applicantOf(c, own),
      members: own.map(person),
      unresolvedObjections: objections.get(c.id) ?? 0,
    };
  });
}
