import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GovernanceProfile, LegalForm } from '@collegial/governance';

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

  /** The statutes' rules as data, validated by libs/governance. */
  @Column({ type: 'jsonb' })
  governanceProfile: GovernanceProfile;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
