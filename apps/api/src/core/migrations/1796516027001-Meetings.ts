import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings, their agenda, amendments, proxies and attendance, and the bodies' rhythm.
 * The end of `up` is written by hand (as in TenantIntegrity): each reference also goes
 * through (organisation_id, id), so no row points at another organisation's.
 */
export class Meetings1796516027001 implements MigrationInterface {
  name = 'Meetings1796516027001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('ordinary', 'extraordinary')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_convocation" AS ENUM('first', 'second')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM('draft', 'convened', 'open', 'closed')`);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "convocation" "public"."meeting_convocation" NOT NULL DEFAULT 'first', "first_meeting_id" uuid, "title" character varying(300) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "duration_minutes" integer, "place" text, "remote_link" text, "status" "public"."meeting_status" NOT NULL DEFAULT 'draft', "chair_member_id" uuid, "convened_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_second_links_first" CHECK ((convocation = 'second') = (first_meeting_id IS NOT NULL)), CONSTRAINT "meetings_duration_positive" CHECK (duration_minutes IS NULL OR duration_minutes > 0), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_afad0624f2322434ee34a8ddba" ON "meetings" ("organisation_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_147af5c85437905fac1a5a5b50" ON "meetings" ("organisation_id", "body_id", "starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."agenda_change" AS ENUM('itemAdded', 'itemUpdated', 'itemRemoved', 'itemMoved', 'resolutionAdded', 'resolutionUpdated', 'resolutionRemoved')`);
    await queryRunner.query(`CREATE TABLE "agenda_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "change" "public"."agenda_change" NOT NULL, "agenda_item_id" uuid, "resolution_id" uuid, "description_fr" text NOT NULL, "description_en" text NOT NULL, "account_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d4e50aaacb4891879a9ec6f91d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_382a881478469242b7d02c5eb0" ON "agenda_amendments" ("organisation_id", "meeting_id", "recorded_at") `);
    await queryRunner.query(`CREATE TYPE "public"."agenda_item_kind" AS ENUM('information', 'deliberation', 'election')`);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "parent_id" uuid, "position" integer NOT NULL, "kind" "public"."agenda_item_kind" NOT NULL, "title" character varying(300) NOT NULL, "description" text, "presenter_name" character varying(200), "presenter_member_id" uuid, "planned_minutes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agenda_items_planned_minutes" CHECK (planned_minutes IS NULL OR planned_minutes > 0), CONSTRAINT "agenda_items_position" CHECK (position >= 0), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ee22ec5a2d57f885ebf642a65e" ON "agenda_items" ("organisation_id", "meeting_id", "parent_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."attendance_mode" AS ENUM('inPerson', 'remote')`);
    await queryRunner.query(`CREATE TABLE "attendance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "mode" "public"."attendance_mode" NOT NULL, "arrived_at" TIMESTAMP WITH TIME ZONE NOT NULL, "departed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "attendance_records_departure_after_arrival" CHECK (departed_at IS NULL OR departed_at >= arrived_at), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "attendance_records_one_open_stay" ON "attendance_records" ("meeting_id", "member_id") WHERE departed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_4673bc07ef0f99dbd887d5ae77" ON "attendance_records" ("organisation_id", "meeting_id") `);
    await queryRunner.query(`CREATE TABLE "body_rhythms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "months" integer NOT NULL, CONSTRAINT "body_rhythms_months" CHECK (months BETWEEN 1 AND 120), CONSTRAINT "PK_bb815208b857dca5343f82d71cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bf5e340e2d3ef3297a176e7b59" ON "body_rhythms" ("organisation_id", "body_id") `);
    await queryRunner.query(`CREATE TABLE "meeting_excusals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_723f1cc125758736070e1130aeb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7d29a8feb226b099e100bb5212" ON "meeting_excusals" ("organisation_id", "meeting_id", "member_id") `);
    await queryRunner.query(`CREATE TYPE "public"."proxy_status" AS ENUM('given', 'declined', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "meeting_proxies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "principal_member_id" uuid NOT NULL, "holder_member_id" uuid, "status" "public"."proxy_status" NOT NULL DEFAULT 'given', "recorded_by_account_id" uuid, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b5e63362342a6d734fdf3b20a9b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_proxies_one_per_principal" ON "meeting_proxies" ("meeting_id", "principal_member_id") WHERE status = 'given'`);
    await queryRunner.query(`CREATE INDEX "IDX_38fc7cb44abbd3903e51b5d25c" ON "meeting_proxies" ("organisation_id", "meeting_id", "status") `);
    await queryRunner.query(`CREATE TABLE "resolutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "text" text NOT NULL, "proposed_by_board" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "resolutions_position" CHECK (position >= 0), CONSTRAINT "PK_e30e6dd3e4cc52a23555b4b1a4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_47b6e77de78915fb5b36325b89" ON "resolutions" ("organisation_id", "agenda_item_id", "position") `);
    await queryRunner.query(`CREATE INDEX "IDX_4be132c1e14b499e40ed3e5d26" ON "resolutions" ("organisation_id", "meeting_id") `);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_08efd29ad2be30bbf36539a06ef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_0057f80971ca113e58e7f80d646" FOREIGN KEY ("first_meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_07c417307a8a879cbe05d62bc93" FOREIGN KEY ("chair_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" ADD CONSTRAINT "FK_5b8ac2b4e6e770bba09bef1d7c5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" ADD CONSTRAINT "FK_2dc1fc4976bf89d8bdeef03493f" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" ADD CONSTRAINT "FK_ffd091e006297dac6b8f9644c3c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_a4f8430dd8f3b6b4a1d83dbfb76" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_b4f22d1d552a0b7cb90b845b81e" FOREIGN KEY ("parent_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_d1f99d742f1e9567e72046edfc8" FOREIGN KEY ("presenter_member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_b6d51b3352f26d8fcdfc983ca1f" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_a3ca60d8ae64244789c0343092f" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_a92098a9fb42aa2d418c2f44097" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "body_rhythms" ADD CONSTRAINT "FK_249b3c5dcb132f26aa9b251a431" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "body_rhythms" ADD CONSTRAINT "FK_a68ffe3078504eaa080863c9f03" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" ADD CONSTRAINT "FK_37955c8e7b1fb8e3fd08c6a3129" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" ADD CONSTRAINT "FK_621abbaeb3544053a04e26ae01e" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" ADD CONSTRAINT "FK_f30e29267fd58116d9ac680f106" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" ADD CONSTRAINT "FK_b911f6e63f13a27d7ee2c82dee6" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" ADD CONSTRAINT "FK_47248ed1e0c547f6325495ea456" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" ADD CONSTRAINT "FK_3073e52dc442dadf9dc5d37364b" FOREIGN KEY ("principal_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" ADD CONSTRAINT "FK_da7c4cdcde5fc0144740f66a2f8" FOREIGN KEY ("holder_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" ADD CONSTRAINT "FK_4a369759ff63aeb5a2f1a4db62f" FOREIGN KEY ("recorded_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resolutions" ADD CONSTRAINT "FK_95a9c7ef34667bf68a0481e6026" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resolutions" ADD CONSTRAINT "FK_fe54ca3df4662496d9470765d69" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resolutions" ADD CONSTRAINT "FK_4ed63f10d3623ba726e2ada416e" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of TENANT_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_tenant_key" UNIQUE ("organisation_id", "id")`);
    }
    for (const [table, column, target] of TENANT_REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_same_tenant" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}" ("organisation_id", "id")`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...TENANT_REFERENCES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_${column}_same_tenant"`);
    }
    for (const table of [...TENANT_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_tenant_key"`);
    }
    await queryRunner.query(`ALTER TABLE "resolutions" DROP CONSTRAINT "FK_4ed63f10d3623ba726e2ada416e"`);
    await queryRunner.query(`ALTER TABLE "resolutions" DROP CONSTRAINT "FK_fe54ca3df4662496d9470765d69"`);
    await queryRunner.query(`ALTER TABLE "resolutions" DROP CONSTRAINT "FK_95a9c7ef34667bf68a0481e6026"`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" DROP CONSTRAINT "FK_4a369759ff63aeb5a2f1a4db62f"`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" DROP CONSTRAINT "FK_da7c4cdcde5fc0144740f66a2f8"`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" DROP CONSTRAINT "FK_3073e52dc442dadf9dc5d37364b"`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" DROP CONSTRAINT "FK_47248ed1e0c547f6325495ea456"`);
    await queryRunner.query(`ALTER TABLE "meeting_proxies" DROP CONSTRAINT "FK_b911f6e63f13a27d7ee2c82dee6"`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" DROP CONSTRAINT "FK_f30e29267fd58116d9ac680f106"`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" DROP CONSTRAINT "FK_621abbaeb3544053a04e26ae01e"`);
    await queryRunner.query(`ALTER TABLE "meeting_excusals" DROP CONSTRAINT "FK_37955c8e7b1fb8e3fd08c6a3129"`);
    await queryRunner.query(`ALTER TABLE "body_rhythms" DROP CONSTRAINT "FK_a68ffe3078504eaa080863c9f03"`);
    await queryRunner.query(`ALTER TABLE "body_rhythms" DROP CONSTRAINT "FK_249b3c5dcb132f26aa9b251a431"`);
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_a92098a9fb42aa2d418c2f44097"`);
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_a3ca60d8ae64244789c0343092f"`);
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_b6d51b3352f26d8fcdfc983ca1f"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_d1f99d742f1e9567e72046edfc8"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_b4f22d1d552a0b7cb90b845b81e"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_a4f8430dd8f3b6b4a1d83dbfb76"`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" DROP CONSTRAINT "FK_ffd091e006297dac6b8f9644c3c"`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" DROP CONSTRAINT "FK_2dc1fc4976bf89d8bdeef03493f"`);
    await queryRunner.query(`ALTER TABLE "agenda_amendments" DROP CONSTRAINT "FK_5b8ac2b4e6e770bba09bef1d7c5"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_07c417307a8a879cbe05d62bc93"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_0057f80971ca113e58e7f80d646"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_08efd29ad2be30bbf36539a06ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4be132c1e14b499e40ed3e5d26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47b6e77de78915fb5b36325b89"`);
    await queryRunner.query(`DROP TABLE "resolutions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38fc7cb44abbd3903e51b5d25c"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_proxies_one_per_principal"`);
    await queryRunner.query(`DROP TABLE "meeting_proxies"`);
    await queryRunner.query(`DROP TYPE "public"."proxy_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d29a8feb226b099e100bb5212"`);
    await queryRunner.query(`DROP TABLE "meeting_excusals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf5e340e2d3ef3297a176e7b59"`);
    await queryRunner.query(`DROP TABLE "body_rhythms"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4673bc07ef0f99dbd887d5ae77"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_one_open_stay"`);
    await queryRunner.query(`DROP TABLE "attendance_records"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_mode"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee22ec5a2d57f885ebf642a65e"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_382a881478469242b7d02c5eb0"`);
    await queryRunner.query(`DROP TABLE "agenda_amendments"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_147af5c85437905fac1a5a5b50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afad0624f2322434ee34a8ddba"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_convocation"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
  }
}

const TENANT_KEYS = ['meetings', 'agenda_items'] as const;

const TENANT_REFERENCES: readonly (readonly [table: string, column: string, target: string])[] = [
  ['body_rhythms', 'body_id', 'bodies'],
  ['meetings', 'body_id', 'bodies'],
  ['meetings', 'first_meeting_id', 'meetings'],
  ['meetings', 'chair_member_id', 'members'],
  ['agenda_items', 'meeting_id', 'meetings'],
  ['agenda_items', 'parent_id', 'agenda_items'],
  ['agenda_items', 'presenter_member_id', 'members'],
  ['resolutions', 'meeting_id', 'meetings'],
  ['resolutions', 'agenda_item_id', 'agenda_items'],
  ['agenda_amendments', 'meeting_id', 'meetings'],
  ['meeting_proxies', 'meeting_id', 'meetings'],
  ['meeting_proxies', 'principal_member_id', 'members'],
  ['meeting_proxies', 'holder_member_id', 'members'],
  ['attendance_records', 'meeting_id', 'meetings'],
  ['attendance_records', 'member_id', 'members'],
  ['meeting_excusals', 'meeting_id', 'meetings'],
  ['meeting_excusals', 'member_id', 'members'],
];
