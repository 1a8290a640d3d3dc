import { fundingRefusal, type FundingFacts } from './funding.rule';

const TODAY = '2024-06-15';
const base: FundingFacts = { kind: 'BUILD_SUBSIDY', amountFen: 20_000_000, fundedOn: '2024-03-01' };

describe('fundingRefusal', () => {
  it.each<[string, Partial<FundingFacts>, string | null, string | null]>([
    ['a build subsidy without a source', {}, null, null],
    ['an operating subsidy from a named fund', { kind: 'OPERATING_SUBSIDY', source: '市级福彩公益金' }, null, null],
    ['social capital with its investor and credit code', { kind: 'SOCIAL_CAPITAL', source: '示例康养餐饮管理有限公司', sourceCreditCode: '91350100M000100Y43' }, null, null],
    ['funds received today', { fundedOn: TODAY }, null, null],
    ['social capital without a source', { kind: 'SOCIAL_CAPITAL' }, 'FUNDING.SOURCE_REQUIRED', 'source'],
    ['social capital with a blank source', { kind: 'SOCIAL_CAPITAL', source: '   ' }, 'FUNDING.SOURCE_REQUIRED', 'source'],
    ['a credit code with a wrong check character', { sourceCreditCode: '91350100M000100Y44' }, 'FUNDING.CREDIT_CODE_INVALID', 'sourceCreditCode'],
    ['a negative amount', { amountFen: -100 }, 'FUNDING.AMOUNT_INVALID', 'amountFen'],
    ['a zero amount', { amountFen: 0 }, 'FUNDING.AMOUNT_INVALID', 'amountFen'],
    ['an amount in yuan with decimals', { amountFen: 12.5 }, 'FUNDING.AMOUNT_INVALID', 'amountFen'],
    ['funds dated tomorrow', { fundedOn: '2024-06-16' }, 'FUNDING.DATE_INVALID', 'fundedOn'],
    ['funds dated 31 June', { fundedOn: '2024-06-31' }, 'FUNDING.DATE_INVALID', 'fundedOn'],
  ])('%s', (_case, change, code, field) => {
    const refusal = fundingRefusal({ ...base, ...change }, TODAY);
    expect([refusal?.code ?? null, refusal?.field ?? null]).toEqual([code, field]);
  });
});
