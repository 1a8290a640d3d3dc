// The funeral benefits (惠民殡葬) of a division, for the console: a page of the ledger and one
// benefit in full. A benefit belongs to the division that recorded the death (death_record), so
// both reads join it and refuse or leave out what lies outside the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FuneralBenefitDetailDto, FuneralBenefitLedgerItem, FuneralBenefitLedgerQuery } from './dto/funeral-benefit-ledger.dto';
import { paymentsOf } from './funeral-benefit-payables';

const LEDGER_COLUMNS = `b.id, b.resident_id AS "residentId", d.name AS "deceasedName", d.division_code AS "divisionCode", b.amount_fen::float8 AS "amountFen",
  b.basis, b.granted_on::text AS "grantedOn", b.date_of_death::text AS "dateOfDeath", b.status, b.claimant_name AS "claimantName",
  (SELECT p.payment_status FROM funeral_benefit_payment p WHERE p.benefit_id = b.id ORDER BY p.created_at DESC, p.kind = 'REISSUE' DESC LIMIT 1) AS "paymentStatus"`;

/** The division that recorded the benefit's death; 404 when there is no such benefit. */
export async function benefitDivision(manager: EntityManager, id: string): Promise<string> {
  const [row]: Array<{ divisionCode: string }> = await manager.query(
    `SELECT d.division_code AS "divisionCode" FROM funeral_benefit b JOIN death_record d ON d.id = b.death_id WHERE b.id = $1`,
    [id],
  );
  if (!row) throw new ProblemException({ status: 404, code: 'FUNERAL_BENEFIT.NOT_FOUND', detail: `No funeral benefit ${id}.` });
  return row.divisionCode;
}

@Injectable()
export class FuneralBenefitLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest first (granted, then id), within the caller's division. */
  async page(query: FuneralBenefitLedgerQuery, principal: Principal): Promise<Page<FuneralBenefitLedgerItem>> {
    const { offset, limit } = pageWindow(query);
    const where = `d.division_code LIKE $1 AND ($2::text IS NULL OR to_char(b.granted_on, 'YYYY-MM') = $2) AND ($3::text IS NULL OR b.status = $3)`;
    const params = [`${divisionPrefix(principal.division)}%`, query.month ?? null, query.status ?? null];
    const from = `FROM funeral_benefit b JOIN death_record d ON d.id = b.death_id WHERE ${where}`;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT ${LEDGER_COLUMNS} ${from} ORDER BY b.granted_on DESC, b.id OFFSET $4 LIMIT $5`, [...params, offset, limit]) as Promise<FuneralBenefitLedgerItem[]>,
      this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<Array<{ total: number }>>,
    ]);
    return pageOf(items, total, query);
  }

  /** One benefit with its payment lines and the bank's outcome of each; 403 outside the caller's division. */
  async get(id: string, principal: Principal): Promise<FuneralBenefitDetailDto> {
    const manager = this.dataSource.manager;
    assertWithinDivision(principal, await benefitDivision(manager, id));
    const [row]: Array<Omit<FuneralBenefitDetailDto, 'payments'>> = await manager.query(
      `SELECT b.id, b.death_id AS "deathId", b.resident_id AS "residentId", d.name AS "deceasedName", d.division_code AS "divisionCode",
              b.amount_fen::float8 AS "amountFen", b.basis, b.granted_on::text AS "grantedOn", b.date_of_death::text AS "dateOfDeath", b.status,
              b.claimant_resident_id AS "claimantResidentId", b.claimant_name AS "claimantName", b.claimant_relation AS "claimantRelation",
              b.claim_recorded_by AS "claimRecordedBy", b.approved_by AS "approvedBy", b.approved_on::text AS "approvedOn"
         FROM funeral_benefit b JOIN death_record d ON d.id = b.death_id WHERE b.id = $1`,
      [id],
    );
    const payments = await paymentsOf(manager, [id]);
    return { ...row, payments: payments.get(id) ?? [] };
  }
}
