// A large upload cut into blocks of whole lines, so that blocks can be checked apart (on worker
// threads) and each line still knows its number in the file. Cut at 0x0A, which is never part of
// a UTF-8 or GB 18030 character: every block decodes on its own as it would in the whole file.

const LINE_FEED = 0x0a;

export interface LineBlock {
  /** Whole lines, the last ending with its line break. */
  bytes: Uint8Array;
  /** The number in the file (from 1) of the block's first line. */
  firstLine: number;
  /** How many lines the block holds. */
  lines: number;
}

/** The line breaks in `bytes`. */
export function countLineBreaks(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(LINE_FEED); at !== -1; at = buffer.indexOf(LINE_FEED, at + 1)) count += 1;
  return count;
}

/**
 * Gathers the chunks of an upload until `blockBytes` have arrived, then hands out what they hold
 * up to the last line break (a line longer than a block makes its block longer). Each block owns
 * its memory, so it can be transferred to another thread.
 */
export class LineBlockCutter {
  private parts: Buffer[] = [];
  private size = 0;
  private nextLine = 1;

  constructor(private readonly blockBytes: number) {}

  /** The block this chunk completes, or null while fewer than `blockBytes` have gathered. */
  push(chunk: Buffer): LineBlock | null {
    this.parts.push(chunk);
    this.size += chunk.length;
    return this.size >= this.blockBytes ? this.cut() : null;
  }

  /** The last lines (null when none are left) and how many bytes follow the last line break: more than 0 is a cut-off last line. */
  end(): { block: LineBlock | null; bytesAfterLastLine: number } {
    const block = this.cut();
    const bytesAfterLastLine = this.size;
    this.parts = [];
    this.size = 0;
    return { block, bytesAfterLastLine };
  }

  private cut(): LineBlock | null {
    const gathered = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    const lastBreak = gathered.lastIndexOf(LINE_FEED);
    if (lastBreak === -1) {
      this.parts = [gathered];
      return null;
    }
    // A copy of its own (one memcpy): the chunks may be views of a shared pool.
    const bytes = new Uint8Array(gathered.subarray(0, lastBreak + 1));
    const rest = gathered.subarray(lastBreak + 1);
    this.parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    this.size = rest.length;
    const block = { bytes, firstLine: this.nextLine, lines: countLineBreaks(bytes) };
    this.nextLine += block.lines;
    return block;
  }
}
