import { residentIdCheckChar } from '@app/common/resident-id/resident-id';
import { parseElderImport, splitCsvLine } from './elder-import.rule';

const TODAY = '2024-07-15';
const OLD = '11010519491231002X'; // born 1949-12-31: 74
const OTHER = '440524193801010019'; // born 1938

function jsonl(...rows: unknown[]): string {
  return rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
}

describe('parseElderImport (JSON lines)', () => {
  it('accepts good lines and refuses each bad one with its reason, without stopping', () => {
    const text = jsonl(
      { residentId: OLD, name: '张秀英', region: '110105', local: true },
      '{not json',
      { residentId: '110105194912310021', name: '坏号', region: '110105', local: true },
      { residentId: '110105200001010011', name: '年轻', region: '110105', local: true },
      { residentId: OLD.toLowerCase(), name: '重复', region: '110105', local: false },
      { residentId: OTHER, name: '李', region: '440524', local: 'false' },
      { residentId: OTHER, name: '', region: '440524', local: true },
    );
    const result = parseElderImport(text, 'jsonl', TODAY);
    expect(result.candidates.map((c) => [c.line, c.residentId, c.local, c.birthDate])).toEqual([
      [1, OLD, true, '1949-12-31'],
      [6, OTHER, false, '1938-01-01'],
    ]);
    expect(result.refused).toEqual([
      { line: 2, reason: 'MALFORMED' },
      { line: 3, reason: 'BAD_ID' },
      { line: 4, reason: 'BAD_ID' },
      { line: 5, reason: 'DUPLICATE' },
      { line: 7, reason: 'NAME_REQUIRED' },
    ]);
  });

  it.each<[string, Record<string, unknown>, string | null, { movedOn: string; source: string } | null]>([
    // label, move fields, refusal, recorded move
    ['no move', {}, null, null],
    ['a move with its source', { movedAwayOn: '2024-06-10', moveSource: 'PUBLIC_SECURITY' }, null, { movedOn: '2024-06-10', source: 'PUBLIC_SECURITY' }],
    ['a move from the registry', { movedAwayOn: '2024-07-15', moveSource: 'REGISTRY' }, null, { movedOn: '2024-07-15', source: 'REGISTRY' }],
    ['a move without source', { movedAwayOn: '2024-06-10' }, 'BAD_MOVE', null],
    ['a source without move', { moveSource: 'REGISTRY' }, 'BAD_MOVE', null],
    ['an unknown source', { movedAwayOn: '2024-06-10', moveSource: 'HOSPITAL' }, 'BAD_MOVE', null],
    ['a move in the future', { movedAwayOn: '2024-07-16', moveSource: 'REGISTRY' }, 'BAD_MOVE', null],
    ['not a date', { movedAwayOn: '2024-02-30', moveSource: 'REGISTRY' }, 'BAD_MOVE', null],
  ])('moving away: %s', (_label, move, refusal, recorded) => {
    const result = parseElderImport(jsonl({ residentId: OLD, name: '张秀英', region: '110105', local: true, ...move }), 'jsonl', TODAY);
    expect(result.refused).toEqual(refusal ? [{ line: 1, reason: refusal }] : []);
    expect(result.candidates.map((c) => c.move)).toEqual(refusal ? [] : [recorded]);
  });

  it.each<[string, string, boolean]>([
    ['the day before the 60th birthday', '19640715', false],
    ['on the 60th birthday', '19640714', true],
  ])('age 60 boundary: %s', (_label, birth, accepted) => {
    const first17 = `110105${birth}001`;
    const id = first17 + residentIdCheckChar(first17);
    const result = parseElderImport(jsonl({ residentId: id, name: '王', region: '110105', local: true }), 'jsonl', '2024-07-14');
    expect(result.candidates.length).toBe(accepted ? 1 : 0);
    expect(result.refused).toEqual(accepted ? [] : [{ line: 1, reason: 'UNDER_60' }]);
  });
});

describe('parseElderImport (CSV)', () => {
  it('reads a header and quoted fields, refusing short rows', () => {
    const text = ['residentId,name,region,local', `${OLD},"张,秀英",110105,是`, `${OTHER},李,440524`, '', `${OTHER},李,440524,否`].join('\r\n');
    const result = parseElderImport(text, 'csv', TODAY);
    expect(result.candidates.map((c) => [c.line, c.name, c.local])).toEqual([
      [2, '张,秀英', true],
      [5, '李', false],
    ]);
    expect(result.refused).toEqual([{ line: 3, reason: 'MALFORMED' }]);
  });

  it('splits quoted fields with escaped quotes', () => {
    expect(splitCsvLine('a,"b ""c""",d')).toEqual(['a', 'b "c"', 'd']);
  });
});
