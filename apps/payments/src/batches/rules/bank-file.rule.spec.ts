import seeds from '../../../../../seeds/reference/banks.json';
import { disbursementLayoutSchema } from '../../banks/rules/bank-layout.rule';
import { BankFileRenderError, batchNumber, formatReference, parseReference, renderBankFile, type FileFacts, type LineFacts } from './bank-file.rule';

const fixed = disbursementLayoutSchema.parse(seeds.banks[0].layout);
const csv = disbursementLayoutSchema.parse(seeds.banks[1].layout);

const file: FileFacts = { bankCode: 'RCB', batchNo: 'RCB202408001', month: '2024-08', releasedOn: '2024-08-20' };
const lines: LineFacts[] = [
  { reference: '17', accountNumber: '6217001234567890122', holderName: '王秀英', amountFen: 73_500, programme: 'DIBAO', period: '2024-08' },
  { reference: '1024', accountNumber: '110105001234567890', holderName: '东城社区长者食堂', amountFen: 541_500, programme: 'CANTEEN_SETTLEMENT', period: '2024-07' },
];

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
    expect(render).toThrow(/needs 54 columns, the line's field 4 has 40/);
    try {
      render();
    } catch (err) {
      expect([(err as BankFileRenderError).section, (err as BankFileRenderError).seq, (err as BankFileRenderError).fieldIndex]).toEqual(['line', 2, 4]);
    }
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
