import iconv from 'iconv-lite';
import seeds from '../../../../../seeds/reference/banks.json';
import { encodeBankFile } from '../../banks/rules/bank-encoding.rule';
import { disbursementLayoutSchema } from '../../banks/rules/bank-layout.rule';
import { BankFileRenderError, batchNumber, formatReference, parseReference, renderBankFile, type FileFacts, type LineFacts } from './bank-file.rule';

const fixed = disbursementLayoutSchema.parse(seeds.banks[0].layout);
const csv = disbursementLayoutSchema.parse(seeds.banks[1].layout);

const file: FileFacts = { bankCode: 'RCB', batchNo: 'RCB202408001', month: '2024-08', releasedOn: '2024-08-20' };
const lines: LineFacts[] = [
  { reference: '17', accountNumber: '6217001234567890122', holderName: '王秀英', amountFen: 73_500, programme: 'DIBAO', period: '2024-08' },
  { reference: '1024', accountNumber: '110105001234567890', holderName: '东城社区长者食堂', amountFen: 541_500, programme: 'CANTEEN_SETTLEMENT', period: '2024-07' },
];

/** The rows of a file's bytes, split on the line ending without decoding them. */
function splitBytes(content: Buffer, eol: string): Buffer[] {
  const rows: Buffer[] = [];
  let from = 0;
  for (let at = content.indexOf(eol); at !== -1; at = content.indexOf(eol, from)) {
    rows.push(content.subarray(from, at));
    from = at + eol.length;
  }
  rows.push(content.subarray(from));
  return rows;
}

describe('renderBankFile', () => {
  it('writes a fixed-width file: every field at its column, count and total from the lines', () => {
    const rendered = renderBankFile(fixed, file, lines);
    expect(rendered.text.split('\r\n')).toEqual([
      'HRCB202408001   2024082000000002000000000615000',
      'D000000010000000000000017' + '6217001234567890122  ' + '王秀英' + ' '.repeat(34) + '000000073500' + 'DIBAO'.padEnd(28) + '202408',
      'D000000020000000000001024' + '110105001234567890   ' + '东城社区长者食堂' + ' '.repeat(24) + '000000541500' + 'CANTEEN_SETTLEMENT'.padEnd(28) + '202407',
      'T00000002000000000615000',
      '',
    ]);
    expect([rendered.fileName, rendered.lineCount, rendered.totalFen]).toEqual(['HMHN_RCB202408001_20240820.txt', 2, 615_000]);
  });

  it('writes a CSV file with yuan amounts, quoting what needs it', () => {
    const rendered = renderBankFile(csv, { ...file, bankCode: 'PSBC', batchNo: 'PSBC202408001' }, [lines[0], { ...lines[1], holderName: '东城社区长者食堂,北区' }]);
    expect(rendered.text).toBe(
      [
        'H,PSBC202408001,2024-08-20,2,6150.00',
        'D,1,0000000000000017,6217001234567890122,王秀英,735.00,DIBAO,2024-08',
        'D,2,0000000000001024,110105001234567890,"东城社区长者食堂,北区",5415.00,CANTEEN_SETTLEMENT,2024-07',
        'T,2,6150.00',
        '',
      ].join('\n'),
    );
    expect(rendered.fileName).toBe('PSBC-PSBC202408001.csv');
  });

  it('gives the same bytes for the same layout, facts and lines', () => {
    expect(renderBankFile(fixed, file, lines).text).toBe(renderBankFile(fixed, file, structuredClone(lines)).text);
  });

  it('writes an empty batch as header and trailer with zeros', () => {
    expect(renderBankFile(csv, file, []).text).toBe('H,RCB202408001,2024-08-20,0,0.00\nT,0,0.00\n');
  });

  it('refuses a value wider than its field instead of cutting it, naming the line', () => {
    const long = { ...lines[0], holderName: '新疆维吾尔自治区某某县某某乡社会福利服务中心附属敬老院' };
    const render = () => renderBankFile(fixed, file, [lines[1], long]);
    expect(render).toThrow(BankFileRenderError);
    expect(render).toThrow(/needs 54 bytes, the line's field 4 has 40/);
    try {
      render();
    } catch (err) {
      expect([(err as BankFileRenderError).section, (err as BankFileRenderError).seq, (err as BankFileRenderError).fieldIndex]).toEqual(['line', 2, 4]);
    }
  });

  it('writes a GBK fixed-width file whose widths are bytes: a Chinese name two bytes a character, padded to its field', () => {
    const content = encodeBankFile(renderBankFile(fixed, file, lines).text, 'GBK');
    const rows = splitBytes(content, '\r\n');
    // D, seq 8, reference 16, account 21, holder 40, amount 12, programme 28, period 6.
    expect(rows.slice(1, 3).map((row) => row.length)).toEqual([132, 132]);
    const holder = rows[1].subarray(1 + 8 + 16 + 21, 1 + 8 + 16 + 21 + 40);
    expect(holder.toString('hex')).toBe('cdf5d0e3d3a2' + '20'.repeat(34)); // 王秀英 in GBK, then spaces
    expect(rows[1].subarray(1 + 8 + 16 + 21 + 40, 1 + 8 + 16 + 21 + 40 + 12).toString('latin1')).toBe('000000073500');
    expect(iconv.decode(rows[2].subarray(46, 86), 'gbk')).toBe('东城社区长者食堂' + ' '.repeat(24));
    // Written again: the same bytes.
    expect(encodeBankFile(renderBankFile(fixed, file, structuredClone(lines)).text, 'GBK').equals(content)).toBe(true);
  });

  it('counts a character GBK writes in one byte as one', () => {
    const rows = renderBankFile(fixed, file, [{ ...lines[0], holderName: '€王' }]).text.split('\r\n');
    expect(rows[1].slice(46, 46 + 39)).toBe('€王' + ' '.repeat(37));
  });

  it.each([
    ['a fixed-width', fixed],
    ['a delimited', { ...csv, encoding: 'GBK' as const }],
  ])('refuses a name with a character GBK cannot write in %s GBK file, rather than write "?"', (_what, layout) => {
    expect(() => renderBankFile(layout, file, [{ ...lines[0], holderName: '王𠀀英' }])).toThrow(/holds 𠀀, which GBK cannot write/);
  });

  it('refuses a line break inside a field', () => {
    expect(() => renderBankFile(csv, file, [{ ...lines[0], holderName: '王\n秀英' }])).toThrow(/line break/);
  });
});

describe('references and batch numbers', () => {
  it.each([
    ['17', '0000000000000017'],
    ['1234567890123456', '1234567890123456'],
  ])('prints reference %s as %s and reads it back', (reference, printed) => {
    expect(formatReference(reference)).toBe(printed);
    expect(parseReference(printed)).toBe(reference);
  });

  it.each(['', 'ABC', '0000000000000000', '12345678901234567890', '-5'])('reads %p as no reference of ours', (text) => {
    expect(parseReference(text)).toBeNull();
  });

  it('numbers a batch by bank, month and sequence', () => {
    expect(batchNumber('PSBC', '2024-08', 12)).toBe('PSBC202408012');
  });
});
