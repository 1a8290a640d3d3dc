// A file sent with `Prefer: respond-async` is first written to local disk as it arrives, so the
// upload ends (and the caller has its 202) before the slow part — checking, staging and applying
// every line — begins, and the job can read the file again at its own pace. The spool is deleted
// once the job ends, whatever the outcome.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TooLargeError } from '../text/lines';
import type { JobProgress } from './job-progress';

export interface SpooledUpload {
  path: string;
  bytes: number;
  /** The file again, counting its bytes into `progress` as they are read. */
  read(progress: JobProgress): AsyncIterable<Buffer>;
  remove(): Promise<void>;
}

/** Where uploads wait for their jobs: IMPORT_SPOOL_DIR, else the system's temporary directory. */
export const spoolDirectory = (env: NodeJS.ProcessEnv = process.env): string => env.IMPORT_SPOOL_DIR || tmpdir();

function limitTo(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > maxBytes ? new TooLargeError(maxBytes) : null, chunk);
    },
  });
}

/** `owner` names the file (`<owner>-upload-<uuid>`), so an operator sees whose spool a file is. */
export async function spoolUpload(body: NodeJS.ReadableStream, maxBytes: number, owner: string): Promise<SpooledUpload> {
  const path = join(spoolDirectory(), `${owner}-upload-${randomUUID()}`);
  const remove = () => rm(path, { force: true });
  try {
    await pipeline(body, limitTo(maxBytes), createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  const { size } = await stat(path);
  return {
    path,
    bytes: size,
    remove,
    async *read(progress: JobProgress) {
      progress.setTotal(size);
      for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
        progress.advance((chunk as Buffer).length);
        yield chunk as Buffer;
      }
    },
  };
}
