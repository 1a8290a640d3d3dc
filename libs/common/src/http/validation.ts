import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { maskResidentIdsIn } from '../privacy/mask-text';
import { ProblemException, type FieldError } from './problem';

/**
 * One FieldError per failed constraint, nested properties as dotted paths (`members.0.residentId`)
 * so a client can put each message next to its input. A key a client sent may be a resident ID;
 * it is masked like any ID in a response.
 */
export function fieldErrorsOf(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const property = maskResidentIdsIn(error.property);
    const field = parent ? `${parent}.${property}` : property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message: maskResidentIdsIn(message) }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

export function validationProblem(errors: readonly ValidationError[]): ProblemException {
  return new ProblemException({
    status: 400,
    code: 'VALIDATION.FAILED',
    detail: 'The request has invalid fields.',
    errors: fieldErrorsOf(errors),
  });
}

/** No request of the platform nests deeper than this; the test suites' bodies stay under 10. */
export const MAX_INPUT_DEPTH = 32;

/** Whether objects/arrays in `value` nest deeper than `limit`. Iterative: a deep input cannot overflow it. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current as Record<string, unknown>)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * class-transformer and class-validator recurse into whatever JSON arrives; a body nested a few
 * thousand levels deep (`{"field":[[[[...]]]]}`) overflowed the stack and answered 500. Refused
 * here, before they see it.
 */
class DepthLimitedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestsDeeperThan(value, MAX_INPUT_DEPTH)) {
      throw new ProblemException({ status: 400, code: 'VALIDATION.TOO_DEEP', detail: `The request nests objects or arrays deeper than ${MAX_INPUT_DEPTH} levels.` });
    }
    return super.transform(value, metadata);
  }
}

/**
 * The pipe every service installs globally: unknown fields are refused (not silently dropped, so
 * a misspelt field is noticed), payloads become DTO instances, failures become problem details.
 */
export function createValidationPipe(): ValidationPipe {
  return new DepthLimitedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Keep rejected values and DTO instances out of the errors: they may be personal data.
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(errors),
  });
}
