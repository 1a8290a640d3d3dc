import { CANTEEN_POLICIES } from '../../../canteen/src/policy-catalogue';
import { CHILD_WELFARE_POLICIES } from '../../../child-welfare/src/policy-catalogue';
import { CIVIL_REGISTRATION_POLICIES } from '../../../civil-registration/src/policy-catalogue';
import { ELDERLY_CARE_POLICIES } from '../../../elderly-care/src/policy-catalogue';
import { SOCIAL_ASSISTANCE_POLICIES } from '../../../social-assistance/src/policy-catalogue';
import { isFenKey, keyName, parsedValue, shownValue } from '../src/pages/policy/policy-value';
import { POLICY_KEY_NAMES, POLICY_SERVICES } from '../src/pages/policy/policy.zh-CN';

describe('政策参数 labels', () => {
  const catalogues = [CANTEEN_POLICIES, CHILD_WELFARE_POLICIES, CIVIL_REGISTRATION_POLICIES, ELDERLY_CARE_POLICIES, SOCIAL_ASSISTANCE_POLICIES];

  it('names every key of every catalogue the screen offers in Chinese, and no key that is not one', () => {
    const keys: string[] = catalogues.flatMap((c) => c.keys);
    expect(keys.filter((key) => !POLICY_KEY_NAMES[key])).toEqual([]);
    expect(Object.keys(POLICY_KEY_NAMES).filter((key) => !keys.includes(key))).toEqual([]);
    expect(catalogues.map((c) => c.service).sort()).toEqual(Object.keys(POLICY_SERVICES).sort());
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
