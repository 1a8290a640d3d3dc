// Dates, months and money of the person page through src/format.ts, with '—' for none. Pure.
import { date, yearMonth, yuanOrDash } from '../../format';

export const day = (value: string | null | undefined): string => (value ? date(value) : '—');
export const month = (value: string | null | undefined): string => (value && /^\d{4}-\d{2}$/.test(value) ? yearMonth(value) : (value ?? '—'));
export const money = (fen: number | null | undefined): string => yuanOrDash(fen);
