import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { AccountRole, type OrganisationRole } from './account-role.entity';

const RANK: Record<OrganisationRole, number> = { observer: 0, member: 1, secretary: 2, admin: 3 };

/** Whether `role` is at least `minimum` (admin > secretary > member > observer). */
export function roleSatisfies(role: OrganisationRole, minimum: OrganisationRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/** Who may do what in which organisation. */
@Injectable()
export class AccountRolesService {
  constructor(@InjectRepository(AccountRole) private readonly roles: Repository<AccountRole>) {}

  async roleOf(accountId: string, organisationId: string): Promise<OrganisationRole | null> {
    const row = await this.roles.findOne({ where: { accountId, organisationId } });
    return row?.role ?? null;
  }

  listForAccount(accountId: string): Promise<AccountRole[]> {
    return this.roles.find({ where: { accountId }, order: { createdAt: 'ASC' } });
  }

  listForOrganisation(actor: Actor): Promise<AccountRole[]> {
    return this.roles.find({ where: { organisationId: actor.organisationId }, order: { createdAt: 'ASC' } });
  }

  /** Gives an account a role; an account already in the organisation keeps the higher role. */
  async grant(organisationId: string, accountId: string, role: OrganisationRole, manager?: EntityManager): Promise<AccountRole> {
    const repository = manager ? manager.getRepository(AccountRole) : this.roles;
    const existing = await repository.findOne({ where: { organisationId, accountId } });
    if (existing) {
      if (roleSatisfies(existing.role, role)) return existing;
      existing.role = role;
      return repository.save(existing);
    }
    return repository.save(repository.create({ organisationId, accountId, role }));
  }

  /** Changes or removes (role null) an account's access; an organisation always keeps an admin. */
  async change(actor: Actor, accountId: string, role: OrganisationRole | null): Promise<AccountRole | null> {
    return this.roles.manager.transaction(async (manager) => {
      const repository = manager.getRepository(AccountRole);
      const existing = await repository.findOne({
        where: { organisationId: actor.organisationId, accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw DomainError.notFound({ fr: 'Accès', en: 'Access' });
      if (existing.role === 'admin' && role !== 'admin') {
        const admins = await repository
          .createQueryBuilder('r')
          .setLock('pessimistic_write')
          .where('r.organisation_id = :organisationId AND r.role = :admin', { organisationId: actor.organisationId, admin: 'admin' })
          .getMany();
        if (admins.length <= 1) {
          throw new DomainError(ErrorReason.LastAdmin, {
            fr: "L'organisation doit garder au moins un administrateur : nommez-en un autre d'abord.",
            en: 'The organisation must keep at least one admin: appoint another one first.',
          });
        }
      }
      if (role === null) {
        await repository.delete({ id: existing.id });
        return null;
      }
      existing.role = role;
      return repository.save(existing);
    });
  }
}
