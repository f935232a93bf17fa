/**
 * npm run migration:generate -- <Name>
 * Starts a throw-away embedded PostgreSQL, applies the committed migrations, compares the
 * schema with the entities and writes the difference as a new migration to read and commit.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { findFreePort, runMigrations, startEmbeddedPostgres } from '@collegial/database';
import { appDataSourceOptions } from '../app-data-source';

const MIGRATIONS_DIR = join(__dirname, '../../../../../apps/api/src/core/migrations').replace('/dist/', '/');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
  }
  const postgres = await startEmbeddedPostgres({
    directory: await mkdtemp(join(tmpdir(), 'collegial-migration-')),
    port: await findFreePort(),
    ephemeral: true,
  });
  const dataSource = new DataSource(appDataSourceOptions(postgres.adminUrl));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    // Hand-written constraints (tenancy: see TenantIntegrity; the votes' roll: see Voting) and the register's
    // full-text index are not in the entities' metadata: leave them out of the comparison.
    const handWritten = /"[a-z_]+_(tenant_key|same_tenant|on_roll|caster_key)"|"register_decisions_search_vector"/;
    sql.upQueries = sql.upQueries.filter((q) => !handWritten.test(q.query));
    sql.downQueries = sql.downQueries.filter((q) => !handWritten.test(q.query));
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const render = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map((q) => `    await queryRunner.query(\`${q.query.replace(/`/g, '\\`')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`)
        .join('\n');
    const file = `${timestamp}-${name}.ts`;
    await writeFile(
      join(MIGRATIONS_DIR, file),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render(sql.downQueries.reverse())}
  }
}
`,
    );
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    await writeFile(
      indexPath,
      index.replace(/(\n\/\*\* In order[^\n]*\n)/, `\nimport { ${className} } from './${timestamp}-${name}';$1`).replace(/\n\];\n$/, `\n  ${className},\n];\n`),
    );
    console.log(`Wrote apps/api/src/core/migrations/${file}: read it, then commit it.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
