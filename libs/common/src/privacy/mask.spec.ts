import { maskBankAccount, maskName, maskPhone } from './mask';

describe('maskName', () => {
  it.each([
    ['张三明', '张*明'],
    ['张三', '张*'],
    ['张', '张'],
    ['', ''],
    ['欧阳娜娜', '欧**娜'],
    ['𠮷田', '𠮷*'],
    ['阿依古丽·买买提', '阿******提'],
  ])('%s -> %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['01012345678', '010****5678'],
    ['1234567', '*******'],
    ['', ''],
  ])('%s -> %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('maskBankAccount', () => {
  it.each([
    ['6222021234567890123', '6222***********0123'],
    ['6217001234561234', '6217********1234'],
    ['622202123456', '6222****3456'],
    ['62220212345', '*******2345'],
    ['12345', '*2345'],
    ['1234', '****'],
    ['', ''],
  ])('%s -> %s', (account, masked) => {
    expect(maskBankAccount(account)).toBe(masked);
  });
});
