// Dependency rules of the house style (STYLE.md): business rules are pure, services share only
// libs, libs never reach into apps. Run by `npm run lint:deps`, part of `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'rules-are-pure',
      comment: 'A rule is a pure function of facts and policy: no Nest, no TypeORM, no clock (the date is a parameter).',
      severity: 'error',
      from: { path: '/rules/[^/]+\\.ts$', pathNot: '\\.(spec|int-spec)\\.ts$' },
      to: { path: ['(^|/)node_modules/@nestjs/', '(^|/)node_modules/typeorm/', '^libs/common/src/time/clock(\\.module)?\\.ts$'] },
    },
    {
      name: 'no-app-imports-another-app',
      comment: 'Services talk only through events; they share libs/contracts, libs/messaging, libs/common and libs/service-kit.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means a boundary is wrong (STYLE.md: no forwardRef).',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|int-spec)\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|reports)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
