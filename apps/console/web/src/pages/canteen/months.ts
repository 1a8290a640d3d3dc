// Months of the settlement screens. Pure.
import { todayInShanghai } from '../../format';

/** The month before today's (Shanghai): the latest month that can be settled. */
export function lastEndedMonth(today: string = todayInShanghai()): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
