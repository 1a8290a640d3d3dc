import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { sendProblem } from '../http/problem.filter';
import { maskPersonalData } from './mask-personal-data';

/** How a response's body leaves; set by PersonalDataGuard, masked when nothing says otherwise. */
export type PersonalDataMode = { kind: 'as-is' } | { kind: 'unmasked'; beforeSend: () => Promise<unknown> };

const MODE = Symbol('personal-data-mode');
const logger = new Logger('PersonalData');

export function markResponse(response: Response, mode: PersonalDataMode): void {
  (response.locals as Record<symbol, PersonalDataMode>)[MODE] = mode;
}

function modeOf(response: Response): PersonalDataMode | undefined {
  return (response.locals as Record<symbol, PersonalDataMode | undefined>)[MODE];
}

interface ExpressApp {
  response: { json: (this: Response, body: unknown) => Response };
}

/**
 * Masks personal data in every JSON body the application sends (`res.json`, which Nest uses for
 * every object a handler returns), unless PersonalDataGuard marked the response otherwise. An
 * unmasked body leaves only once its audit entry is committed; if that fails the caller gets a
 * 500 problem instead of the data. Problem bodies are written with `send` and mask their own text.
 */
export function maskJsonResponses(app: ExpressApp): void {
  const json = app.response.json;
  app.response.json = function maskedJson(this: Response, body: unknown): Response {
    const mode = modeOf(this);
    if (!mode) return json.call(this, maskPersonalData(body));
    if (mode.kind === 'as-is') return json.call(this, body);
    markResponse(this, { kind: 'as-is' }); // the audit is written once, even if json is called again
    mode.beforeSend().then(
      () => json.call(this, body),
      (err: unknown) => sendProblem(this.req, this, err, logger),
    );
    return this;
  };
}
