import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { presetProfile, Rational, validateCollegeWeights, validateProfile, type GovernanceProfile } from '@collegial/governance';
import { requireText } from '../common/required-text';
import type { Actor } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { TenantRepository, tenantScope } from '../common/tenant-repository';
import { College } from './college.entity';
import { underRules } from './governance-error.translation';
import { Member } from './member.entity';
import { Organisation } from './organisation.entity';

export interface CollegeDraft {
  /** An existing college to keep (renamed or reweighted); omitted for a new one. */
  id?: string | null;
  name: string;
  /** "40 %", "2/5", "0.4". */
  weight: string;
}

const COLLEGE_NAME = { fr: 'Le nom du collège', en: "The college's name" };

/**
 * Voting colleges. Their weights are set all at once, since they must sum to 100 %; the
 * organisation's governance profile carries the same list, kept in step in one transaction.
 */
@Injectable()
export class CollegesService {
  private readonly colleges: TenantRepository<College>;

  constructor(@InjectRepository(College) colleges: Repository<College>) {
    this.colleges = new TenantRepository(colleges);
  }

  list(actor: Actor): Promise<College[]> {
    return this.colleges.of(actor.organisationId).find({ order: { position: 'ASC' } });
  }

  async get(actor: Actor, collegeId: string, manager?: EntityManager): Promise<College> {
    const college = await this.colleges.of(actor.organisationId, manager).findOne({ id: collegeId });
    if (!college) throw DomainError.notFound({ fr: 'Collège', en: 'College' });
    return college;
  }

  async set(actor: Actor, drafts: readonly CollegeDraft[]): Promise<College[]> {
    const parsed = drafts.map((draft) => ({
      id: draft.id ?? null,
      name: requireText(draft.name, COLLEGE_NAME, 100),
      weight: underRules(ErrorReason.InvalidCollegeWeights, () => Rational.parse(draft.weight)),
    }));
    const names = new Set(parsed.map((c) => c.name.toLocaleLowerCase('fr')));
    if (names.size !== parsed.length) {
      throw new DomainError(ErrorReason.DuplicateName, {
        fr: 'Deux collèges ne peuvent pas porter le même nom.',
        en: 'Two colleges cannot have the same name.',
      });
    }

    return this.colleges.manager.transaction(async (manager) => {
      const organisation = await manager.getRepository(Organisation).findOne({
        where: { id: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw DomainError.notFound({ fr: 'Organisation', en: 'Organisation' });
      const bounds = organisation.governanceProfile.colleges?.bounds ?? defaultBounds(organisation);
      if (parsed.length > 0) {
        underRules(ErrorReason.InvalidCollegeWeights, () =>
          validateCollegeWeights(parsed, bounds ? { min: Rational.parse(bounds.min), max: Rational.parse(bounds.max) } : undefined),
        );
      }

      const colleges = this.colleges.of(actor.organisationId, manager);
      const existing = await colleges.find();
      const existingIds = new Set(existing.map((c) => c.id));
      const unknown = parsed.find((c) => c.id && !existingIds.has(c.id));
      if (unknown) throw DomainError.notFound({ fr: `Collège « ${unknown.name} »`, en: `College "${unknown.name}"` });

      const removed = existing.filter((c) => !parsed.some((p) => p.id === c.id));
      if (removed.length > 0) {
        const inUse = await tenantScope(manager, Member, actor.organisationId).findOne({ collegeId: In(removed.map((c) => c.id)) });
        if (inUse) {
          const college = removed.find((c) => c.id === inUse.collegeId)!;
          throw new DomainError(ErrorReason.InUse, {
            fr: `Le collège « ${college.name} » compte encore des membres : rattachez-les à un autre collège avant de le supprimer.`,
            en: `The college "${college.name}" still has members: move them to another college before removing it.`,
          });
        }
        await colleges.delete({ id: In(removed.map((c) => c.id)) });
      }

      // Names are unique: free the kept colleges' names before renaming, to allow swaps.
      for (const kept of existing.filter((c) => !removed.includes(c))) {
        await colleges.update({ id: kept.id }, { name: `~${kept.id}` });
      }
      const saved = await colleges.save(
        parsed.map((c, position) =>
          colleges.create({
            ...(c.id ? { id: c.id } : {}),
            name: c.name,
            weight: c.weight.toString(),
            position,
          }),
        ),
      );

      organisation.governanceProfile = withColleges(organisation, saved, bounds);
      await manager.getRepository(Organisation).save(organisation);
      return saved;
    });
  }
}

/**
 * A new organisation whose profile lists colleges (the SCIC preset's four) starts with
 * them as its colleges; the profile then names them by their ids.
 */
export async function seedCollegesFromProfile(manager: EntityManager, organisation: Organisation): Promise<GovernanceProfile> {
  const definitions = organisation.governanceProfile.colleges?.colleges ?? [];
  if (definitions.length === 0) return organisation.governanceProfile;
  const colleges = tenantScope(manager, College, organisation.id);
  const saved = await colleges.save(
    definitions.map((c, position) => colleges.create({ name: c.name, weight: Rational.parse(c.weight).toString(), position })),
  );
  return withColleges(organisation, saved, organisation.governanceProfile.colleges?.bounds ?? null);
}

/** A profile given by a user, with the organisation's actual colleges in place of its list. */
export async function withStoredColleges(manager: EntityManager, organisation: Organisation, profile: GovernanceProfile): Promise<GovernanceProfile> {
  const colleges = await tenantScope(manager, College, organisation.id).find({ order: { position: 'ASC' } });
  const bounds = profile.colleges?.bounds ?? defaultBounds(organisation);
  return withColleges({ ...organisation, governanceProfile: profile }, colleges, bounds);
}

function defaultBounds(organisation: Organisation): { min: string; max: string } | null {
  return organisation.legalForm === 'scic' ? (presetProfile('scic').colleges?.bounds ?? null) : null;
}

/** The profile with its colleges replaced by the saved ones (null when there are none). */
function withColleges(organisation: Organisation, colleges: College[], bounds: { min: string; max: string } | null): GovernanceProfile {
  const profile = organisation.governanceProfile;
  const rules = profile.colleges ?? presetProfile('scic').colleges;
  return validateProfile({
    ...profile,
    colleges:
      colleges.length === 0
        ? null
        : {
            ...rules,
            bounds,
            colleges: colleges.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
          },
  });
}
