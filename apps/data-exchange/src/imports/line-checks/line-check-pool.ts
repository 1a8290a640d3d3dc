// Threads that check the lines of large files beside the import's own thread. The import's thread
// reads the upload, hashes it, cuts it into blocks of whole lines and hands PostgreSQL the rows;
// the threads decode and check the blocks. A file's first block, and a CSV's blocks until its
// header is read, are checked on the import's thread, so that a small file never waits for a
// thread and every block a thread sees is read by the header's columns.
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { envInt } from '@app/common/config/env';
import { InvalidEncodingError } from '@app/common/text/charsets';
import type { LineBlock } from '@app/common/text/line-blocks';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { blockChecker, type BlockVerdicts, type CheckContext } from './block-check';
import type { FromCheckWorker, ToCheckWorker } from './worker-messages';

const WORKER_FILE = join(__dirname, `block-check.worker${extname(__filename)}`);
/** Run from TypeScript (npm start, the tests), the thread compiles it the way the service does. */
const WORKER_EXEC_ARGV = extname(__filename) === '.ts' ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : [];

interface Waiting {
  resolve(verdicts: BlockVerdicts): void;
  reject(err: Error): void;
}

/** One checking thread and the blocks it has been given, answered in the order given. */
class CheckThread {
  readonly waiting: Waiting[] = [];
  readonly opened = new Set<number>();
  alive = true;

  constructor(private readonly worker: Worker) {
    worker.on('message', (answer: FromCheckWorker) => {
      const next = this.waiting.shift();
      if (!next) return;
      if (answer.ok) next.resolve(answer.verdicts);
      else next.reject(answer.invalidEncoding ? new InvalidEncodingError('UTF-8') : new Error(answer.message));
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`a line-checking thread stopped (exit code ${code})`)));
    // The service's own handles keep the process alive; a thread waiting for work must not.
    worker.unref();
  }

  check(importKey: number, context: CheckContext, block: LineBlock): Promise<BlockVerdicts> {
    if (!this.opened.has(importKey)) {
      this.send({ type: 'open', importKey, context });
      this.opened.add(importKey);
    }
    const answer = new Promise<BlockVerdicts>((resolve, reject) => this.waiting.push({ resolve, reject }));
    // The block's memory moves to the thread instead of being copied.
    this.send({ type: 'check', importKey, bytes: block.bytes, firstLine: block.firstLine }, [block.bytes.buffer as ArrayBuffer]);
    return answer;
  }

  close(importKey: number): void {
    if (this.opened.delete(importKey) && this.alive) this.send({ type: 'close', importKey });
  }

  terminate(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }

  private send(message: ToCheckWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private fail(err: Error): void {
    if (!this.alive) return;
    this.alive = false;
    for (const waiting of this.waiting.splice(0)) waiting.reject(err);
  }
}

/** Where the blocks were checked, since the service started. */
export interface BlockTally {
  onImportThread: number;
  onCheckingThreads: number;
}

/** The checks of one import: blocks checked here until the threads can take them, then spread over the threads. */
export class ImportChecks {
  private readonly here: (bytes: Uint8Array, firstLine: number) => BlockVerdicts;
  private readonly context: CheckContext;

  constructor(
    private readonly threads: readonly CheckThread[],
    private readonly importKey: number,
    context: CheckContext,
    private readonly tally: BlockTally,
  ) {
    this.context = { ...context };
    this.here = blockChecker(this.context);
  }

  /** The block's verdicts; an encoding error rejects with InvalidEncodingError for the import's charset. */
  async check(block: LineBlock): Promise<BlockVerdicts> {
    const { context } = this;
    const headerPending = context.format === 'csv' && context.headerLine === null;
    const live = this.threads.filter((t) => t.alive);
    if (block.firstLine === 1 || headerPending || live.length === 0) {
      const verdicts = this.here(block.bytes, block.firstLine);
      if (verdicts.headerLine !== null) context.headerLine = verdicts.headerLine;
      this.tally.onImportThread += 1;
      return verdicts;
    }
    const thread = live.reduce((least, t) => (t.waiting.length < least.waiting.length ? t : least));
    this.tally.onCheckingThreads += 1;
    try {
      return await thread.check(this.importKey, context, block);
    } catch (err) {
      throw err instanceof InvalidEncodingError ? new InvalidEncodingError(context.charset) : err;
    }
  }

  /** Blocks worth having in flight: enough to keep every thread busy. */
  get parallelism(): number {
    return Math.max(1, this.threads.length);
  }

  close(): void {
    for (const thread of this.threads) thread.close(this.importKey);
  }
}

/**
 * The service's checking threads, started with it (IMPORT_CHECK_THREADS, by default one per core
 * up to four; 0 checks every line on the import's thread). A thread that fails is replaced at the
 * next import.
 */
@Injectable()
export class LineCheckPool implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly size = Math.max(0, envInt('IMPORT_CHECK_THREADS', Math.min(4, availableParallelism())));
  private threads: CheckThread[] = [];
  private nextImportKey = 1;
  readonly tally: BlockTally = { onImportThread: 0, onCheckingThreads: 0 };

  onApplicationBootstrap(): void {
    this.replaceFailed();
  }

  async onModuleDestroy(): Promise<void> {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((t) => t.terminate()));
  }

  open(context: CheckContext): ImportChecks {
    this.replaceFailed();
    return new ImportChecks(this.threads, this.nextImportKey++, context, this.tally);
  }

  private replaceFailed(): void {
    this.threads = this.threads.filter((t) => t.alive);
    while (this.threads.length < this.size) this.threads.push(new CheckThread(new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV })));
  }
}
