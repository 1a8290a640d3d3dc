// What 家庭详情 shows after a change of the household (a member joins or leaves, the assets or a
// member's income change): what was recorded, and what it did to each open 低保 case. Pure.
import type { OutcomeLine } from './household-view';

export interface ChangeResult {
  /** What was recorded, e.g. 收入变更已登记. */
  title: string;
  /** One line per open 低保 case of the household; none: there was no case to reassess. */
  lines: OutcomeLine[];
}
