import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { presetProfile, validateProfile, type GovernanceProfile, type LegalForm } from '@collegial/governance';
import type { AccountRole } from '../auth/account-role.entity';
import { AccountRolesService } from '../auth/account-roles.service';
import { requireText } from '../common/required-text';
import type { Actor } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { seedCollegesFromProfile, withStoredColleges } from './colleges.service';
import { underRules } from './governance-error.translation';
import { Organisation } from './organisation.entity';
import { normaliseRegistrationNumber } from './registration-number';

export interface OrganisationDetails {
  name?: string;
  address?: string | null;
  registrationNumber?: string | null;
}

export interface NewOrganisation extends OrganisationDetails {
  name: string;
  legalForm: LegalForm;
  /** Start from this preset (e.g. steeringCommittee for a city's committee); defaults to the legal form's. */
  preset?: LegalForm | 'steeringCommittee' | null;
  /** The statutes' rules in full; overrides the preset. */
  governanceProfile?: unknown;
}

const NAME = { fr: 'Le nom', en: 'The name' };

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly roles: AccountRolesService,
  ) {}

  /** The creator becomes the organisation's admin. */
  async create(accountId: string, input: NewOrganisation): Promise<Organisation> {
    // A preset is a starting point: it takes the organisation's legal form. A full profile must match it.
    const governanceProfile = this.checkedProfile(
      input.governanceProfile ?? { ...presetProfile(input.preset ?? input.legalForm), legalForm: input.legalForm },
      input.legalForm,
    );
    const name = requireText(input.name, NAME);
    const registrationNumber = normaliseRegistrationNumber(input.registrationNumber);
    return this.organisations.manager.transaction(async (manager) => {
      const organisation = await manager.getRepository(Organisation).save(
        manager.getRepository(Organisation).create({
          name,
          legalForm: input.legalForm,
          address: input.address?.trim() || null,
          registrationNumber,
          governanceProfile,
        }),
      );
      organisation.governanceProfile = await seedCollegesFromProfile(manager, organisation);
      await manager.getRepository(Organisation).save(organisation);
      await this.roles.grant(organisation.id, accountId, 'admin', manager);
      return organisation;
    });
  }

  async get(actor: Actor): Promise<Organisation> {
    const organisation = await this.organisations.findOne({ where: { id: actor.organisationId } });
    if (!organisation) throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
    return organisation;
  }

  async update(actor: Actor, changes: OrganisationDetails): Promise<Organisation> {
    const organisation = await this.get(actor);
    if (changes.name !== undefined) organisation.name = requireText(changes.name, NAME);
    if (changes.address !== undefined) organisation.address = changes.address?.trim() || null;
    if (changes.registrationNumber !== undefined) {
      organisation.registrationNumber = normaliseRegistrationNumber(changes.registrationNumber);
    }
    return this.organisations.save(organisation);
  }

  /** Replaces the rules; the list of colleges stays the organisation's (setColleges changes it). */
  async updateGovernanceProfile(actor: Actor, profile: unknown): Promise<Organisation> {
    return this.organisations.manager.transaction(async (manager) => {
      const repository = manager.getRepository(Organisation);
      const organisation = await repository.findOne({ where: { id: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
      const checked = this.checkedProfile(profile, organisation.legalForm);
      organisation.governanceProfile = await withStoredColleges(manager, organisation, checked);
      return repository.save(organisation);
    });
  }

  /** The organisations the account belongs to, with its role in each. */
  async listForAccount(accountId: string): Promise<{ organisation: Organisation; role: AccountRole['role'] }[]> {
    const roles = await this.roles.listForAccount(accountId);
    if (roles.length === 0) return [];
    const organisations = await this.organisations.find({ where: { id: In(roles.map((r) => r.organisationId)) } });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return roles
      .filter((r) => byId.has(r.organisationId))
      .map((r) => ({ organisation: byId.get(r.organisationId)!, role: r.role }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fr'));
  }

  async profileOf(organisationId: string): Promise<GovernanceProfile> {
    const organisation = await this.organisations.findOne({ where: { id: organisationId }, select: { id: true, governanceProfile: true } });
    if (!organisation) throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
    return organisation.governanceProfile;
  }

  /** A valid profile for this legal form. */
  private checkedProfile(profile: unknown, legalForm: LegalForm): GovernanceProfile {
    const checked = underRules(ErrorReason.InvalidGovernanceProfile, () => validateProfile(profile));
    if (checked.legalForm !== legalForm) {
      throw new DomainError(ErrorReason.InvalidGovernanceProfile, {
        fr: `Ce profil de gouvernance est celui d'une autre forme juridique (${checked.legalForm}) que celle de l'organisation (${legalForm}).`,
        en: `This governance profile is for another legal form (${checked.legalForm}) than the organisation's (${legalForm}).`,
      });
    }
    return checked;
  }
}
