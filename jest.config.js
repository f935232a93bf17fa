// One jest configuration for the whole monorepo. TypeScript is compiled by swc with the
// same options as the build (.swcrc), decorator metadata included, so Nest and TypeORM
// behave in tests exactly as they do in production.
const fs = require('node:fs');
const path = require('node:path');

const { exclude: _buildOnly, ...swcOptions } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  moduleNameMapper: {
    '^@collegial/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/jest.summary-reporter.js'],
  testTimeout: 30000,
};
