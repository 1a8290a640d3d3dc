// `npm run docs:roles`: regenerates the route/role matrix in docs/security.md from the services'
// decorators, so the document cannot drift from the code (a test checks it is up to date).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeMatrix } from '@app/common/auth/route-matrix';
import { renderRoleMatrix, replaceMatrix } from './security/role-matrix-doc';
import { SERVICE_MODULES } from './security/service-modules';

const file = join(__dirname, '..', 'docs', 'security.md');
const matrix = renderRoleMatrix(SERVICE_MODULES.map(({ name, module }) => ({ name, routes: routeMatrix(module) })));
writeFileSync(file, replaceMatrix(readFileSync(file, 'utf8'), matrix));
console.log(`docs/security.md: role matrix of ${SERVICE_MODULES.length} services written`);
