import { approvalConflict, lineState, type LineFacts } from './line-state.rule';

const line = (over: Partial<LineFacts>): LineFacts => ({ refusal: null, batchId: null, outcome: null, holdReason: null, ...over });

describe('lineState', () => {
  it.each<[Partial<LineFacts>, string]>([
    [{}, 'AWAITING'],
    [{ holdReason: 'NO_ACCOUNT' }, 'HELD'],
    [{ batchId: 'b' }, 'PENDING'],
    [{ batchId: 'b', outcome: 'PAID' }, 'PAID'],
    [{ batchId: 'b', outcome: 'FAILED' }, 'FAILED'],
    [{ refusal: 'ALREADY_REISSUED' }, 'REFUSED'],
  ])('%p -> %s', (facts, state) => {
    expect(lineState(line(facts))).toBe(state);
  });
});

describe('approvalConflict', () => {
  const chunk = { ownerService: 'social-assistance', month: '2024-08', chunkCount: 3 };
  it('accepts the first chunk and chunks that agree', () => {
    expect(approvalConflict(null, chunk)).toBeNull();
    expect(approvalConflict({ ...chunk }, chunk)).toBeNull();
  });

  it('names what differs', () => {
    expect(approvalConflict({ ...chunk, month: '2024-07', chunkCount: 2 }, chunk)).toBe('month 2024-08 where earlier chunks said 2024-07; chunkCount 3 where earlier chunks said 2');
  });
});
