import type { ProblemBody } from '../problem';
import { fieldMessage, problemMessage } from './problem-message';

/**
 * Whether a request's Accept-Language ranks Chinese above English (RFC 9110 §12.5.4: the highest
 * q wins, the first listed on a tie). Without the header, or with neither language, the answer
 * stays in English: integrating departments' programs read `code`, not the words.
 */
export function prefersChinese(acceptLanguage: string | undefined): boolean {
  let best: { zh: boolean; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'zh' && language !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { zh: language === 'zh', q };
  }
  return best?.zh ?? false;
}

/**
 * The problem in Chinese: `title` and each field error's `message` from the zh-CN catalogue.
 * `detail` stays as written (it names values and is for developers and logs); `code` and `type`
 * never change with the language.
 */
export function localiseProblem(body: ProblemBody): ProblemBody {
  return {
    ...body,
    title: problemMessage(body.code, body.status),
    ...(body.errors && { errors: body.errors.map((e) => ({ ...e, message: fieldMessage(body.code, body.status, e.code, e.field) })) }),
  };
}
