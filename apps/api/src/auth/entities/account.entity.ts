import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { Locale } from '../../core/locale/locale';

/** A person who logs in. Not tenant-scoped: one account may act in several organisations. */
@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  email: string;

  /** bcrypt hash; null until an invited person sets a password. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
