// Reads a text/event-stream as it arrives in chunks: frames end at a blank line; `event:`,
// `data:` (several lines joined by newlines) and `id:` fields; lines starting with `:` are
// comments (the console's heartbeat). Pure: the chunks come from src/pages/deaths/event-stream.ts.

export interface SseFrame {
  event: string;
  data: string;
  id?: string;
}

export class SseParser {
  private buffer = '';

  /** The frames completed by `chunk`; an incomplete frame waits for the next chunk. */
  push(chunk: string): SseFrame[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const blocks = this.buffer.split('\n\n');
    this.buffer = blocks.pop() ?? '';
    return blocks.map(parseBlock).filter((frame): frame is SseFrame => frame !== null);
  }
}

function parseBlock(block: string): SseFrame | null {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }
  if (data.length === 0) return null;
  return { event, data: data.join('\n'), ...(id !== undefined && { id }) };
}
