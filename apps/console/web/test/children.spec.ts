import dayjs from 'dayjs';
import { ledgerSearch, parseLedgerParams } from '../src/pages/children/ledger-state';
import { visitRequest } from '../src/pages/children/visit-request';

describe('the ledger’s address', () => {
  it('reads the filters and the page it names', () => {
    const params = new URLSearchParams('village=110105001001&township=110105001&tier=RED&category=ORPHAN&page=3&pageSize=50');
    expect(parseLedgerParams(params)).toEqual({ filters: { village: '110105001001', township: '110105001', tier: 'RED', category: 'ORPHAN' }, paging: { page: 3, pageSize: 50 } });
  });

  it.each([
    ['village=1101&township=abc&tier=PURPLE&category=X&page=-2&pageSize=1000', { page: 1, pageSize: 100 }],
    ['page=abc&pageSize=0', { page: 1, pageSize: 20 }],
    ['', { page: 1, pageSize: 20 }],
  ])('drops what is malformed: %s', (query, paging) => {
    expect(parseLedgerParams(new URLSearchParams(query))).toEqual({ filters: {}, paging });
  });

  it('writes back what it reads, without empty filters', () => {
    const search = ledgerSearch({ township: '110105001', tier: 'ORANGE', village: undefined }, { page: 2, pageSize: 20 });
    expect(search.toString()).toBe('township=110105001&tier=ORANGE&page=2&pageSize=20');
    expect(parseLedgerParams(search).filters).toEqual({ township: '110105001', tier: 'ORANGE' });
  });
});

describe('记录走访 as the service takes it', () => {
  const visitedOn = dayjs('2024-07-15');

  it('re-rates only when another tier was picked, with the reason', () => {
    expect(visitRequest({ visitedOn, notes: ' 母亲外出 ', riskTier: 'RED', riskReason: ' 无人照看 ' }, 'GREEN')).toEqual({ visitedOn: '2024-07-15', notes: '母亲外出', riskTier: 'RED', riskReason: '无人照看' });
  });

  it.each([
    ['no tier picked', ''],
    ['the current tier picked', 'GREEN'],
  ] as const)('sends no tier when %s', (_name, riskTier) => {
    expect(visitRequest({ visitedOn, notes: '家中稳定', riskTier, riskReason: '理由' }, 'GREEN')).toEqual({ visitedOn: '2024-07-15', notes: '家中稳定' });
  });
});
