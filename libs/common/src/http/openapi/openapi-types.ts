// The OpenAPI object types, taken from the one type @nestjs/swagger exports (its dist/ paths are
// not part of its package exports).
import type { OpenAPIObject } from '@nestjs/swagger';

type Components = NonNullable<OpenAPIObject['components']>;
type Inline<T> = Exclude<T, { $ref: string }>;

export type { OpenAPIObject };
export type PathItemObject = OpenAPIObject['paths'][string];
export type OperationObject = NonNullable<PathItemObject['get']>;
export type SchemaObject = Inline<NonNullable<Components['schemas']>[string]>;
export type HeaderObject = Inline<NonNullable<Components['headers']>[string]>;
export type ParameterObject = Inline<NonNullable<Components['parameters']>[string]>;
export type ResponseObject = Inline<NonNullable<Components['responses']>[string]>;
