import { SetMetadata } from '@nestjs/common';

export const ROLES_KEY = 'auth:roles';

/**
 * The caller needs at least one of these roles; checked by JwtAuthGuard after authentication.
 * On a handler it replaces the controller's list rather than adding to it.
 */
export const Roles = (...roles: string[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
