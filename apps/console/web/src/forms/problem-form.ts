// Puts a problem's field errors on the form's own fields (Form.Item shows them in place, red,
// with the zh-CN message as its help); what cannot be placed is left for an Alert.
import type { FormInstance } from 'antd';
import type { Problem } from '../api/problem';
import { fieldMessage } from '../locale/problem-message';

/** 'members.0.residentId' -> ['members', 0, 'residentId'] (Ant Design's name path). */
export function namePathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Marks every field of `problem` that the form has (by top-level name). Returns the problem when
 * something was not placed (no fields, or a field the form does not show), otherwise null.
 */
export function showProblemOnForm(form: FormInstance, problem: Problem, fieldNames: readonly string[]): Problem | null {
  const placed = problem.fields.filter((f) => fieldNames.includes(String(namePathOf(f.field)[0])));
  const byField = new Map<string, string[]>();
  for (const f of placed) {
    const message = fieldMessage(problem.code, problem.status, f.code, f.field);
    const messages = byField.get(f.field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(f.field, messages);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: namePathOf(field), errors })));
  return placed.length > 0 && placed.length === problem.fields.length ? null : problem;
}
