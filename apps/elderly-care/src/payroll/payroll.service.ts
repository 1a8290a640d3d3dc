import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import type { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface PayrollSummary {
  month: string;
  created: number;
  lines: number;
  totalFen: number;
  byKind: { kind: string; lines: number; totalFen: number }[];
}

@Injectable()
export class PayrollService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * One payment line per allowance active in `month` (DOMAIN §8), unique by (allowance, month):
   * a rerun adds only what became due since, and changes nothing already there.
   */
  async run(month: YearMonth, actor: Principal): Promise<PayrollSummary> {
    const created = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO allowance_payment (allowance_id, resident_id, kind, month, amount_fen)
         SELECT a.id, a.resident_id, a.kind, $1, a.monthly_amount_fen
           FROM allowance a
          WHERE a.from_month <= $1 AND (a.stop_from_month IS NULL OR a.stop_from_month > $1)
         ON CONFLICT (allowance_id, month) DO NOTHING
         RETURNING id`,
        [month.toString()],
      );
      await this.audit.record(manager, { actor, action: 'payroll.run', entityType: 'payroll', entityId: randomUUID(), after: { month: month.toString(), created: rows.length } });
      return rows.length;
    });
    return { ...(await this.summary(month)), created };
  }

  async summary(month: YearMonth): Promise<PayrollSummary> {
    const rows: { kind: string; lines: string; total: string }[] = await this.dataSource.query(
      `SELECT kind, count(*) AS lines, sum(amount_fen) AS total FROM allowance_payment WHERE month = $1 GROUP BY kind ORDER BY kind`,
      [month.toString()],
    );
    const byKind = rows.map((r) => ({ kind: r.kind, lines: Number(r.lines), totalFen: Number(r.total) }));
    return {
      month: month.toString(),
      created: 0,
      lines: byKind.reduce((n, k) => n + k.lines, 0),
      totalFen: byKind.reduce((n, k) => n + k.totalFen, 0),
      byKind,
    };
  }
}
