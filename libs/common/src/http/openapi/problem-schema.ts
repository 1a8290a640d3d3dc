// The OpenAPI components every document shares: the problem+json body the ProblemDetailsFilter
// writes (libs/common/src/http/problem.filter.ts) and the headers every service sends.
import type { HeaderObject, ParameterObject, SchemaObject } from './openapi-types';

export const PROBLEM_SCHEMA = 'Problem';
export const FIELD_ERROR_SCHEMA = 'FieldError';

export const FIELD_ERROR: SchemaObject = {
  type: 'object',
  description: 'One failed constraint of one field.',
  required: ['field', 'code', 'message'],
  properties: {
    field: { type: 'string', description: 'Dotted path into the request, e.g. `members.0.residentId`.', example: 'members.0.residentId' },
    code: { type: 'string', description: 'Stable machine code, e.g. the validation constraint `isInt`, or a problem code.', example: 'isResidentId' },
    message: { type: 'string', description: 'For people; resident IDs in it are masked.' },
  },
};

/**
 * RFC 9457 problem details as sent: the standard members, the stable `code`, field errors, and
 * extension members (the key and date of a missing policy figure, the id of a colliding record)
 * beside them, hence `additionalProperties`.
 */
export const PROBLEM: SchemaObject = {
  type: 'object',
  description: 'An error (RFC 9457 problem details). Branch on `code`; `title` and `detail` are for people.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'https://civil-affairs.example/problems/ and the code in lower case, dots as dashes.', example: 'https://civil-affairs.example/problems/validation-failed' },
    title: { type: 'string', description: 'The HTTP reason phrase of the status.', example: 'Bad Request' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    detail: { type: 'string', description: 'What went wrong with this request, for people.' },
    code: { type: 'string', pattern: '^[A-Z0-9_]+(\\.[A-Z0-9_]+)+$', description: 'Stable code, the area then the reason.', example: 'VALIDATION.FAILED' },
    instance: { type: 'string', description: 'The request path, without its query, resident IDs masked.', example: '/api/v1/deaths' },
    errors: { type: 'array', items: { $ref: `#/components/schemas/${FIELD_ERROR_SCHEMA}` }, description: 'Field errors, when the request had bad fields.' },
  },
  additionalProperties: { description: 'Extension members of the problem, e.g. `key` and `date` of POLICY.NOT_IN_FORCE.' },
};

export const HEADERS: Record<string, HeaderObject> = {
  'X-Correlation-Id': {
    description: 'The caller’s X-Correlation-Id when it was safe (letters, digits, `._:-`, at most 100), else a new UUID; it travels in every event the request causes.',
    schema: { type: 'string', maxLength: 100 },
  },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
  Location: { description: 'The URL of what the request created.', schema: { type: 'string', format: 'uri-reference' } },
  ETag: { description: 'The version of the resource; send it back in If-Match to update only that version.', schema: { type: 'string', example: '"3"' } },
};

export const CORRELATION_ID_PARAMETER: ParameterObject = {
  name: 'X-Correlation-Id',
  in: 'header',
  required: false,
  description: 'Ties the request’s logs and the events it causes together; echoed in the response.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,100}$' },
};

export const headerRef = (name: keyof typeof HEADERS): { $ref: string } => ({ $ref: `#/components/headers/${name}` });
export const problemContent = { 'application/problem+json': { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } };
