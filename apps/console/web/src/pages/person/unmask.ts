// The reason a user gives for 查看完整信息 travels in the X-Unmask-Reason header, which the console
// forwards to the services (docs/console.md); the services audit it with the request. A header
// carries only Latin-1, so the Chinese reason is percent-encoded (decodeURIComponent reads it back
// from the audit log). Pure.

export const UNMASK_HEADER = 'X-Unmask-Reason';
/** The role that may see personal data in full (libs/common/src/privacy/personal-data.guard.ts). */
export const UNMASK_ROLE = 'unmask';
export const MAX_REASON_LENGTH = 200;

/** One 查看完整信息: the reason, and when, so that a second one fetches (and is audited) again. */
export interface Unmasking {
  reason: string;
  at: number;
}

export function unmaskHeaders(unmasking: Unmasking | null): Record<string, string> | undefined {
  const reason = unmasking?.reason.trim();
  return reason ? { [UNMASK_HEADER]: encodeURIComponent(reason) } : undefined;
}
