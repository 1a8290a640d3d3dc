// How a canteen is run (DOMAIN §7): by the community or village itself, by an operator it is
// entrusted to, as one outlet of a catering chain, or by neighbours helping each other. Pure.

export const OPERATING_MODES = ['SELF_RUN', 'ENTRUSTED', 'CHAIN', 'MUTUAL_AID'] as const;
export type OperatingMode = (typeof OPERATING_MODES)[number];

export const OPERATING_MODE_LABELS: Readonly<Record<OperatingMode, string>> = {
  SELF_RUN: '自营',
  ENTRUSTED: '委托运营',
  CHAIN: '连锁经营',
  MUTUAL_AID: '邻里互助',
};

/**
 * Every canteen is settled with an operator other than the bureau, so a canteen whose mode nobody
 * recorded is taken as entrusted to that operator.
 */
export const DEFAULT_OPERATING_MODE: OperatingMode = 'ENTRUSTED';
