import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { In } from 'typeorm';
import { presetProfile, Rational, validateCollegeWeights, type GovernanceProfile } from '@collegial/governance';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { underRules } from '../core/errors/governance-error.translation';
import { isForeignKeyViolation } from '../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../core/tenancy/tenant-repository';
import type { Organisation } from '../core/tenancy/organisation.entity';
import { requireText } from '../core/text/required-text';
import { OrganisationsService } from '../organisations/organisations.service';
import { College } from './college.entity';

export interface CollegeDraft {
  /** An existing college to keep (renamed or reweighted); omitted for a new one. */
  id?: string | null;
  name: string;
  /** "40 %", "2/5", "0.4". */
  weight: string;
}

type CollegeBounds = { min: string; max: string } | null;

const COLLEGE_NAME = { fr: 'Le nom du collège', en: "The college's name" };

/**
 * Voting colleges. Their weights are set all at once, since they must sum to 100 %; the
 * organisation's governance profile carries the same list, kept in step in one transaction.
 */
@Injectable()
export class CollegesService implements OnModuleInit {
  constructor(
    @InjectTenantRepository(College) private readonly colleges: TenantRepository<College>,
    private readonly organisations: OrganisationsService,
  ) {}

  /** A new organisation whose profile lists colleges (the SCIC preset's four) starts with them. */
  onModuleInit(): void {
    this.organisations.addCreationStep((organisation) => this.seedFromProfile(organisation));
  }

  list(actor: Actor): Promise<College[]> {
    return this.colleges.of(actor.organisationId).find({ order: { position: 'ASC' } });
  }

  async get(actor: Actor, collegeId: string): Promise<College> {
    const college = await this.colleges.of(actor.organisationId).findOne({ id: collegeId });
    if (!college) throw DomainError.notFound({ fr: 'Collège', en: 'College' });
    return college;
  }

  @Transactional()
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
    const ids = parsed.map((c) => c.id).filter((id): id is string => id !== null);
    if (new Set(ids).size !== ids.length) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: 'Le même collège figure deux fois dans la liste.',
        en: 'The same college is listed twice.',
      });
    }

    // The organisation's row is locked: concurrent changes of colleges or rules wait their turn.
    const organisation = await this.organisations.lockForChange(actor);
    const bounds = organisation.governanceProfile.colleges?.bounds ?? defaultBounds(organisation);
    if (parsed.length > 0) {
      underRules(ErrorReason.InvalidCollegeWeights, () =>
        validateCollegeWeights(parsed, bounds ? { min: Rational.parse(bounds.min), max: Rational.parse(bounds.max) } : undefined),
      );
    }

    const colleges = this.colleges.of(actor.organisationId);
    const existing = await colleges.find();
    const existingIds = new Set(existing.map((c) => c.id));
    const unknown = parsed.find((c) => c.id && !existingIds.has(c.id));
    if (unknown) throw DomainError.notFound({ fr: `Collège « ${unknown.name} »`, en: `College "${unknown.name}"` });

    // A college that still has members cannot go: the database refuses (members.college_id
    // restricts deletes), one college at a time so the refusal names it.
    for (const college of existing.filter((c) => !parsed.some((p) => p.id === c.id))) {
      try {
        await colleges.delete({ id: college.id });
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        throw new DomainError(ErrorReason.InUse, {
          fr: `Le collège « ${college.name} » compte encore des membres : rattachez-les à un autre collège avant de le supprimer.`,
          en: `The college "${college.name}" still has members: move them to another college before removing it.`,
        });
      }
    }

    // Names are unique: free the kept colleges' names before renaming, to allow swaps.
    const kept = existing.filter((c) => parsed.some((p) => p.id === c.id));
    if (kept.length > 0) {
      for (const college of kept) await colleges.update({ id: college.id }, { name: `~${college.id}` });
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
    await this.organisations.storeProfile(actor, withColleges(organisation.governanceProfile, saved, bounds));
    return saved;
  }

  /** Colleges of the given ids that belong to the actor's organisation. */
  async existing(actor: Actor, collegeIds: readonly string[]): Promise<College[]> {
    if (collegeIds.length === 0) return [];
    return this.colleges.of(actor.organisationId).find({ where: { id: In([...collegeIds]) } });
  }

  /** Runs inside the organisation's creation transaction. */
  private async seedFromProfile(organisation: Organisation): Promise<void> {
    const definitions = organisation.governanceProfile.colleges?.colleges ?? [];
    if (definitions.length === 0) return;
    const colleges = this.colleges.of(organisation.id);
    const saved = await colleges.save(
      definitions.map((c, position) => colleges.create({ name: c.name, weight: Rational.parse(c.weight).toString(), position })),
    );
    const actor: Actor = { accountId: '', organisationId: organisation.id, role: 'admin' };
    // The preset names its colleges by its own ids; from now on they are the stored ones.
    const storedIds = new Map(definitions.map((c, position) => [c.id, saved[position].id]));
    organisation.governanceProfile = withColleges(organisation.governanceProfile, saved, organisation.governanceProfile.colleges?.bounds ?? null, storedIds);
    await this.organisations.storeProfile(actor, organisation.governanceProfile);
  }
}

function defaultBounds(organisation: Organisation): CollegeBounds {
  return organisation.legalForm === 'scic' ? (presetProfile('scic').colleges?.bounds ?? null) : null;
}

/**
 * The profile with its colleges replaced by the saved ones (null when there are none).
 * Each college keeps the rules the profile gave it (block vote, merging into another
 * college), found by its id: `previousIds` maps the profile's former ids to the stored ones.
 */
function withColleges(
  profile: GovernanceProfile,
  colleges: College[],
  bounds: CollegeBounds,
  previousIds: ReadonlyMap<string, string> = new Map(),
): GovernanceProfile {
  const rules = profile.colleges ?? presetProfile('scic').colleges;
  const storedId = (id: string) => previousIds.get(id) ?? id;
  const options = new Map((profile.colleges?.colleges ?? []).map((c) => [storedId(c.id), c]));
  const kept = new Set(colleges.map((c) => c.id));
  return {
    ...profile,
    colleges:
      colleges.length === 0
        ? null
        : {
            ...rules!,
            bounds,
            colleges: colleges.map((c) => {
              const previous = options.get(c.id);
              const mergeInto = previous?.mergeInto ? storedId(previous.mergeInto) : undefined;
              return {
                id: c.id,
                name: c.name,
                weight: c.weight,
                ...(mergeInto && kept.has(mergeInto) ? { mergeInto } : {}),
                ...(previous?.blockVote ? { blockVote: previous.blockVote } : {}),
              };
            }),
          },
  };
}
