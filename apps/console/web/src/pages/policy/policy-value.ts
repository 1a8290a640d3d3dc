// How a stored policy value reads on the screen. Keys whose name says the value is in fen
// ('…-fen', '…-fen-per-month') show a plain number as yuan; other values as compact JSON. Pure.
import { yuan } from '../../format';
import { POLICY_KEY_NAMES } from './policy.zh-CN';

const MAX_SHOWN = 120;

export function isFenKey(key: string): boolean {
  return /-fen(-|$)/.test(key);
}

/** The value as a line of text: ¥735.00 for a fen key, else JSON cut at 120 characters. */
export function shownValue(key: string, value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && isFenKey(key)) return yuan(value);
  const json = JSON.stringify(value) ?? '';
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

/** The key's Chinese name, or the key itself when it has none. */
export function keyName(key: string): string {
  return POLICY_KEY_NAMES[key] ?? key;
}

/** The text of the value box parsed as JSON, or undefined when it is not JSON. */
export function parsedValue(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}
