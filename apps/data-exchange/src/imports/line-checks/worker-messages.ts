// What the import's thread and a checking thread say to each other.
import type { BlockVerdicts, CheckContext } from './block-check';

export type ToCheckWorker =
  | { type: 'open'; importKey: number; context: CheckContext }
  | { type: 'check'; importKey: number; bytes: Uint8Array; firstLine: number }
  | { type: 'close'; importKey: number };

export type FromCheckWorker = { ok: true; verdicts: BlockVerdicts } | { ok: false; invalidEncoding: boolean; message: string };
