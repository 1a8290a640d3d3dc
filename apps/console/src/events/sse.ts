// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html):
// `event:` and one `data:` line of JSON per frame, a blank line after each. JSON.stringify never
// emits a raw newline, so one data line always suffices. Pure.

export function sseFrame(event: string, data: unknown, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by clients, keeps intermediaries from timing the connection out. */
export function sseComment(text: string): string {
  return `: ${text}\n\n`;
}
