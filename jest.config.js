// One jest configuration for the whole monorepo. TypeScript is compiled by swc with the
// same options as the build (.swcrc), decorator metadata included, so Nest and TypeORM
// behave in tests exactly as they do in production.
const fs = require('node:fs');
const path = require('node:path');

const { exclude: _buildOnly, ...swcOptions } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

// ESM-only packages (file-type and the tokenizers it reads with; unpdf's PDF.js bundle,
// which unpdf loads by a dynamic import) cannot be required by jest's CommonJS runtime: swc
// turns them into CommonJS too. The built app needs nothing of the kind: Node >= 20.19
// requires ES modules and runs unpdf's own dynamic import.
const ESM_PACKAGES = ['file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras', 'unpdf'];

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false }],
    '/node_modules/.+\\.(mjs|cjs|js)$': [
      '@swc/jest',
      { module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, swcrc: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    // Exported for `import` (and Node's require of ES modules) only: transformed like the rest.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
    '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs',
    '^@collegial/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  maxWorkers: 2,
  testSequencer: '<rootDir>/jest.sequencer.js',
  reporters: ['default', '<rootDir>/jest.summary-reporter.js'],
  testTimeout: 30000,
};
