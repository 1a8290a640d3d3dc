import { SetMetadata } from '@nestjs/common';

export const SEARCH_READ_KEY = 'auth:search-read';

/**
 * Marks a POST that only reads: a search whose criteria (a resident ID, an account number) must
 * stay out of URLs and access logs, so they travel in the body. The platform's access rules
 * (docs/security.md) count it as a read: the auditor may make it, and it changes nothing.
 */
export const SearchRead = (): MethodDecorator => SetMetadata(SEARCH_READ_KEY, true);
