import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BodyKind } from '@collegial/governance';
import { Organisation } from './organisation.entity';

export const BODY_KINDS: readonly BodyKind[] = [
  'generalAssembly',
  'board',
  'bureau',
  'supervisoryBoard',
  'steeringCommittee',
  'workingGroup',
];

/** An instance of the organisation: its general assembly, its board, a steering committee... */
@Entity('bodies')
@Index(['organisationId', 'name'], { unique: true })
export class Body {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'enum', enum: BODY_KINDS, enumName: 'body_kind' })
  kind: BodyKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
