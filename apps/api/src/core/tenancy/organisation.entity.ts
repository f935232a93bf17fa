import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { validateProfile, type GovernanceProfile, type LegalForm } from '@collegial/governance';

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: ['association', 'scop', 'scic', 'other'], enumName: 'legal_form' })
  legalForm: LegalForm;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** RNA (W + 9 digits) for an association, SIREN (9 digits) for a company. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  registrationNumber: string | null;

  /** IANA time zone where the organisation meets: "today" for its mandates and deadlines. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Paris' })
  timeZone: string;

  /**
   * The statutes' rules as data, validated by libs/governance when stored, and read
   * through it too, so a profile stored in an older shape reaches the code in today's.
   */
  @Column({
    type: 'jsonb',
    transformer: { to: (profile: GovernanceProfile) => profile, from: (stored: unknown) => (stored ? validateProfile(stored) : stored) },
  })
  governanceProfile: GovernanceProfile;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
