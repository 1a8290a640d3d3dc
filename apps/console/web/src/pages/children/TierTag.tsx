import { Tag } from 'antd';
import { labelOf, labelsOf } from '../person/labels/label';
import { CHILD_CATEGORY_LABELS, RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import type { RiskTier } from './types';

/** The ledger's colours: 红 high, 橙 medium, 绿 low risk. */
export const TIER_COLORS: Readonly<Record<RiskTier, string>> = { RED: 'red', ORANGE: 'orange', GREEN: 'green' };

export function TierTag({ tier }: { tier: RiskTier }) {
  return (
    <Tag color={TIER_COLORS[tier]} data-tier={tier}>
      {labelOf(RISK_TIER_LABELS, tier)}
    </Tag>
  );
}

export function CategoryTags({ categories }: { categories: readonly string[] }) {
  if (categories.length === 0) return <>{labelsOf(CHILD_CATEGORY_LABELS, categories)}</>;
  return (
    <>
      {categories.map((c) => (
        <Tag key={c} color="blue" style={{ marginBlock: 2 }}>
          {labelOf(CHILD_CATEGORY_LABELS, c)}
        </Tag>
      ))}
    </>
  );
}
