import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { BodyKind } from '@collegial/governance';
import { requireText } from '../common/required-text';
import type { Actor } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { isUniqueViolation } from '../common/postgres-errors';
import { TenantRepository } from '../common/tenant-repository';
import { Body } from './body.entity';

export interface BodyDraft {
  kind: BodyKind;
  name: string;
}

const NAME = { fr: "Le nom de l'instance", en: "The body's name" };

/** The organisation's bodies (instances): general assembly, board, bureau, committees. */
@Injectable()
export class BodiesService {
  private readonly bodies: TenantRepository<Body>;

  constructor(@InjectRepository(Body) bodies: Repository<Body>) {
    this.bodies = new TenantRepository(bodies);
  }

  /** By kind in the enum's order (general assembly first), then by name. */
  list(actor: Actor): Promise<Body[]> {
    return this.bodies.of(actor.organisationId).find({ order: { kind: 'ASC', name: 'ASC' } });
  }

  async get(actor: Actor, bodyId: string, manager?: EntityManager): Promise<Body> {
    const body = await this.bodies.of(actor.organisationId, manager).findOne({ id: bodyId });
    if (!body) throw DomainError.notFound({ fr: 'Instance', en: 'Body' });
    return body;
  }

  async create(actor: Actor, draft: BodyDraft): Promise<Body> {
    const name = requireText(draft.name, NAME);
    return this.save(actor, this.bodies.of(actor.organisationId).create({ kind: draft.kind, name }));
  }

  async rename(actor: Actor, bodyId: string, name: string): Promise<Body> {
    const body = await this.get(actor, bodyId);
    body.name = requireText(name, NAME);
    return this.save(actor, body);
  }

  private async save(actor: Actor, body: Body): Promise<Body> {
    try {
      return await this.bodies.of(actor.organisationId).save(body);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorReason.DuplicateName, {
          fr: `L'organisation a déjà une instance nommée « ${body.name} ».`,
          en: `The organisation already has a body named "${body.name}".`,
        });
      }
      throw error;
    }
  }
}
