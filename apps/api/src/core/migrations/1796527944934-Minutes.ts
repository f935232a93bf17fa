import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_KEYS = ['minutes', 'minutes_approvals', 'register_entries', 'register_decisions', 'archive_exports'];

/** [table, column, target]: a reference that stays in the organisation. */
const TENANT_REFERENCES: [string, string, string][] = [
  ['minutes', 'meeting_id', 'meetings'],
  ['minutes', 'chair_member_id', 'members'],
  ['minutes', 'secretary_member_id', 'members'],
  ['minutes_approvals', 'minutes_id', 'minutes'],
  ['minutes_approvals', 'member_id', 'members'],
  ['register_entries', 'minutes_id', 'minutes'],
  ['register_entries', 'meeting_id', 'meetings'],
  ['register_entries', 'body_id', 'bodies'],
  ['register_decisions', 'entry_id', 'register_entries'],
  ['register_decisions', 'body_id', 'bodies'],
];

const APPEND_ONLY = ['register_entries', 'register_decisions'];

/**
 * Minutes, their approvals, the decision register and archive exports, generated; then,
 * by hand: the tenant keys and composite foreign keys; the register's tables append-only
 * (a trigger refuses an update, and a delete unless its organisation is being deleted);
 * the decisions' French full-text vector (french_unaccent, from the Documents migration)
 * kept by a trigger, with its GIN index.
 */
