import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '../../core/locale/locale';

/**
 * A request to create an account, waiting for its e-mail address to be confirmed through
 * the link mailed to it. Only a hash of the link's token is stored; it works once, until
 * `expiresAt`. Not tenant-scoped: no organisation is involved yet.
 */
@Entity('registration_requests')
export class RegistrationRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  /** The language asked for at registration: of the mail, then of the account. */
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: Locale;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
