// A thread that checks blocks of department files: the CPU of a million-line file is in checking
// its lines, which the import's own thread would otherwise do alone. Answers each block in order.
import { parentPort } from 'node:worker_threads';
import { InvalidEncodingError } from '@app/common/text/charsets';
import { blockChecker } from './block-check';
import type { FromCheckWorker, ToCheckWorker } from './worker-messages';

const checkers = new Map<number, ReturnType<typeof blockChecker>>();
const port = parentPort!;

port.on('message', (message: ToCheckWorker) => {
  if (message.type === 'open') {
    checkers.set(message.importKey, blockChecker(message.context));
    return;
  }
  if (message.type === 'close') {
    checkers.delete(message.importKey);
    return;
  }
  let answer: FromCheckWorker;
  try {
    const check = checkers.get(message.importKey);
    if (!check) throw new Error(`no import ${message.importKey} is open on this thread`);
    answer = { ok: true, verdicts: check(message.bytes, message.firstLine) };
  } catch (err) {
    answer = { ok: false, invalidEncoding: err instanceof InvalidEncodingError, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(answer);
});
