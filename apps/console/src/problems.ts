import { ProblemException, type ProblemInit } from '@app/common/http/problem';
import type { ConsoleProblemCode } from './problem-codes';

/** A ProblemException whose code must be one of CONSOLE_PROBLEM_CODES, so the UI can translate it. */
export function consoleProblem(code: ConsoleProblemCode, init: Omit<ProblemInit, 'code'>): ProblemException {
  return new ProblemException({ ...init, code });
}

/** A problem about one field of the request body, in the shape of libs/common's validation errors. */
export function fieldProblem(code: ConsoleProblemCode, status: number, field: string, fieldCode: string, message: string, detail?: string): ProblemException {
  return consoleProblem(code, { status, detail: detail ?? `${field} ${message}.`, errors: [{ field, code: fieldCode, message }] });
}
