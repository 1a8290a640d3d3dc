import { lastEndedMonth } from '../src/pages/canteen/months';
import { CANTEEN_LABELS, labelOf } from '../src/pages/canteen/canteen.zh-CN';
import {
  FULL_PRICE_DAILY_CAP,
  FULL_PRICE_NOT_ELIGIBLE,
  FULL_PRICE_NOT_LOCAL,
  FULL_PRICE_REGISTRATION_UNCONFIRMED,
  OPERATING_MODES,
} from '../../../../scripts/console/canteen-codes';

describe('助餐 screens', () => {
  it('offer the month before today (Shanghai) as the latest month to settle, across a year’s end', () => {
    expect(lastEndedMonth('2024-08-15')).toBe('2024-07');
    expect(lastEndedMonth('2025-01-01')).toBe('2024-12');
    expect(lastEndedMonth('2024-03-31')).toBe('2024-02');
  });

  it('label every operating mode and slot of the canteen service, and the reasons a meal is at full price', () => {
    for (const mode of OPERATING_MODES) expect(CANTEEN_LABELS.operatingModes[mode]).toMatch(/[\u4e00-\u9fff]/);
    for (const slot of ['BREAKFAST', 'LUNCH', 'DINNER']) expect(CANTEEN_LABELS.slots[slot]).toMatch(/[\u4e00-\u9fff]/);
    for (const reason of ['ALREADY_SUBSIDISED_IN_SLOT', FULL_PRICE_NOT_ELIGIBLE, FULL_PRICE_DAILY_CAP, FULL_PRICE_NOT_LOCAL, FULL_PRICE_REGISTRATION_UNCONFIRMED]) {
      expect(CANTEEN_LABELS.fullPriceReasons[reason]).toMatch(/全价$/);
    }
  });

  it('show a code the catalogue does not know as it is, and nothing as a dash', () => {
    expect(labelOf(CANTEEN_LABELS.tiers, 'AGE_80')).toBe('80–89 岁');
    expect(labelOf(CANTEEN_LABELS.tiers, 'AGE_100')).toBe('AGE_100');
    expect(labelOf(CANTEEN_LABELS.tiers, null)).toBe('—');
  });
});
