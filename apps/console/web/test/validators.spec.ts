import { divisionProblem, passwordProblem, residentIdProblem } from '../src/forms/validators';

describe('checks before a form is sent', () => {
  it.each([
    ['110105', null],
    ['110105001', null],
    ['110105001001', null],
    ['11010', '行政区划代码应为 6 位、9 位或 12 位数字'],
    ['1101050010', '行政区划代码应为 6 位、9 位或 12 位数字'],
    ['11010a', '行政区划代码应为 6 位、9 位或 12 位数字'],
    [' 110105', '行政区划代码应为 6 位、9 位或 12 位数字'],
  ])('division code %p -> %p', (value, expected) => {
    expect(divisionProblem(value)).toBe(expected);
  });

  it.each([
    ['11010519491231002X', null],
    ['11010519491231002x', null],
    ['110105194912310021', '身份证号码无效，请核对'],
    ['1101051949123100', '身份证号码无效，请核对'],
    ['110105194902300028', '身份证号码无效，请核对'],
    // The standard's own example passes the check character but was born in 1880.
    ['440524188001010014', '身份证号码无效，请核对'],
  ])('resident ID %p -> %p', (value, expected) => {
    expect(residentIdProblem(value, '2024-07-01')).toBe(expected);
  });

  it('refuses a resident ID born after today', () => {
    // 2024-07-02 with a valid check character.
    const id = '11010520240702001';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const check = '10X98765432'[weights.reduce((sum, w, i) => sum + w * Number(id[i]), 0) % 11];
    expect(residentIdProblem(`${id}${check}`, '2024-07-01')).toBe('身份证号码中的出生日期晚于今天');
    expect(residentIdProblem(`${id}${check}`, '2024-07-02')).toBeNull();
  });

  it.each([
    ['short', 'zhangsan', '密码至少 10 个字符'],
    ['123456789', 'zhangsan', '密码至少 10 个字符'],
    ['1234567890', 'zhangsan', null],
    ['zhangsan01', 'zhangsan01', '密码不能与用户名相同'],
    ['ZhangSan01', 'zhangsan01', '密码不能与用户名相同'],
    ['zhangsan01', undefined, null],
    // Characters, not UTF-16 units: five emoji are five characters.
    ['😀😀😀😀😀', 'zhangsan', '密码至少 10 个字符'],
    ['x'.repeat(257), 'zhangsan', '不能超过 256 个字符'],
  ])('password %p for user %p -> %p', (password, username, expected) => {
    expect(passwordProblem(password, username)).toBe(expected);
  });
});
