// Every problem code a service or the console can answer has a zh-CN message. The codes come
// from scanning the source (scripts/console/problem-codes.ts), so a code added anywhere in
// apps/*/src or libs/*/src without a message here fails this test.
import { resolveProblemCodes, scanProblemCodes, scanSource, type ProblemCodeScan } from '../../../../scripts/console/problem-codes';
import { fieldMessage, problemMessage } from '../src/locale/problem-message';
import { FIELD_MESSAGES, FIELD_PROBLEM_MESSAGES, PROBLEM_MESSAGES } from '../src/locale/problems.zh-CN';

const CJK = /[\u4e00-\u9fff]/;

describe('zh-CN problem messages', () => {
  const scan = scanProblemCodes();
  const resolved = resolveProblemCodes(scan);

  it('the scan finds the codes of every service and the libraries', () => {
    // A scan that silently found nothing would pass everything below.
    expect(resolved.codes.length).toBeGreaterThan(150);
    for (const code of ['DIBAO.MEMBER_ALREADY_COVERED', 'DEATH.CONFLICTING_DATE', 'MEAL.MONTH_CLOSED', 'CHILD.NOT_FOUND', 'ELDER.NOT_FOUND', 'VALIDATION.FAILED']) {
      expect(resolved.codes).toContain(code);
    }
  });

  it('every code template in the source is listed with what it can become', () => {
    expect(resolved.unknownTemplates).toEqual([]);
  });

  it('every code found in apps/*/src and libs/*/src has a message', () => {
    const missing = resolved.codes.filter((code) => !PROBLEM_MESSAGES[code]);
    expect(missing).toEqual([]);
  });

  it('the console API codes the UI branches on have messages', () => {
    for (const code of ['AUTH.INVALID_CREDENTIALS', 'AUTH.LOCKED', 'AUTH.DISABLED', 'AUTH.NO_SESSION', 'AUTH.SESSION_EXPIRED', 'AUTH.WEAK_PASSWORD', 'AUTH.PASSWORD_CHANGE_REQUIRED', 'AUTH.CSRF', 'AUTH.FORBIDDEN', 'USER.USERNAME_TAKEN', 'USER.UNKNOWN_ROLE', 'USER.NOT_FOUND', 'CONSOLE.UNKNOWN_SERVICE', 'CONSOLE.SERVICE_UNAVAILABLE', 'NETWORK.UNREACHABLE']) {
      expect(PROBLEM_MESSAGES[code]).toBeDefined();
    }
  });

  it('every message is Chinese', () => {
    const notChinese = Object.entries({ ...PROBLEM_MESSAGES, ...FIELD_MESSAGES, ...FIELD_PROBLEM_MESSAGES }).filter(([, message]) => !CJK.test(message));
    expect(notChinese).toEqual([]);
  });

  it.each([
    ['DIBAO.MEMBER_ALREADY_COVERED', 409, '该成员已在其他低保或特困案件中享受保障'],
    ['PAYMENT.NOT_FOUND', 404, '记录不存在'],
    ['SOMETHING.NEW', 409, '与已有记录冲突'],
    ['SOMETHING.NEW', 503, '系统暂时无法处理该请求，请稍后再试'],
    ['SOMETHING.NEW', 418, '操作未成功'],
  ])('problemMessage(%s, %d) is %s', (code, status, expected) => {
    expect(problemMessage(code, status)).toBe(expected);
  });

  it.each([
    ['USER.USERNAME_TAKEN', 'isNotEmpty', '该用户名已被使用'],
    ['VALIDATION.FAILED', 'isResidentId', '身份证号码无效'],
    ['VALIDATION.FAILED', 'someNewConstraint', '填写的内容有误，请按提示修改'],
  ])('a field error of %s with code %s reads %s', (problemCode, fieldCode, expected) => {
    expect(fieldMessage(problemCode, 400, fieldCode)).toBe(expected);
  });

  it('a wrong current password reads as such beside its field', () => {
    expect(fieldMessage('AUTH.INVALID_CREDENTIALS', 401, 'invalid', 'currentPassword')).toBe('当前密码不正确');
    expect(fieldMessage('AUTH.INVALID_CREDENTIALS', 401, 'invalid', 'password')).toBe('用户名或密码错误');
  });

  it.each([
    ['tooShort', '密码至少 10 个字符'],
    ['equalsUsername', '密码不能与用户名相同'],
    ['sameAsCurrent', '新密码不能与当前密码相同'],
    ['somethingNew', '新密码强度不足：至少 10 个字符，且不能与用户名相同'],
  ])('a weak new password (%s) says what is wrong with it', (fieldCode, expected) => {
    expect(fieldMessage('AUTH.WEAK_PASSWORD', 400, fieldCode, 'newPassword')).toBe(expected);
  });
});

describe('the problem-code scan', () => {
  function scanOf(text: string): ProblemCodeScan {
    const scan: ProblemCodeScan = { codes: new Map(), templates: new Map() };
    scanSource(text, 'x.ts', scan);
    return scan;
  }

  it('finds codes in string literals, including several in one description', () => {
    const scan = scanOf(`throw new ProblemException({ code: 'A.B_C' }); @ApiResponse({ description: 'X.ONE, Y.TWO.' })`);
    expect([...scan.codes.keys()].sort()).toEqual(['A.B_C', 'X.ONE', 'Y.TWO']);
  });

  it('ignores comments, lower-case keys and dotted words that are not codes', () => {
    const scan = scanOf(`// AREA.REASON\n/** DEATH.ALREADY_REGISTERED */\nconst key = 'civil-registration.death.registered.v1'; const f = 'members.0.residentId';`);
    expect([...scan.codes.keys()]).toEqual([]);
  });

  it('records templates with their substitutions as *', () => {
    const scan = scanOf('const a = { code: `${program}.NOT_FOUND` }; const b = { code: `RELIEF.${problem}` }; const c = { code: `${area}.${reason}` }; const path = `${parent}.${property}`;');
    expect([...scan.templates.keys()].sort()).toEqual(['*.*', '*.NOT_FOUND', 'RELIEF.*']);
  });

  it('names a template nobody has expanded', () => {
    const scan = scanOf('const a = { code: `${x}.BRAND_NEW` };');
    expect(resolveProblemCodes(scan).unknownTemplates).toEqual(['x.ts *.BRAND_NEW']);
  });
});
