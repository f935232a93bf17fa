import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { In } from 'typeorm';
import { presetProfile, validateProfile, type GovernanceProfile, type LegalForm, type PlainDate, type PresetKind } from '@collegial/governance';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { underRules } from '../core/errors/governance-error.translation';
import { Organisation } from '../core/tenancy/organisation.entity';
import { optionalText, requireText } from '../core/text/required-text';
import { Transactions } from '../core/transactions/transactions';
import { normaliseRegistrationNumber } from './registration-number';
import { Clock, DEFAULT_TIME_ZONE, isTimeZone } from '../core/clock/clock';

export interface OrganisationDetails {
  name?: string;
  address?: string | null;
  registrationNumber?: string | null;
  timeZone?: string | null;
}

export interface NewOrganisation extends OrganisationDetails {
  name: string;
  legalForm: LegalForm;
  /** Start from this preset (e.g. steeringCommittee for a city's committee); defaults to the legal form's. */
  preset?: PresetKind | null;
  /** The statutes' rules in full; overrides the preset. */
  governanceProfile?: unknown;
}

/** What another feature adds to a new organisation, inside its creation transaction. */
export type CreationStep = (organisation: Organisation, creatorAccountId: string) => Promise<void>;

const NAME = { fr: 'Le nom', en: 'The name' };
const NOT_FOUND = { fr: 'Organisation', en: 'Organisation' };

/**
 * Organisations and their governance profile (the statutes' rules). Features that hang
 * off a new organisation (its colleges, its creator's access) register a creation step,
 * so this feature does not depend on them.
 */
@Injectable()
export class OrganisationsService {
  private readonly creationSteps: CreationStep[] = [];

  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  addCreationStep(step: CreationStep): void {
    this.creationSteps.push(step);
  }

  /** The creator becomes the organisation's admin (a creation step of the access feature). */
  @Transactional()
  async create(accountId: string, input: NewOrganisation): Promise<Organisation> {
    // A preset is a starting point: it takes the organisation's legal form. A full profile must match it.
    const governanceProfile = this.checkedProfile(
      input.governanceProfile ?? { ...presetProfile(input.preset ?? input.legalForm), legalForm: input.legalForm },
      input.legalForm,
    );
    const name = requireText(input.name, NAME);
    const registrationNumber = normaliseRegistrationNumber(input.registrationNumber);
    const repository = this.repository();
    const organisation = await repository.save(
      repository.create({
        name,
        legalForm: input.legalForm,
        address: optionalText(input.address),
        registrationNumber,
        timeZone: checkedTimeZone(input.timeZone),
        governanceProfile,
      }),
    );
    for (const step of this.creationSteps) await step(organisation, accountId);
    return this.get({ accountId, organisationId: organisation.id, role: 'admin' });
  }

  async get(actor: Actor): Promise<Organisation> {
    const organisation = await this.repository().findOne({ where: { id: actor.organisationId } });
    if (!organisation) throw DomainError.notFound(NOT_FOUND);
    return organisation;
  }

  @Transactional()
  async update(actor: Actor, changes: OrganisationDetails): Promise<Organisation> {
    const organisation = await this.lockForChange(actor);
    if (changes.name !== undefined) organisation.name = requireText(changes.name, NAME);
    if (changes.address !== undefined) organisation.address = optionalText(changes.address);
    if (changes.registrationNumber !== undefined) {
      organisation.registrationNumber = normaliseRegistrationNumber(changes.registrationNumber);
    }
    if (changes.timeZone !== undefined) organisation.timeZone = checkedTimeZone(changes.timeZone);
    return this.repository().save(organisation);
  }

  /** Replaces the rules; the list of colleges stays the organisation's (setColleges changes it). */
  @Transactional()
  async updateGovernanceProfile(actor: Actor, profile: unknown): Promise<Organisation> {
    const organisation = await this.lockForChange(actor);
    const checked = this.checkedProfile(profile, organisation.legalForm);
    // The list of colleges (ids, names, weights) stays the stored one; the rules of each
    // (block vote, merging) and of all come from the new profile.
    const stored = organisation.governanceProfile.colleges;
    const rules = checked.colleges ?? stored;
    const given = new Map((checked.colleges?.colleges ?? []).map((c) => [c.id, c]));
    const colleges = stored?.colleges.map((c) => {
      const { mergeInto, blockVote } = given.get(c.id) ?? (checked.colleges ? {} : c);
      return { id: c.id, name: c.name, weight: c.weight, ...(mergeInto ? { mergeInto } : {}), ...(blockVote ? { blockVote } : {}) };
    });
    organisation.governanceProfile = underRules(ErrorReason.InvalidGovernanceProfile, () =>
      validateProfile({
        ...checked,
        colleges: stored && rules && colleges ? { ...rules, bounds: checked.colleges?.bounds ?? stored.bounds, colleges } : null,
      }),
    );
    return this.repository().save(organisation);
  }

  /** Organisations by id, for what an account may reach (the access feature decides which). */
  findMany(organisationIds: readonly string[]): Promise<Organisation[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.repository().find({ where: { id: In([...organisationIds]) } });
  }

  async profileOf(organisationId: string): Promise<GovernanceProfile> {
    const organisation = await this.repository().findOne({ where: { id: organisationId }, select: { id: true, governanceProfile: true } });
    if (!organisation) throw DomainError.notFound(NOT_FOUND);
    return organisation.governanceProfile;
  }

  /** Today's date where the organisation is. */
  async today(organisationId: string): Promise<PlainDate> {
    const organisation = await this.repository().findOne({ where: { id: organisationId }, select: { id: true, timeZone: true } });
    if (!organisation) throw DomainError.notFound(NOT_FOUND);
    return this.clock.today(organisation.timeZone);
  }

  /** The organisation's name, for what is shown outside it (an invitation). */
  async nameOf(organisationId: string): Promise<string> {
    const organisation = await this.repository().findOne({ where: { id: organisationId }, select: { id: true, name: true } });
    if (!organisation) throw DomainError.notFound(NOT_FOUND);
    return organisation.name;
  }

  /**
   * The organisation, its row locked until the current transaction ends: changes to its
   * rules and colleges happen one at a time. Call inside a transaction.
   */
  async lockForChange(actor: Actor): Promise<Organisation> {
    const organisation = await this.repository().findOne({ where: { id: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
    if (!organisation) throw DomainError.notFound(NOT_FOUND);
    return organisation;
  }

  /** Stores a profile derived by another feature (colleges), validated. */
  async storeProfile(actor: Actor, profile: GovernanceProfile): Promise<void> {
    const checked = underRules(ErrorReason.InvalidGovernanceProfile, () => validateProfile(profile));
    await this.repository().update({ id: actor.organisationId }, { governanceProfile: checked });
  }

  private repository() {
    return this.transactions.tx.getRepository(Organisation);
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

/** An IANA time zone, or the default when none is given. */
function checkedTimeZone(timeZone: string | null | undefined): string {
  const zone = timeZone?.trim();
  if (!zone) return DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) {
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `« ${zone.slice(0, 64)} » n'est pas un fuseau horaire connu (par exemple « Europe/Paris » ou « America/Cayenne »).`,
      en: `"${zone.slice(0, 64)}" is not a known time zone (for example "Europe/Paris" or "America/Cayenne").`,
    });
  }
  return zone;
}
