import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (no entity): the table of @socket.io/postgres-adapter, where it keeps the
 * messages between api instances too large for a NOTIFY (over 8,000 bytes) for a short while.
 * Not a tenant table: it holds transient broadcast packets, never read by the application.
 */
export class LiveAttachments1796526760975 implements MigrationInterface {
  name = 'LiveAttachments1796526760975';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "socket_io_attachments" ("id" bigserial NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payload" bytea, CONSTRAINT "PK_socket_io_attachments" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
  }
}
