import { Checkbox, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { rules } from '../../forms/rules';
import { yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import type { ChangeModalProps } from './CompositionModals';
import { assetChangeRequest, incomeChangeRequest, type IncomeChangeValues } from './household-request';
import { compositionOutcomes, incomeOutcomes } from './household-view';
import { IncomeFields, memberRule, yuanRule } from './MemberFields';
import { useModalForm } from './modal-form';
import { useAssetChange, useIncomeChange } from './queries';

const th = t.households;

/**
 * 收入变更: all incomes of one member from now on (replacing the recorded ones), and whether a rise
 * comes from work. The service reassesses the open 低保 case for next month and answers the new
 * amount, the 渐退期 or the stop.
 */
export function IncomeChangeModal({ household, open, onClose, onDone }: ChangeModalProps) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<IncomeChangeValues>(open, ['residentId', 'incomes', 'throughWork']);
  const change = useIncomeChange(household.id);
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    change.mutate(incomeChangeRequest(values), {
      onSuccess: (outcomes) => {
        onDone({ title: th.incomeChangeDone, lines: incomeOutcomes(outcomes) });
        onClose();
      },
      onError: fail,
    });
  };
  return (
    <Modal open={open} title={th.incomeChangeTitle} width={720} okText={t.app.save} cancelText={t.app.cancel} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={change.isPending} forceRender>
      <Typography.Paragraph type="secondary">{th.incomeChangeIntro}</Typography.Paragraph>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="income-change" initialValues={{ incomes: [], throughWork: false }} disabled={change.isPending}>
        <Form.Item name="residentId" label={th.residentId} extra={th.incomeChangeResidentIdHelp} rules={[rules.required(th.residentId), rules.residentId(), memberRule(household)]}>
          <Input autoComplete="off" maxLength={18} style={{ maxWidth: 320 }} />
        </Form.Item>
        <IncomeFields path={[]} label={th.incomesAfter} />
        <Form.Item name="throughWork" valuePropName="checked" extra={th.throughWorkHelp}>
          <Checkbox>{th.throughWork}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 资产变更: the household's financial assets from now on; above the limit the open 低保 stops from next month. */
export function AssetChangeModal({ household, open, onClose, onDone }: ChangeModalProps) {
  const { form, unplaced, setUnplaced, fail } = useModalForm<{ financialAssetsYuan?: number | null }>(open, ['financialAssetsYuan']);
  const change = useAssetChange(household.id);
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    change.mutate(assetChangeRequest(values), {
      onSuccess: (result) => {
        onDone({ title: th.assetChangeDone(yearMonth(result.effectiveMonth)), lines: compositionOutcomes(result) });
        onClose();
      },
      onError: fail,
    });
  };
  return (
    <Modal open={open} title={th.assetChangeTitle} okText={t.app.save} cancelText={t.app.cancel} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={change.isPending} forceRender>
      <Typography.Paragraph type="secondary">{th.assetChangeIntro}</Typography.Paragraph>
      <ProblemAlert problem={unplaced} />
      <Form form={form} layout="vertical" name="asset-change" disabled={change.isPending}>
        <Form.Item
          name="financialAssetsYuan"
          label={th.financialAssetsAfter}
          extra={`${th.financialAssetsHelp}。${th.assetsNow(yuan(household.financialAssetsFen))}`}
          rules={[{ required: true, message: t.validation.required(th.financialAssetsAfter) }, yuanRule]}
        >
          <InputNumber min={0} precision={2} style={{ width: 240 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
