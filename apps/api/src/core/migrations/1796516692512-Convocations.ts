import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then completed by hand: each reference to a meeting or a member also goes
 * through a composite key to the same organisation (see the TenantIntegrity migration).
 */
export class Convocations1796516692512 implements MigrationInterface {
  name = 'Convocations1796516692512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_fddb14aa3929589652072f3fce" UNIQUE ("account_id"), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fddb14aa3929589652072f3fce" ON "calendar_feeds" ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "convocation_sendings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "account_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_on" date NOT NULL, "latest_sending_date" date NOT NULL, "notice_days" integer NOT NULL, "in_time" boolean NOT NULL, "override_reason" text, "created" integer NOT NULL, "by_email" integer NOT NULL, "by_post" integer NOT NULL, CONSTRAINT "PK_3c2c45a5d76814d49f0a95f8a97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_92060105d3b93411452751378b" ON "convocation_sendings" ("organisation_id", "meeting_id", "sent_at") `);
    await queryRunner.query(`CREATE TYPE "public"."convocation_channel" AS ENUM('email', 'post')`);
    await queryRunner.query(`CREATE TYPE "public"."convocation_status" AS ENUM('queued', 'sent', 'failed', 'post')`);
    await queryRunner.query(`CREATE TYPE "public"."convocation_answer" AS ENUM('attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy')`);
    await queryRunner.query(`CREATE TABLE "convocations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "channel" "public"."convocation_channel" NOT NULL, "status" "public"."convocation_status" NOT NULL, "email" citext, "failure_reason" text, "attempts" integer NOT NULL DEFAULT '0', "last_attempt_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "answer" "public"."convocation_answer", "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db8a9dc9c0a8f667a01073f5b75" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_966ef17d05a8e5c4ee3e135a3d" ON "convocations" ("organisation_id", "meeting_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f1257e24d5c39f4040f724c3b9" ON "convocations" ("organisation_id", "meeting_id", "member_id") `);
    await queryRunner.query(`CREATE TABLE "personal_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b4b6fa7c3d1a4d38052a1ac9ed" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3f36534bc543d86742cb6999e6" ON "personal_links" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_7be59aaa9cbd0bcc631e6c40df" ON "personal_links" ("organisation_id", "meeting_id", "member_id") `);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_fddb14aa3929589652072f3fce3" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" ADD CONSTRAINT "FK_ec5b5126f79cb28c8b17587cbf8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" ADD CONSTRAINT "FK_2d8f2cfe8c0934ae6607940fd5e" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" ADD CONSTRAINT "FK_dfdfb3db1cc039f02db7c440e76" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocations" ADD CONSTRAINT "FK_2ba25eff333eb5c08e78ebeba79" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocations" ADD CONSTRAINT "FK_419dbc7f3b5286dbe2235414919" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocations" ADD CONSTRAINT "FK_10e433a9a38e4d63f911dc7416d" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "personal_links" ADD CONSTRAINT "FK_eb58e54504dcafd5d42c1c52c29" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "personal_links" ADD CONSTRAINT "FK_40df7d8a18fc140a9a1a9e7c413" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "personal_links" ADD CONSTRAINT "FK_13fa7f68dc11207b88ba978dcb7" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const [table, column, target] of TENANT_REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id") ON DELETE CASCADE`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...TENANT_REFERENCES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_same_tenant"`);
    }
    await queryRunner.query(`ALTER TABLE "personal_links" DROP CONSTRAINT "FK_13fa7f68dc11207b88ba978dcb7"`);
    await queryRunner.query(`ALTER TABLE "personal_links" DROP CONSTRAINT "FK_40df7d8a18fc140a9a1a9e7c413"`);
    await queryRunner.query(`ALTER TABLE "personal_links" DROP CONSTRAINT "FK_eb58e54504dcafd5d42c1c52c29"`);
    await queryRunner.query(`ALTER TABLE "convocations" DROP CONSTRAINT "FK_10e433a9a38e4d63f911dc7416d"`);
    await queryRunner.query(`ALTER TABLE "convocations" DROP CONSTRAINT "FK_419dbc7f3b5286dbe2235414919"`);
    await queryRunner.query(`ALTER TABLE "convocations" DROP CONSTRAINT "FK_2ba25eff333eb5c08e78ebeba79"`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" DROP CONSTRAINT "FK_dfdfb3db1cc039f02db7c440e76"`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" DROP CONSTRAINT "FK_2d8f2cfe8c0934ae6607940fd5e"`);
    await queryRunner.query(`ALTER TABLE "convocation_sendings" DROP CONSTRAINT "FK_ec5b5126f79cb28c8b17587cbf8"`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_fddb14aa3929589652072f3fce3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7be59aaa9cbd0bcc631e6c40df"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f36534bc543d86742cb6999e6"`);
    await queryRunner.query(`DROP TABLE "personal_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1257e24d5c39f4040f724c3b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_966ef17d05a8e5c4ee3e135a3d"`);
    await queryRunner.query(`DROP TABLE "convocations"`);
    await queryRunner.query(`DROP TYPE "public"."convocation_answer"`);
    await queryRunner.query(`DROP TYPE "public"."convocation_status"`);
    await queryRunner.query(`DROP TYPE "public"."convocation_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92060105d3b93411452751378b"`);
    await queryRunner.query(`DROP TABLE "convocation_sendings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df53b5f17d35a6bac0fb13e16a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fddb14aa3929589652072f3fce"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}

const TENANT_REFERENCES: readonly (readonly [table: string, column: string, target: string])[] = [
  ['convocations', 'meeting_id', 'meetings'],
  ['convocations', 'member_id', 'members'],
  ['convocation_sendings', 'meeting_id', 'meetings'],
  ['personal_links', 'meeting_id', 'meetings'],
  ['personal_links', 'member_id', 'members'],
];
