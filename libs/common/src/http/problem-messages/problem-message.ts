// The zh-CN message for a problem or one of its field errors, from the catalogue in
// ./problems.zh-CN.ts, with fallbacks for a code the catalogue does not know yet. Pure.
import { FIELD_MESSAGES, FIELD_PROBLEM_MESSAGES, PROBLEM_MESSAGES } from './problems.zh-CN';

/** Any code that ends like this, when the exact code has no message (a new area, say). */
const BY_REASON: ReadonlyArray<[RegExp, string]> = [
  [/\.NOT_FOUND$/, '记录不存在'],
  [/\.SAME_PERSON(_APPROVAL)?$/, '制作人与审批人不能是同一人'],
  [/\.INVALID_TRANSITION$/, '当前状态下不能执行此操作'],
  [/\.NO_POLICY$/, '所选日期没有生效的政策参数'],
  [/\.INVALID_RESIDENT_ID$/, '身份证号码无效'],
];

const BY_STATUS: ReadonlyArray<[number, string]> = [
  [400, '请求有误'],
  [401, '请先登录'],
  [403, '您没有执行此操作的权限'],
  [404, '请求的内容不存在'],
  [409, '与已有记录冲突'],
  [422, '提交的内容不符合业务规则'],
  [429, '操作过于频繁，请稍后再试'],
];

/**
 * The zh-CN message for a problem: its code's message, else one for its kind of reason, else one
 * for its HTTP status. Never the English `detail`, which is written for developers.
 */
export function problemMessage(code: string, status: number): string {
  const exact = PROBLEM_MESSAGES[code];
  if (exact) return exact;
  const reason = BY_REASON.find(([pattern]) => pattern.test(code));
  if (reason) return reason[1];
  const byStatus = BY_STATUS.find(([s]) => s === status);
  if (byStatus) return byStatus[1];
  return status >= 500 ? '系统暂时无法处理该请求，请稍后再试' : '操作未成功';
}

/** The message for one field error of a problem. */
export function fieldMessage(problemCode: string, problemStatus: number, fieldCode: string, field = ''): string {
  const special = FIELD_PROBLEM_MESSAGES[`${problemCode}:${field}:${fieldCode}`] ?? FIELD_PROBLEM_MESSAGES[`${problemCode}:${field}`];
  if (special) return special;
  // A specific problem ("username taken") says more than the constraint it tripped.
  if (problemCode !== 'VALIDATION.FAILED' && PROBLEM_MESSAGES[problemCode]) return PROBLEM_MESSAGES[problemCode];
  return FIELD_MESSAGES[fieldCode] ?? problemMessage(problemCode, problemStatus);
}
