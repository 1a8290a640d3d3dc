import type { DeadLetterSummary } from './dead-letters';
import { deadLetterTable, displayWidth } from './dlq-table';

const letter = (over: Partial<DeadLetterSummary> = {}): DeadLetterSummary => ({
  messageId: 'e1',
  type: 'civil-registration.death.registered.v1',
  reason: 'HANDLER_FAILED',
  error: 'simulated fault',
  failedAt: '2024-08-20T10:00:00.000Z',
  retries: 3,
  originalRoutingKey: 'civil-registration.death.registered.v1',
  ...over,
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['王秀英', 6],
    ['低保 ok', 7],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('deadLetterTable', () => {
  it('lines the columns up under the header and counts the letters', () => {
    const table = deadLetterTable([letter(), letter({ messageId: 'e22', reason: 'SCHEMA_INVALID', retries: 0, error: 'residentId: 校验位错误' })]).split('\n');
    expect(table[0]).toMatch(/^messageId {2}type {2}/);
    expect(table[1]).toMatch(/^-{9} {2}-+/);
    const reasonColumn = table[0].indexOf('reason');
    expect(table[2].indexOf('HANDLER_FAILED')).toBe(reasonColumn);
    expect(table[3].indexOf('SCHEMA_INVALID')).toBe(reasonColumn);
    expect(table[3]).toMatch(/residentId: 校验位错误$/);
    expect(table[4]).toBe('2 dead letters');
  });

  it('cuts a long error to one line with an ellipsis, and says what was done', () => {
    const table = deadLetterTable([letter({ error: `first line\n${'x'.repeat(200)}` })], 'discarded (dry run: nothing changed)').split('\n');
    expect(table[2]).toMatch(/first line x+…$/);
    expect(displayWidth(table[2].slice(table[0].indexOf('error')))).toBe(60);
    expect(table[3]).toBe('1 dead letter discarded (dry run: nothing changed)');
  });

  it('says so when there is none', () => {
    expect(deadLetterTable([])).toBe('0 dead letters');
  });
});
