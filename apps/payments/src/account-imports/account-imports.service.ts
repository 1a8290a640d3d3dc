import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionCovers, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import type { Proposal } from '../payee-accounts/rules/account-proposal.rule';
import type { AccountImportResponse, ImportLineResultDto } from './dto/account-import.dto';
import { importLineReader, judgeImportRow, type ImportFormat, type ImportRefusal } from './rules/account-import.rule';

/** Proposals per INSERT: ten arrays of this length stay far below PostgreSQL's limits. */
const CHUNK = 1000;

export interface AccountImportReport {
  importId: string;
  accepted: number;
  refused: number;
  lines: ImportLineResultDto[];
}

interface Candidate {
  line: number;
  proposal: Proposal;
}

interface ImportRow {
  id: string;
  format: string;
  imported_by: string;
  imported_at: Date;
  accepted: number;
  refused: number;
  confirmed_by: string | null;
  confirmed_at: Date | null;
  confirmed: number | null;
}

/**
 * Bulk import of payee accounts, streamed line by line: each line is judged on its own, the
 * accepted ones become proposals of the import, and a second person confirms the import's
 * proposals in one go. One transaction: an upload cut off half-way leaves nothing behind.
 */
@Injectable()
export class AccountImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly banks: BanksService,
  ) {}

  async import(lines: AsyncIterable<string>, format: ImportFormat, actor: Principal): Promise<AccountImportReport> {
    const banks = await this.banks.rules();
    const today = this.clock.today();
    const now = this.clock.now();
    const importId = randomUUID();
    const read = importLineReader(format);
    const seen = new Set<string>();
    const results: ImportLineResultDto[] = [];
    const refuse = (line: number, reason: ImportRefusal) => results.push({ line, status: 'REFUSED', reason });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO payee_account_import (id, format, imported_by, imported_at, accepted, refused) VALUES ($1, $2, $3, $4, 0, 0)`, [importId, format, actor.sub, now]);
      let pending: Candidate[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        for (const [line, verdict] of await insertProposals(manager, pending, importId, actor.sub, now)) {
          if (verdict === 'ACCEPTED') results.push({ line, status: 'ACCEPTED' });
          else refuse(line, verdict);
        }
        pending = [];
      };
      let lineNo = 0;
      for await (const raw of lines) {
        lineNo += 1;
        const parsed = read(raw);
        if (parsed.kind === 'blank' || parsed.kind === 'header') continue;
        if (parsed.kind === 'malformed') {
          refuse(lineNo, 'MALFORMED');
          continue;
        }
        const verdict = judgeImportRow(parsed.row, banks, today, (division) => divisionCovers(actor.division, division), seen);
        if (!verdict.ok) refuse(lineNo, verdict.reason);
        else pending.push({ line: lineNo, proposal: verdict.proposal });
        if (pending.length >= CHUNK) await flush();
      }
      await flush();
      results.sort((a, b) => a.line - b.line);
      const accepted = results.filter((r) => r.status === 'ACCEPTED').length;
      const refused = results.length - accepted;
      await manager.query(`UPDATE payee_account_import SET accepted = $2, refused = $3 WHERE id = $1`, [importId, accepted, refused]);
      await this.audit.record(manager, { actor, action: 'payee-accounts.imported', entityType: 'payee-account-import', entityId: importId, after: { format, accepted, refused } });
      return { importId, accepted, refused, lines: results };
    });
  }

  /** The second person confirms every proposal of the import still open; each supersedes the payee's account in force. */
  async confirm(importId: string, actor: Principal): Promise<AccountImportResponse> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<ImportRow[]>(`SELECT * FROM payee_account_import WHERE id = $1 FOR UPDATE`, [importId]);
      if (!row) throw new ProblemException({ status: 404, code: 'PAYEE_ACCOUNT_IMPORT.NOT_FOUND', detail: `no import ${importId}` });
      if (row.imported_by === actor.sub) throw new ProblemException({ status: 403, code: 'PAYEE_ACCOUNT_IMPORT.SAME_PERSON_CONFIRMATION', detail: 'the person who imported the accounts cannot confirm them' });
      if (row.confirmed_at !== null) throw new ProblemException({ status: 409, code: 'PAYEE_ACCOUNT_IMPORT.ALREADY_CONFIRMED', detail: `confirmed by ${row.confirmed_by}` });
      const [{ outside }] = await manager.query<Array<{ outside: number }>>(
        `SELECT count(*)::int AS outside FROM payee_account WHERE import_id = $1 AND status = 'PROPOSED' AND division_code NOT LIKE $2`,
        [importId, `${divisionPrefix(actor.division)}%`],
      );
      if (outside > 0) {
        throw new ProblemException({
          status: 403,
          code: 'AUTH.OUTSIDE_DIVISION',
          detail: `${outside} proposal(s) of the import lie outside division ${actor.division}`,
          errors: [{ field: 'importId', code: 'outsideDivision', message: `must lie within division ${actor.division}` }],
        });
      }
      const now = this.clock.now();
      // Two statements: the unique index on the account in force is checked row by row, so the
      // old accounts must be out of force before the new ones come in.
      await manager.query(
        `UPDATE payee_account c SET status = 'SUPERSEDED', superseded_at = $2
         FROM payee_account p
         WHERE p.import_id = $1 AND p.status = 'PROPOSED' AND c.payee_kind = p.payee_kind AND c.payee_key = p.payee_key AND c.status = 'CONFIRMED'`,
        [importId, now],
      );
      const [, confirmed] = await manager.query<[unknown, number]>(`UPDATE payee_account SET status = 'CONFIRMED', decided_by = $2, decided_at = $3 WHERE import_id = $1 AND status = 'PROPOSED'`, [importId, actor.sub, now]);
      await manager.query(`UPDATE payee_account_import SET confirmed_by = $2, confirmed_at = $3, confirmed = $4 WHERE id = $1`, [importId, actor.sub, now, confirmed]);
      await this.audit.record(manager, { actor, action: 'payee-accounts.import-confirmed', entityType: 'payee-account-import', entityId: importId, after: { confirmed } });
      return this.view(manager, importId);
    });
  }

  async get(importId: string): Promise<AccountImportResponse> {
    return this.view(this.dataSource.manager, importId);
  }

  private async view(manager: EntityManager, importId: string): Promise<AccountImportResponse> {
    const [row] = await manager.query<Array<ImportRow & { awaiting: number }>>(
      `SELECT i.*, (SELECT count(*)::int FROM payee_account a WHERE a.import_id = i.id AND a.status = 'PROPOSED') AS awaiting FROM payee_account_import i WHERE i.id = $1`,
      [importId],
    );
    if (!row) throw new ProblemException({ status: 404, code: 'PAYEE_ACCOUNT_IMPORT.NOT_FOUND', detail: `no import ${importId}` });
    return {
      id: row.id,
      format: row.format,
      importedBy: row.imported_by,
      importedAt: row.imported_at,
      accepted: row.accepted,
      refused: row.refused,
      awaitingConfirmation: row.awaiting,
      confirmedBy: row.confirmed_by,
      confirmedAt: row.confirmed_at,
      confirmed: row.confirmed,
    };
  }
}

/**
 * One statement per chunk: a line whose account is the one in force already is UNCHANGED; a payee
 * with a proposal awaiting confirmation keeps it (PROPOSAL_OPEN); the others become proposals.
 */
async function insertProposals(manager: EntityManager, chunk: Candidate[], importId: string, proposedBy: string, at: Date): Promise<Array<[number, 'ACCEPTED' | 'UNCHANGED' | 'PROPOSAL_OPEN']>> {
  const column = <K extends keyof Proposal>(key: K) => chunk.map((c) => c.proposal[key]);
  const rows: Array<{ line: number; verdict: 'ACCEPTED' | 'UNCHANGED' | 'PROPOSAL_OPEN' }> = await manager.query(
    `WITH input AS (
       SELECT * FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[], $9::text[], $10::varchar[])
         AS t(line, payee_kind, payee_key, organisation_name, division_code, bank_code, account_number, holder_name, evidence_note, evidence_reference)
     ),
     unchanged AS (
       SELECT i.line FROM input i
       JOIN payee_account c ON c.payee_kind = i.payee_kind AND c.payee_key = i.payee_key AND c.status = 'CONFIRMED' AND c.unusable_reason IS NULL
        AND c.bank_code = i.bank_code AND c.account_number = i.account_number AND c.holder_name = i.holder_name
     ),
     inserted AS (
       INSERT INTO payee_account (payee_kind, payee_key, organisation_name, division_code, bank_code, account_number, holder_name, evidence_note, evidence_reference, status, import_id, proposed_by, proposed_at)
       SELECT payee_kind, payee_key, organisation_name, division_code, bank_code, account_number, holder_name, evidence_note, evidence_reference, 'PROPOSED', $11, $12, $13
       FROM input WHERE line NOT IN (SELECT line FROM unchanged)
       ON CONFLICT (payee_kind, payee_key) WHERE status = 'PROPOSED' DO NOTHING
       RETURNING payee_kind, payee_key
     )
     SELECT i.line, CASE WHEN u.line IS NOT NULL THEN 'UNCHANGED' WHEN n.payee_key IS NOT NULL THEN 'ACCEPTED' ELSE 'PROPOSAL_OPEN' END AS verdict
     FROM input i LEFT JOIN unchanged u ON u.line = i.line LEFT JOIN inserted n ON n.payee_kind = i.payee_kind AND n.payee_key = i.payee_key`,
    [
      chunk.map((c) => c.line),
      column('payeeKind'),
      column('payeeKey'),
      column('organisationName'),
      column('divisionCode'),
      column('bankCode'),
      column('accountNumber'),
      column('holderName'),
      column('evidenceNote'),
      column('evidenceReference'),
      importId,
      proposedBy,
      at,
    ],
  );
  return rows.map((r) => [r.line, r.verdict]);
}
