// Ant Design Form rules built from the pure checks in ./validators, so that every form checks
// the same way before it sends.
import type { FormRule } from 'antd';
import { todayInShanghai } from '../format';
import { t } from '../locale/zh-CN';
import { divisionProblem, passwordProblem, residentIdProblem } from './validators';

function fromCheck(check: (value: string) => string | null): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      // An empty value is the `required` rule's business.
      if (typeof value !== 'string' || value === '') return;
      const problem = check(value);
      if (problem) throw new Error(problem);
    },
  };
}

export const rules = {
  required: (label: string): FormRule => ({ required: true, whitespace: true, message: t.validation.required(label) }),
  chooseAtLeastOne: (label: string): FormRule => ({ required: true, type: 'array', min: 1, message: t.validation.choose(label) }),
  maxLength: (max: number): FormRule => ({ max, message: t.validation.tooLong(max) }),
  division: (): FormRule => fromCheck(divisionProblem),
  residentId: (): FormRule => fromCheck((value) => residentIdProblem(value, todayInShanghai())),
  /** `username` is read when the rule runs, so a form may pass a getter. */
  password: (username: () => string | undefined): FormRule => fromCheck((value) => passwordProblem(value, username())),
};
