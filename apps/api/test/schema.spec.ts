import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { SCHEMA_FILE as DEVELOPMENT_SCHEMA_FILE } from '../src/core/graphql/graphql-options';
import { startTestApp, testConfig, type TestApp } from './support';

const SCHEMA_FILE = join(__dirname, '../schema.gql');
const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

describe('the committed GraphQL schema', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is the schema the code serves (run `npm run schema:emit` after changing the API)', () => {
    const served = HEADER + printSchema(api.app.get(GraphQLSchemaHost).schema);
    if (testConfig.updateSchema()) writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });

  it('is the file a development server rewrites, not a copy beside the sources', () => {
    expect(DEVELOPMENT_SCHEMA_FILE).toBe(SCHEMA_FILE);
  });
});