export class Minutes1796527944934 implements MigrationInterface {
  name = 'Minutes1796527944934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."minutes_status" AS ENUM('draft', 'approved')`);
    await queryRunner.query(`CREATE TYPE "public"."minutes_locale" AS ENUM('fr', 'en')`);
    await queryRunner.query(`CREATE TABLE "minutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "status" "public"."minutes_status" NOT NULL DEFAULT 'draft', "locale" "public"."minutes_locale" NOT NULL DEFAULT 'fr', "chair_member_id" uuid, "secretary_member_id" uuid, "scrutineer_member_ids" jsonb NOT NULL DEFAULT '[]', "convened_by" character varying(300), "summaries" jsonb NOT NULL DEFAULT '{}', "incidents" jsonb NOT NULL DEFAULT '[]', "content" jsonb, "seal" character varying(64), "pdf_sha256" character varying(64), "pdf_size" integer, "pdf_pages" integer, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minutes_approved_frozen" CHECK (status = 'draft' OR (content IS NOT NULL AND seal IS NOT NULL AND pdf_sha256 IS NOT NULL AND approved_at IS NOT NULL)), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6d04adb688aed5f4d81b55e3e9" ON "minutes" ("organisation_id", "meeting_id") `);
    await queryRunner.query(`CREATE TYPE "public"."minutes_officer_role" AS ENUM('chair', 'secretary')`);
    await queryRunner.query(`CREATE TABLE "minutes_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "minutes_id" uuid NOT NULL, "role" "public"."minutes_officer_role" NOT NULL, "member_id" uuid NOT NULL, "account_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_94478086f1d010843db553bf6c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fc380eedda3d56f3dd7964e05a" ON "minutes_approvals" ("minutes_id", "role") `);
    await queryRunner.query(`CREATE TYPE "public"."register_entry_kind" AS ENUM('minutes', 'imported')`);
    await queryRunner.query(`CREATE TABLE "register_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "sequence" integer NOT NULL, "kind" "public"."register_entry_kind" NOT NULL, "minutes_id" uuid, "meeting_id" uuid, "body_id" uuid NOT NULL, "meeting_date" date NOT NULL, "title" character varying(300) NOT NULL, "seal" character varying(64), "pdf_sha256" character varying(64) NOT NULL, "pdf_size" integer NOT NULL, "first_page" integer NOT NULL, "last_page" integer NOT NULL, "previous_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_account_id" uuid, CONSTRAINT "register_entries_minutes" CHECK ((kind = 'minutes') = (minutes_id IS NOT NULL)), CONSTRAINT "register_entries_pages" CHECK (first_page >= 1 AND last_page >= first_page), CONSTRAINT "PK_c1de65929d5e015b1374889485c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eff42753f8644058d6a68a23c9" ON "register_entries" ("organisation_id", "minutes_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_809e2236c20262610c645825ea" ON "register_entries" ("organisation_id", "sequence") `);
    await queryRunner.query(`CREATE TYPE "public"."register_decision_kind" AS ENUM('resolution', 'election', 'record')`);
    await queryRunner.query(`CREATE TYPE "public"."register_decision_outcome" AS ENUM('adopted', 'rejected', 'elected', 'noVotes')`);
    await queryRunner.query(`CREATE TABLE "register_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."register_decision_kind" NOT NULL, "number" character varying(20), "title" character varying(300) NOT NULL, "text" text NOT NULL DEFAULT '', "outcome" "public"."register_decision_outcome", "explanation" text NOT NULL DEFAULT '', "body_id" uuid NOT NULL, "meeting_date" date NOT NULL, "search_vector" tsvector, CONSTRAINT "PK_a6282d3f1847ebaba06a0e4e039" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8c750261b12a31570a2c772d4b" ON "register_decisions" ("organisation_id", "body_id", "meeting_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_62379d5ab99da8155f3ba2b44a" ON "register_decisions" ("organisation_id", "meeting_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7efd27ed71447f2ef3d581d59" ON "register_decisions" ("entry_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."archive_export_status" AS ENUM('queued', 'running', 'done', 'failed')`);
    await queryRunner.query(`CREATE TABLE "archive_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "status" "public"."archive_export_status" NOT NULL DEFAULT 'queued', "done_files" integer NOT NULL DEFAULT '0', "total_files" integer NOT NULL DEFAULT '0', "sha256" character varying(64), "size" bigint, "failure" text, "requested_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f52b061b67592d7df7d4b363649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7d2776e0aac5c4c279cdd4fbb6" ON "archive_exports" ("organisation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_8064ca7dde90d2918cddff5e3d0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_09b75e89df08f1805dd7f4f551d" FOREIGN KEY ("chair_member_id") REFERENCES "members"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_6511c60c790a39e00f063f1fb4d" FOREIGN KEY ("secretary_member_id") REFERENCES "members"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" ADD CONSTRAINT "FK_5e52690bc4d21a1cd5ccaf1bcaf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" ADD CONSTRAINT "FK_3428df25a56f9293d037b204306" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" ADD CONSTRAINT "FK_af603ab2fba3a371164423528a8" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" ADD CONSTRAINT "FK_aab663c4e58268f90db83c7010f" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_c0971a65068ba629eec95e698cb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_c16300c20d5749fe14e3396c017" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_2a8ef873939ae6728b02e9dffe8" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_ef9b07de286666eac01d17098a5" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_a48f6445d5c94a0b244606519f2" FOREIGN KEY ("recorded_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_decisions" ADD CONSTRAINT "FK_25125231c5f8240eaef09e772a7" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_decisions" ADD CONSTRAINT "FK_2b2b2998d4d43346a568bc5aa93" FOREIGN KEY ("entry_id") REFERENCES "register_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_decisions" ADD CONSTRAINT "FK_755200a91f3fda8559c4262c612" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "archive_exports" ADD CONSTRAINT "FK_a5993ce514632cf9c64dde8e6f4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "archive_exports" ADD CONSTRAINT "FK_25a795865215cb1ed782e882f3c" FOREIGN KEY ("requested_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await this.upByHand(queryRunner);
  }

  private async upByHand(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_tenant_key" UNIQUE ("organisation_id", "id")`);
    }
    for (const [table, column, target] of TENANT_REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id")`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Deleted with its organisation (the cascade runs once the organisation is gone), never on its own.
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = OLD.organisation_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'The decision register is append-only: % on % refused.', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION register_append_only()`);
    }
    await queryRunner.query(`CREATE FUNCTION register_decisions_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('french_unaccent', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('french_unaccent', coalesce(NEW.text, '')), 'B') ||
          setweight(to_tsvector('french_unaccent', coalesce(NEW.explanation, '')), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER register_decisions_search_vector BEFORE INSERT ON "register_decisions" FOR EACH ROW EXECUTE FUNCTION register_decisions_search_vector()`,
    );
    await queryRunner.query(`CREATE INDEX "register_decisions_search_vector" ON "register_decisions" USING gin ("search_vector")`);
  }

  private async downByHand(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "register_decisions_search_vector"`);
    await queryRunner.query(`DROP TRIGGER register_decisions_search_vector ON "register_decisions"`);
    await queryRunner.query(`DROP FUNCTION register_decisions_search_vector()`);
    for (const table of APPEND_ONLY) await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION register_append_only()`);
    for (const [table, column] of [...TENANT_REFERENCES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_same_tenant"`);
    }
    for (const table of TENANT_KEYS) await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_tenant_key"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.downByHand(queryRunner);
    await queryRunner.query(`ALTER TABLE "archive_exports" DROP CONSTRAINT "FK_25a795865215cb1ed782e882f3c"`);
    await queryRunner.query(`ALTER TABLE "archive_exports" DROP CONSTRAINT "FK_a5993ce514632cf9c64dde8e6f4"`);
    await queryRunner.query(`ALTER TABLE "register_decisions" DROP CONSTRAINT "FK_755200a91f3fda8559c4262c612"`);
    await queryRunner.query(`ALTER TABLE "register_decisions" DROP CONSTRAINT "FK_2b2b2998d4d43346a568bc5aa93"`);
    await queryRunner.query(`ALTER TABLE "register_decisions" DROP CONSTRAINT "FK_25125231c5f8240eaef09e772a7"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_a48f6445d5c94a0b244606519f2"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_ef9b07de286666eac01d17098a5"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_2a8ef873939ae6728b02e9dffe8"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_c16300c20d5749fe14e3396c017"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_c0971a65068ba629eec95e698cb"`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" DROP CONSTRAINT "FK_aab663c4e58268f90db83c7010f"`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" DROP CONSTRAINT "FK_af603ab2fba3a371164423528a8"`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" DROP CONSTRAINT "FK_3428df25a56f9293d037b204306"`);
    await queryRunner.query(`ALTER TABLE "minutes_approvals" DROP CONSTRAINT "FK_5e52690bc4d21a1cd5ccaf1bcaf"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_6511c60c790a39e00f063f1fb4d"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_09b75e89df08f1805dd7f4f551d"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_8064ca7dde90d2918cddff5e3d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d2776e0aac5c4c279cdd4fbb6"`);
    await queryRunner.query(`DROP TABLE "archive_exports"`);
    await queryRunner.query(`DROP TYPE "public"."archive_export_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7efd27ed71447f2ef3d581d59"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62379d5ab99da8155f3ba2b44a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c750261b12a31570a2c772d4b"`);
    await queryRunner.query(`DROP TABLE "register_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."register_decision_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."register_decision_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_809e2236c20262610c645825ea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eff42753f8644058d6a68a23c9"`);
    await queryRunner.query(`DROP TABLE "register_entries"`);
    await queryRunner.query(`DROP TYPE "public"."register_entry_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc380eedda3d56f3dd7964e05a"`);
    await queryRunner.query(`DROP TABLE "minutes_approvals"`);
    await queryRunner.query(`DROP TYPE "public"."minutes_officer_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d04adb688aed5f4d81b55e3e9"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP TYPE "public"."minutes_locale"`);
    await queryRunner.query(`DROP TYPE "public"."minutes_status"`);
  }
}
