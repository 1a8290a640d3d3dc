// How an institution is run (DOMAIN §4 "Institutions and beds"): who built it and who runs it. Pure.

export const OPERATING_MODELS = ['PUBLIC', 'PUBLIC_BUILT_PRIVATE_RUN', 'PRIVATE'] as const;
export type OperatingModel = (typeof OPERATING_MODELS)[number];

export const OPERATING_MODEL_LABELS: Readonly<Record<OperatingModel, string>> = {
  PUBLIC: '公办',
  PUBLIC_BUILT_PRIVATE_RUN: '公建民营',
  PRIVATE: '民办',
};

/**
 * Institutions registered before the operating model was recorded are the city's welfare homes
 * (社会福利院), built and run by the bureau: public until someone records otherwise.
 */
export const DEFAULT_OPERATING_MODEL: OperatingModel = 'PUBLIC';

/** Counts per operating model, every model listed, zeros included. */
export function operatingModelCounts<T extends { operatingModel: string }>(rows: readonly (T & { n: number })[]): { operatingModel: OperatingModel; label: string; count: number }[] {
  return OPERATING_MODELS.map((model) => ({
    operatingModel: model,
    label: OPERATING_MODEL_LABELS[model],
    count: rows.filter((r) => r.operatingModel === model).reduce((n, r) => n + r.n, 0),
  }));
}
