/** Valid resident IDs (GB 11643 check characters computed). */
export const SAMPLE_RESIDENT_IDS = {
  /** Born 1949-12-31, female, lower-case-able X. */
  elderWoman: '11010519491231002X',
  /** Born 1944-07-15, male. */
  elderMan: '110105194407150133',
  /** Born 1990-03-07, male. */
  husband: '110105199003071239',
  /** Born 1992-08-15, female. */
  wife: '110105199208152243',
  /** Born 2015-06-01, male. */
  child: '110105201506010315',
  /** Born 1980-01-01, female. */
  adopterA: '110105198001010454',
  /** Born 1982-12-12, male. */
  adopterB: '110105198212120565',
} as const;
