import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException, type FieldError } from './problem';

/**
 * One FieldError per failed constraint, nested properties as dotted paths (`members.0.residentId`)
 * so a client can put each message next to its input.
 */
export function fieldErrorsOf(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
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

/**
 * The pipe every service installs globally: unknown fields are refused (not silently dropped, so
 * a misspelt field is noticed), payloads become DTO instances, failures become problem details.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Keep rejected values and DTO instances out of the errors: they may be personal data.
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(errors),
  });
}
