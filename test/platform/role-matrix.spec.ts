// Holds every service to the platform's access rules (docs/security.md) by reading the routes'
// decorators, and checks that the matrix in docs/security.md is the one the code declares.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRead, isWrite, routeMatrix, type RouteAccess } from '@app/common/auth/route-matrix';
import { AUDITOR } from '@app/common/auth/roles';
import { MATRIX_BEGIN, MATRIX_END, renderRoleMatrix } from '../../scripts/security/role-matrix-doc';
import { SERVICE_MODULES } from '../../scripts/security/service-modules';

const matrices = SERVICE_MODULES.map(({ name, module }) => ({ name, routes: routeMatrix(module) }));
const describeRoute = (r: RouteAccess): string => `${r.method} ${r.path} (${r.controller}.${r.handler})`;

describe.each(matrices)('access rules of $name', ({ routes }) => {
  it('finds the routes of the service, the kit included', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map(describeRoute)).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/health\/live /), expect.stringMatching(/^GET \/api\/v1\/audit-log /)]));
  });

  it('gives every route a list of roles, unless it is health or metrics', () => {
    const open = routes.filter((r) => !r.public && r.roles.length === 0).map(describeRoute);
    expect(open).toEqual([]);
    const publicRoutes = routes.filter((r) => r.public).map((r) => r.path);
    expect(publicRoutes.every((path) => /^\/(health|metrics)(\/|$)/.test(path))).toBe(true);
  });

  it('lets no auditor write', () => {
    expect(routes.filter((r) => isWrite(r) && r.roles.includes(AUDITOR)).map(describeRoute)).toEqual([]);
  });

  it('lets the auditor read everything, except a read marked confidential with its reason', () => {
    expect(routes.filter((r) => isRead(r) && !r.public && !r.confidential && !r.roles.includes(AUDITOR)).map(describeRoute)).toEqual([]);
  });

  it('marks only POSTs as searches that read', () => {
    expect(routes.filter((r) => r.searchRead && r.method !== 'POST').map(describeRoute)).toEqual([]);
  });

  it('marks only reads confidential, and never admits the auditor to one', () => {
    const marked = routes.filter((r) => r.confidential !== null);
    expect(marked.filter((r) => r.method !== 'GET' || r.roles.includes(AUDITOR) || r.roles.length === 0 || r.confidential!.trim().length < 20).map(describeRoute)).toEqual([]);
  });
});

describe('docs/security.md', () => {
  it('holds the route matrix the code declares (regenerate with `npm run docs:roles`)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    const stored = doc.slice(doc.indexOf(MATRIX_BEGIN), doc.indexOf(MATRIX_END) + MATRIX_END.length);
    expect(stored).toBe(renderRoleMatrix(matrices));
  });
});
