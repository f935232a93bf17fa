import { Injectable } from '@nestjs/common';
import type { BodyKind } from '@collegial/governance';
import { requireText } from '../core/text/required-text';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { isUniqueViolation } from '../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../core/tenancy/tenant-repository';
import { Body } from './body.entity';

export interface BodyDraft {
  kind: BodyKind;
  name: string;
}

const NAME = { fr: "Le nom de l'instance", en: "The body's name" };

/** The organisation's bodies (instances): general assembly, board, bureau, committees. */
@Injectable()
export class BodiesService {
  constructor(@InjectTenantRepository(Body) private readonly bodies: TenantRepository<Body>) {}

  /** By kind in the enum's order (general assembly first), then by name. */
  list(actor: Actor): Promise<Body[]> {
    return this.bodies.of(actor.organisationId).find({ order: { kind: 'ASC', name: 'ASC' } });
  }

  async get(actor: Actor, bodyId: string): Promise<Body> {
    const body = await this.bodies.of(actor.organisationId).findOne({ id: bodyId });
    if (!body) throw DomainError.notFound({ fr: 'Instance', en: 'Body' });
    return body;
  }

  /** The body, its row locked until the current transaction ends: its mandates change one use case at a time. */
  async lock(actor: Actor, bodyId: string): Promise<Body> {
    const body = await this.bodies.of(actor.organisationId).findOne({ id: bodyId }, { lock: { mode: 'pessimistic_write' } });
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
