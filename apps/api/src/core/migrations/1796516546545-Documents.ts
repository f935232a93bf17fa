import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and their versions, generated; then, written by hand: the tenant keys and
 * composite foreign keys (a version, a current version, stay in their document's
 * organisation), and French full-text search. The `french_unaccent` configuration reads
 * words without their accents before stemming them in French, so « Réglement » finds
 * « règlement »; a trigger keeps each document's vector (title weighted A, the current
 * version's text B) as its title or current version changes; a GIN index serves the search.
 */
export class Documents1796516546545 implements MigrationInterface {
  name = 'Documents1796516546545';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."document_kind" AS ENUM('statutes', 'internalRules', 'minutes', 'report', 'accounts', 'budget', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."document_target" AS ENUM('library', 'meeting', 'agendaItem')`);
    await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" "public"."document_kind" NOT NULL, "target" "public"."document_target" NOT NULL, "meeting_id" uuid, "agenda_item_id" uuid, "current_version_id" uuid, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_target_consistent" CHECK ((target = 'library' AND meeting_id IS NULL AND agenda_item_id IS NULL) OR (target = 'meeting' AND meeting_id IS NOT NULL AND agenda_item_id IS NULL) OR (target = 'agendaItem' AND meeting_id IS NOT NULL AND agenda_item_id IS NOT NULL)), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_497ec292140eadcfc63b905ad2" ON "documents" ("organisation_id", "agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddf5625803c668d98db19d36a1" ON "documents" ("organisation_id", "meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7d9749e38d4ff02a3551848a19" ON "documents" ("organisation_id", "target", "kind") `);
    await queryRunner.query(`CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "document_id" uuid NOT NULL, "number" integer NOT NULL, "sha256" character(64) NOT NULL, "size" integer NOT NULL, "media_type" character varying(120) NOT NULL, "file_name" character varying(255) NOT NULL, "uploaded_by_account_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "extracted_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_753613bdd8439e97134c6a7c84" ON "document_versions" ("sha256") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c5364117ab772a34b793063f31" ON "document_versions" ("document_id", "number") `);
    await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_b324c16199405d5c5e8b5e86e48" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "FK_59d173cc23ba96d18138ccb4a6b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "FK_6f4eeaa52277d67c5b4972ba566" FOREIGN KEY ("uploaded_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await this.upByHand(queryRunner);
  }

  private async upByHand(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['documents', 'document_versions']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_tenant_key" UNIQUE ("organisation_id", "id")`);
    }
    await queryRunner.query(
      `ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_same_tenant" FOREIGN KEY ("organisation_id", "document_id") REFERENCES "documents" ("organisation_id", "id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_current_version_id_same_tenant" FOREIGN KEY ("organisation_id", "current_version_id") REFERENCES "document_versions" ("organisation_id", "id") DEFERRABLE INITIALLY DEFERRED`,
    );
    // A meeting's or agenda item's documents go with it (a draft meeting deleted, an item removed).
    for (const [column, target] of ATTACHMENTS) {
      await queryRunner.query(
        `ALTER TABLE "documents" ADD CONSTRAINT "documents_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id") ON DELETE CASCADE`,
      );
    }
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION french_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`);
    await queryRunner.query(`CREATE FUNCTION documents_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('french_unaccent', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('french_unaccent', coalesce((SELECT v.extracted_text FROM document_versions v WHERE v.id = NEW.current_version_id), '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER documents_search_vector BEFORE INSERT OR UPDATE OF title, current_version_id ON "documents" FOR EACH ROW EXECUTE FUNCTION documents_search_vector()`,
    );
    await queryRunner.query(`CREATE INDEX "documents_search_vector" ON "documents" USING gin ("search_vector")`);
  }

  private async downByHand(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "documents_search_vector"`);
    await queryRunner.query(`DROP TRIGGER documents_search_vector ON "documents"`);
    await queryRunner.query(`DROP FUNCTION documents_search_vector()`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION french_unaccent`);
    for (const [column] of ATTACHMENTS) await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_${column}_same_tenant"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_current_version_id_same_tenant"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "document_versions_document_id_same_tenant"`);
    for (const table of ['document_versions', 'documents']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_tenant_key"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.downByHand(queryRunner);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "FK_6f4eeaa52277d67c5b4972ba566"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "FK_59d173cc23ba96d18138ccb4a6b"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_b324c16199405d5c5e8b5e86e48"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5364117ab772a34b793063f31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_753613bdd8439e97134c6a7c84"`);
    await queryRunner.query(`DROP TABLE "document_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d9749e38d4ff02a3551848a19"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddf5625803c668d98db19d36a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_497ec292140eadcfc63b905ad2"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP TYPE "public"."document_target"`);
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
  }
}

const ATTACHMENTS = [
  ['meeting_id', 'meetings'],
  ['agenda_item_id', 'agenda_items'],
] as const;
