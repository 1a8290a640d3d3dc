// The bytes of bank files. Banks in China commonly take and send their files in GBK; others take
// UTF-8. A layout names its encoding; files are written and read in it, and a fixed-width field
// is as wide as the bytes its text takes there (GBK: an ASCII character one byte, a Chinese
// character two). Pure: iconv-lite is a table lookup.
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

export const BANK_FILE_ENCODINGS = ['UTF-8', 'GBK'] as const;
export type BankFileEncoding = (typeof BANK_FILE_ENCODINGS)[number];

/** The GBK bytes of characters seen so far, null for one GBK cannot write; bounded, names use a few thousand. */
const gbkWidths = new Map<string, number | null>();
const GBK_WIDTHS_KEPT = 65_536;

function gbkWidth(char: string): number | null {
  const known = gbkWidths.get(char);
  if (known !== undefined) return known;
  const bytes = iconv.encode(char, 'gbk');
  // iconv-lite writes '?' for a character GBK lacks: only the way back tells.
  const width = iconv.decode(bytes, 'gbk') === char ? bytes.length : null;
  if (gbkWidths.size < GBK_WIDTHS_KEPT) gbkWidths.set(char, width);
  return width;
}

/**
 * How wide one character is in a fixed-width file: its bytes in GBK (null: GBK cannot write it).
 * A UTF-8 fixed-width layout counts a character outside ASCII as two columns, as these layouts
 * always have, so that files released under them are written again byte for byte.
 */
export function charWidth(char: string, encoding: BankFileEncoding): number | null {
  if (char.charCodeAt(0) < 0x80) return 1;
  return encoding === 'GBK' ? gbkWidth(char) : 2;
}

/** The width of a text in a fixed-width file of the encoding, or null when the encoding cannot write one of its characters. */
export function textWidth(text: string, encoding: BankFileEncoding): number | null {
  // By code unit, without an iterator, while the text is ASCII: it is called for every field of every line.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      width += 1;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char.length === 2) i++; // a character outside the BMP is two code units
    const w = charWidth(char, encoding);
    if (w === null) return null;
    width += w;
  }
  return width;
}

/** The first character of `text` the encoding cannot write, or null. */
export function unwritableCharacter(text: string, encoding: BankFileEncoding): string | null {
  if (encoding === 'UTF-8') return null;
  for (const char of text) if (charWidth(char, encoding) === null) return char;
  return null;
}

/** A written file's bytes. The caller has refused any character the encoding cannot write. */
export function encodeBankFile(text: string, encoding: BankFileEncoding): Buffer {
  return encoding === 'GBK' ? encodeGbk(text) : Buffer.from(text, 'utf8');
}

/** The GBK bytes of characters outside ASCII seen so far; bounded, names use a few thousand. */
const gbkBytes = new Map<string, Buffer>();
const NON_ASCII = /[\u0080-\uffff]+/g;

/**
 * iconv-lite's bytes, written faster: a bank file is ASCII but for the holder names, so the ASCII
 * runs are copied natively and only the names' characters are looked up. iconv-lite's own loop,
 * a table look-up per character, took a sixth of the service's time releasing a month's files
 * (bench/payments). GBK writes a character in at most two bytes, so twice the code units is room.
 */
function encodeGbk(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 2);
  let at = 0;
  let from = 0;
  for (const run of text.matchAll(NON_ASCII)) {
    at += out.write(text.slice(from, run.index), at, 'latin1');
    for (const char of run[0]) {
      let bytes = gbkBytes.get(char);
      if (bytes === undefined) {
        bytes = iconv.encode(char, 'gbk');
        if (gbkBytes.size < GBK_WIDTHS_KEPT) gbkBytes.set(char, bytes);
      }
      at += bytes.copy(out, at);
    }
    from = run.index + run[0].length;
  }
  at += out.write(text.slice(from), at, 'latin1');
  return Buffer.from(out.subarray(0, at));
}

function hasNonAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * A bank's file as text, or null when its bytes are not text in the encoding. For GBK that is a
 * byte sequence GBK does not have, and also UTF-8 text with Chinese in it: read as GBK, such text
 * often decodes without an error into other characters, while real GBK Chinese is almost never
 * valid UTF-8 (a Chinese character's two GBK bytes rarely form a UTF-8 sequence).
 */
export function decodeBankFile(bytes: Buffer, encoding: BankFileEncoding): string | null {
  if (encoding === 'UTF-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  if (hasNonAscii(bytes) && isUtf8(bytes)) return null;
  const text = iconv.decode(bytes, 'gbk');
  return text.includes('\uFFFD') ? null : text;
}
