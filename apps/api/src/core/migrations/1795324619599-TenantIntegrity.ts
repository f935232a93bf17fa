import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: a row may only point at rows of its own organisation. Each referenced
 * table gets a unique (organisation_id, id), and each reference a composite foreign key,
 * so no service bug can attach a member to another organisation's college or a mandate to
 * another organisation's body. The migration generator leaves constraints named
 * *_tenant_key and *_same_tenant alone (TypeORM's metadata cannot express them).
 */
export class TenantIntegrity1795324619599 implements MigrationInterface {
  name = 'TenantIntegrity1795324619599';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['colleges', 'members', 'bodies', 'mandates']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_tenant_key" UNIQUE ("organisation_id", "id")`);
    }
    for (const [table, column, target] of REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id")`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...REFERENCES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_same_tenant"`);
    }
    for (const table of ['mandates', 'bodies', 'members', 'colleges']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_tenant_key"`);
    }
  }
}

const REFERENCES: readonly (readonly [table: string, column: string, target: string])[] = [
  ['members', 'college_id', 'colleges'],
  ['member_representatives', 'member_id', 'members'],
  ['mandates', 'body_id', 'bodies'],
  ['mandates', 'member_id', 'members'],
  ['handovers', 'body_id', 'bodies'],
  ['handovers', 'outgoing_mandate_id', 'mandates'],
  ['handovers', 'incoming_mandate_id', 'mandates'],
  ['invitations', 'member_id', 'members'],
];
