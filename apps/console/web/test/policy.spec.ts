import { POLICY_KEYS_BY_SERVICE } from '../../../../scripts/console/policy-keys';
import { isFenKey, keyName, parsedValue, shownValue } from '../src/pages/policy/policy-value';
import { POLICY_KEY_NAMES, POLICY_SERVICES } from '../src/pages/policy/policy.zh-CN';

describe('政策参数 labels', () => {
  it('names every key of every catalogue the screen offers in Chinese, and no key that is not one', () => {
    const keys = Object.values(POLICY_KEYS_BY_SERVICE).flat();
    expect(keys.filter((key) => !POLICY_KEY_NAMES[key])).toEqual([]);
    expect(Object.keys(POLICY_KEY_NAMES).filter((key) => !keys.includes(key))).toEqual([]);
    expect(Object.keys(POLICY_KEYS_BY_SERVICE).sort()).toEqual(Object.keys(POLICY_SERVICES).sort());
  });
});

describe('shownValue', () => {
  it('shows a fen key’s number as yuan', () => {
    expect(isFenKey('social-assistance.dibao.standard.urban-fen-per-month')).toBe(true);
    expect(isFenKey('civil-registration.funeral-benefit.basic-fen')).toBe(true);
    expect(isFenKey('social-assistance.dibao.gradual-exit-months')).toBe(false);
    expect(shownValue('social-assistance.dibao.standard.urban-fen-per-month', 73500)).toBe('¥735.00');
    expect(shownValue('social-assistance.dibao.gradual-exit-months', 6)).toBe('6');
  });

  it('shows other values as JSON, cut at 120 characters', () => {
    expect(shownValue('elderly-care.high-age-allowance.tiers', [{ fromAge: 80, fen: 10000 }])).toBe('[{"fromAge":80,"fen":10000}]');
    const long = shownValue('x.list', Array.from({ length: 60 }, (_, i) => i));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });

  it('names a key it knows in Chinese and any other by itself', () => {
    expect(keyName('social-assistance.dibao.standard.urban-fen-per-month')).toBe('城市低保标准（每月）');
    expect(keyName('x.unknown')).toBe('x.unknown');
  });
});

describe('parsedValue', () => {
  it('reads JSON and says when the text is not', () => {
    expect(parsedValue('73500')).toEqual({ value: 73500 });
    expect(parsedValue('{"a": [1]}')).toEqual({ value: { a: [1] } });
    expect(parsedValue('735元')).toBeUndefined();
  });
});
