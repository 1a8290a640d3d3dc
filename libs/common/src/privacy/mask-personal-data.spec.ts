import { maskPersonalData } from './mask-personal-data';

describe('maskPersonalData', () => {
  it('masks resident IDs, names, phones and bank accounts wherever they are nested', () => {
    const body = {
      residentId: '11010519491231002X',
      name: '张三明',
      household: {
        members: [{ residentId: '440524193801010019', fullName: '李四', phone: '13812341234' }],
        bankAccount: '6222021234567890123',
      },
      adopterResidentIds: ['11010519491231002X'],
      canteenName: '和平里幸福食堂',
      payeeAccount: { accountNumber: '6217001234561234', holderName: '王秀英', bankName: '市农村商业银行', organisationName: '东城社区长者食堂' },
      amountFen: 73500,
      decidedAt: new Date('2024-07-01T00:00:00Z'),
    };
    const masked = maskPersonalData(body);
    expect(masked.residentId).toBe('110***********002X');
    expect(masked.name).toBe('张*明');
    expect(masked.household.members[0]).toEqual({ residentId: '440***********0019', fullName: '李*', phone: '138****1234' });
    expect(masked.household.bankAccount).not.toContain('678901');
    expect(masked.household.bankAccount.endsWith('0123')).toBe(true);
    expect(masked.adopterResidentIds).toEqual(['110***********002X']);
    expect(masked.canteenName).toBe('和平里幸福食堂');
    expect(masked.payeeAccount).toEqual({ accountNumber: '6217********1234', holderName: '王*英', bankName: '市农村商业银行', organisationName: '东城社区长者食堂' });
    expect(masked.amountFen).toBe(73500);
    expect(masked.decidedAt).toEqual(body.decidedAt);
  });

  it('leaves the input untouched', () => {
    const body = { residentId: '11010519491231002X' };
    maskPersonalData(body);
    expect(body.residentId).toBe('11010519491231002X');
  });

  it('never lets a malformed value through unmasked', () => {
    expect(maskPersonalData({ residentId: '12345' }).residentId).not.toBe('12345');
  });
});
