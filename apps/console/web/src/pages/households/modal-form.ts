import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { problemForForm } from './household-request';

/**
 * A form in a modal of 家庭详情: emptied whenever the modal opens; a failed request puts the
 * service's field errors on the form's fields (amounts in fen named as the yuan fields) and the
 * rest in `unplaced`, for an alert above the form.
 */
export function useModalForm<Values extends object>(open: boolean, fields: readonly string[]) {
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  useEffect(() => {
    if (!open) return;
    setUnplaced(null);
    form.resetFields();
  }, [open, form]);
  const fail = (error: unknown) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, problemForForm(error.problem), fields) : problemOf(error));
  return { form, unplaced, setUnplaced, fail };
}
