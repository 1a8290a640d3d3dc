import { localiseProblem, prefersChinese } from './localise-problem';

describe('Accept-Language for problems', () => {
  it.each([
    ['zh-CN', true],
    ['zh', true],
    ['zh-Hans-CN;q=0.9, en;q=0.8', true],
    ['en-US,en;q=0.9,zh-CN;q=0.8', false],
    ['en;q=0.5, zh-TW;q=0.7', true],
    ['fr-FR, zh;q=0.1', true],
    ['zh;q=0, en;q=0.1', false],
    ['zh;q=abc', false],
    ['*', false],
    ['', false],
    [undefined, false],
  ])('%s → Chinese: %s', (header, chinese) => {
    expect(prefersChinese(header)).toBe(chinese);
  });

  it('translates title and field messages, keeps code, type, status and detail', () => {
    const body = {
      type: 'https://civil-affairs.example/problems/dibao-member_already_covered',
      title: 'Conflict',
      status: 409,
      code: 'DIBAO.MEMBER_ALREADY_COVERED',
      detail: 'member 3 is enrolled in household 7',
      errors: [{ field: 'members.0.residentId', code: 'isResidentId', message: 'residentId must be valid' }],
    };
    const zh = localiseProblem(body);
    expect(zh).toMatchObject({ type: body.type, status: 409, code: body.code, detail: body.detail });
    expect(zh.title).not.toBe('Conflict');
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.errors?.[0]).toMatchObject({ field: 'members.0.residentId', code: 'isResidentId' });
    expect(zh.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('falls back to the status when a code has no message yet', () => {
    expect(localiseProblem({ type: 'x', title: 'Too Many Requests', status: 429, code: 'NEW.AREA_REASON' }).title).toBe('操作过于频繁，请稍后再试');
  });
});
