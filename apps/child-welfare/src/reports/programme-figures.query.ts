// The annual figures of the staff register, study grants, student aid, volunteers and charity for
// a division (the village-code prefix the caller oversees), from the day the year begins to the
// report day.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { countInPost, type StaffRole } from '../staff/rules/staff-post.rule';
import { STUDY_GRANT_KINDS } from '../study-grants/rules/study-grant.rule';
import { SCHOOL_STAGES } from '../study-grants/rules/student-aid.rule';
import { tallyByKey, type KeyedSum } from './rules/programme-figures.rule';

export interface ReportWindow {
  /** The village-code prefix of the division. */
  prefix: string;
  year: number;
  /** The report day: 31 December, or today while the year runs. */
  day: string;
}

const renamed = <K extends string>(byKey: Record<K, { count: number; amountFen: number }>, countName: string) =>
  Object.fromEntries(Object.entries<{ count: number; amountFen: number }>(byKey).map(([k, t]) => [k, { [countName]: t.count, amountFen: t.amountFen }]));

@Injectable()
export class ProgrammeFigures {
  constructor(private readonly dataSource: DataSource) {}

  private async number(sql: string, params: unknown[]): Promise<number> {
    return Number((await this.dataSource.query(sql, params))[0].n);
  }

  /** Directors and supervisors in post on the report day (the register), trainings held in the year. */
  async staff({ prefix, year, day }: ReportWindow) {
    const like = `${prefix}%`;
    const members: { role: StaffRole; appointedOn: string; leftOn: string | null }[] = await this.dataSource.query(
      `SELECT role, to_char(appointed_on, 'YYYY-MM-DD') AS "appointedOn", to_char(left_on, 'YYYY-MM-DD') AS "leftOn" FROM staff_member WHERE division_code LIKE $1`,
      [like],
    );
    const [trainings] = await this.dataSource.query(`SELECT count(*) AS n, COALESCE(sum(hours), 0) AS hours FROM staff_training WHERE division_code LIKE $1 AND trained_on BETWEEN $2 AND $3`, [like, `${year}-01-01`, day]);
    return { ...countInPost(members, day), trainings: Number(trainings.n), trainingHours: Number(trainings.hours) };
  }

  /** Study grants for the year's terms by kind; student aid person-times by school stage and term. */
  async studyGrants({ prefix, year, day }: ReportWindow) {
    const params = [`${prefix}%`, `${year}-%`, day];
    const grantRows: KeyedSum[] = await this.dataSource.query(
      `SELECT kind AS key, count(*) AS count, sum(amount_fen) AS "amountFen" FROM study_grant WHERE village_code LIKE $1 AND term LIKE $2 AND granted_on <= $3 GROUP BY kind`,
      params,
    );
    const aidRows: (KeyedSum & { half: string })[] = await this.dataSource.query(
      `SELECT stage AS key, split_part(term, '-', 2) AS half, count(*) AS count, sum(amount_fen) AS "amountFen" FROM student_aid WHERE village_code LIKE $1 AND term LIKE $2 AND paid_on <= $3 GROUP BY stage, half`,
      params,
    );
    const grants = tallyByKey(STUDY_GRANT_KINDS, grantRows);
    const byStage = tallyByKey(SCHOOL_STAGES, aidRows);
    const byTerm = tallyByKey(['SPRING', 'AUTUMN'] as const, aidRows.map((r) => ({ ...r, key: r.half })));
    return {
      studyGrants: { grants: grants.total.count, amountFen: grants.total.amountFen, byKind: renamed(grants.byKey, 'grants') },
      studentAid: { personTimes: byStage.total.count, amountFen: byStage.total.amountFen, byStage: renamed(byStage.byKey, 'personTimes'), byTerm: renamed(byTerm.byKey, 'personTimes') },
    };
  }

  /** Volunteers registered by the report day; activities, hours and children served in the year. */
  async volunteers({ prefix, year, day }: ReportWindow) {
    const like = `${prefix}%`;
    const from = `${year}-01-01`;
    const [activities] = await this.dataSource.query(
      `SELECT count(*) AS n, COALESCE(sum(children_served), 0) AS children FROM volunteer_activity WHERE division_code LIKE $1 AND held_on BETWEEN $2 AND $3`,
      [like, from, day],
    );
    return {
      registered: await this.number(`SELECT count(*) AS n FROM volunteer WHERE division_code LIKE $1 AND registered_on <= $2`, [like, day]),
      activities: Number(activities.n),
      hours: await this.number(
        `SELECT COALESCE(sum(s.hours), 0) AS n FROM volunteer_service s JOIN volunteer_activity a ON a.id = s.activity_id WHERE a.division_code LIKE $1 AND a.held_on BETWEEN $2 AND $3`,
        [like, from, day],
      ),
      childrenServed: Number(activities.children),
    };
  }

  /** Money raised and granted in the year by the division's funds, children aided, the balance on the report day. */
  async charity({ prefix, year, day }: ReportWindow) {
    const like = `${prefix}%`;
    const from = `${year}-01-01`;
    const [donations] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE received_on >= $2) AS n, COALESCE(sum(amount_fen) FILTER (WHERE received_on >= $2), 0) AS year_fen, COALESCE(sum(amount_fen), 0) AS all_fen
         FROM charity_donation WHERE division_code LIKE $1 AND received_on <= $3`,
      [like, from, day],
    );
    const [grants] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE g.granted_on >= $2) AS n, count(DISTINCT g.child_id) FILTER (WHERE g.granted_on >= $2) AS children,
              COALESCE(sum(g.amount_fen) FILTER (WHERE g.granted_on >= $2), 0) AS year_fen, COALESCE(sum(g.amount_fen), 0) AS all_fen
         FROM charity_grant g JOIN charity_fund f ON f.id = g.fund_id WHERE f.division_code LIKE $1 AND g.granted_on <= $3`,
      [like, from, day],
    );
    return {
      donations: Number(donations.n),
      raisedFen: Number(donations.year_fen),
      grants: Number(grants.n),
      grantedFen: Number(grants.year_fen),
      childrenAided: Number(grants.children),
      balanceFen: Number(donations.all_fen) - Number(grants.all_fen),
    };
  }
}
