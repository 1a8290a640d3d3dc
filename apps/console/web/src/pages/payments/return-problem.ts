// Where a refused return file went wrong: RETURN_FILE.INVALID / TRAILER_MISMATCH name each
// problem as `lines.<n>.<field>` (apps/payments/src/returns/returns.service.ts), `file` for the
// file as a whole. Pure.
import type { Problem } from '../../api/problem';

export interface ReturnFileFault {
  /** The line of the file (1 = the first), or null for the file as a whole. */
  line: number | null;
  field: string;
  code: string;
}

const LINE_FIELD = /^lines\.(\d+)\.(.+)$/;

export function returnFileFaults(problem: Problem): ReturnFileFault[] {
  return problem.fields.map((f) => {
    const match = LINE_FIELD.exec(f.field);
    return match ? { line: Number(match[1]), field: match[2], code: f.code } : { line: null, field: f.field, code: f.code };
  });
}
