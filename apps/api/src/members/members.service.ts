import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Brackets, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { Page, PageRequest } from '../core/graphql/connection';
import { compareDates, type PlainDate } from '@collegial/governance';
import { normaliseEmail } from '../auth/passwords/credentials-policy';
import { optionalText, requireText } from '../core/text/required-text';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { isUniqueViolation } from '../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository, type TenantScope } from '../core/tenancy/tenant-repository';
import { CollegesService } from '../colleges/colleges.service';
import { MemberRepresentative } from './member-representative.entity';
import { Member, type MemberKind } from './member.entity';

export interface RepresentativeDraft {
  name: string;
  email?: string | null;
}

export interface MemberDraft {
  kind: MemberKind;
  name: string;
  email?: string | null;
  postalAddress?: string | null;
  birthDate?: PlainDate | null;
  joinedOn: PlainDate;
  collegeId?: string | null;
  hasVotingRights?: boolean;
  votingRightsReason?: string | null;
  eNoticeConsent?: boolean;
  /** For a legal entity: the person who speaks and votes for it. */
  representative?: RepresentativeDraft | null;
}

export type MemberChanges = Partial<Pick<MemberDraft, 'name' | 'email' | 'postalAddress' | 'birthDate' | 'joinedOn' | 'collegeId'>>;

export interface MemberFilter {
  /** Members on that date (joined on or before, not yet left). */
  activeOn?: PlainDate | null;
  collegeId?: string | null;
  /** Include members who have left (ignored with activeOn). */
  includeLeft?: boolean | null;
  /** Part of the name, accents and case aside. */
  search?: string | null;
}

/** A college as the rules of a member need it. */
interface CollegeName {
  id: string;
  name: string;
}

/** A draft as the member it would make, not yet saved, with what the rules refuse in it. */
interface PreparedMember {
  member: Member;
  representative: { name: string; email: string | null } | null;
  problems: DomainError[];
}

const NAME = { fr: 'Le nom', en: 'The name' };
const REPRESENTATIVE_NAME = { fr: 'Le nom du représentant', en: "The representative's name" };

/** Members of an organisation: people and legal entities, their college, vote and consent. */
@Injectable()
export class MembersService {
  constructor(
    @InjectTenantRepository(Member) private readonly members: TenantRepository<Member>,
    @InjectTenantRepository(MemberRepresentative) private readonly representatives: TenantRepository<MemberRepresentative>,
    private readonly colleges: CollegesService,
  ) {}

  /** Every member matching the filter, by name. */
  async list(actor: Actor, filter: MemberFilter = {}): Promise<Member[]> {
    return this.filtered(actor, filter).getMany();
  }

  /** One page of the members matching the filter, by name, with the total count. */
  async page(actor: Actor, filter: MemberFilter, page: PageRequest): Promise<Page<Member>> {
    const [items, totalCount] = await this.filtered(actor, filter).skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount, offset: page.offset };
  }

  private filtered(actor: Actor, filter: MemberFilter): SelectQueryBuilder<Member> {
    const query = this.members.of(actor.organisationId).query('m').leftJoinAndSelect('m.college', 'college').orderBy('m.name', 'ASC').addOrderBy('m.id', 'ASC');
    if (filter.activeOn) {
      query
        .andWhere('m.joined_on <= :on', { on: filter.activeOn })
        .andWhere(new Brackets((q) => q.where('m.left_on IS NULL').orWhere('m.left_on > :on', { on: filter.activeOn })));
    } else if (!filter.includeLeft) {
      query.andWhere('m.left_on IS NULL');
    }
    if (filter.collegeId) query.andWhere('m.college_id = :collegeId', { collegeId: filter.collegeId });
    const search = filter.search?.trim();
    if (search) {
      // Accents and case aside: "helene" finds "Hélène".
      query.andWhere("unaccent(m.name) ILIKE '%' || unaccent(:search) || '%' ESCAPE '\\'", {
        search: search.replace(/[\\%_]/g, (c) => `\\${c}`),
      });
    }
    return query;
  }

  async get(actor: Actor, memberId: string): Promise<Member> {
    const member = await this.members.of(actor.organisationId).findOne({ id: memberId }, { relations: { college: true } });
    if (!member) throw DomainError.notFound({ fr: 'Membre', en: 'Member' });
    return member;
  }

  /** The member an account is in an organisation (who votes from a session), or null. */
  async ofAccount(organisationId: string, accountId: string): Promise<Member | null> {
    return this.members.of(organisationId).findOne({ accountId });
  }

  /** Name and birth date of members by id, for another feature's lists (a ballot's votes held, its candidates). */
  async summariesOf(organisationId: string, memberIds: readonly string[]): Promise<Map<string, Pick<Member, 'name' | 'birthDate'>>> {
    if (memberIds.length === 0) return new Map();
    const rows = await this.members.of(organisationId).find({ where: { id: In([...new Set(memberIds)]) }, select: { id: true, name: true, birthDate: true } });
    return new Map(rows.map((m) => [m.id, { name: m.name, birthDate: m.birthDate }]));
  }

  /** The member, its row locked until the current transaction ends (concurrent changes wait). */
  private async lock(actor: Actor, memberId: string): Promise<Member> {
    const member = await this.members.of(actor.organisationId).findOne({ id: memberId }, { lock: { mode: 'pessimistic_write' } });
    if (!member) throw DomainError.notFound({ fr: 'Membre', en: 'Member' });
    return member;
  }

  /** Representatives of legal-entity members, current and past, for many members at once. */
  async representativesOf(actor: Pick<Actor, 'organisationId'>, memberIds: readonly string[]): Promise<Map<string, MemberRepresentative[]>> {
    const rows =
      memberIds.length === 0
        ? []
        : await this.representatives.of(actor.organisationId).find({ where: { memberId: In([...memberIds]) }, order: { sinceOn: 'DESC' } });
    const byMember = new Map<string, MemberRepresentative[]>();
    for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
    return byMember;
  }

  @Transactional()
  async add(actor: Actor, draft: MemberDraft): Promise<Member> {
    const [prepared] = await this.prepareAll(actor, [draft]);
    if (prepared.problems.length > 0) throw prepared.problems[0];
    const saved = await this.saveMember(this.members.of(actor.organisationId), prepared.member);
    if (prepared.representative) await this.openRepresentative(saved, prepared.representative, saved.joinedOn);
    return this.get(actor, saved.id);
  }

  /**
   * What the rules say of each draft, without saving anything: the problems of each (empty
   * when it may be added), including an e-mail another member already has. Drafts are
   * checked one by one: two drafts sharing an address are the caller's to notice.
   */
  async check(actor: Actor, drafts: readonly MemberDraft[]): Promise<DomainError[][]> {
    return (await this.prepareAll(actor, drafts)).map((prepared) => prepared.problems);
  }

  /** Adds every draft in one transaction, or none: the first problem refuses the whole list. */
  @Transactional()
  async addMany(actor: Actor, drafts: readonly MemberDraft[]): Promise<number> {
    const prepared = await this.prepareAll(actor, drafts);
    const problem = prepared.find((p) => p.problems.length > 0)?.problems[0];
    if (problem) throw problem;
    const emails = prepared.map((p) => p.member.email).filter((email): email is string => email !== null);
    const repeated = emails.find((email, index) => emails.indexOf(email) !== index);
    if (repeated) throw this.duplicateEmail(repeated);
    const members = this.members.of(actor.organisationId);
    for (let start = 0; start < prepared.length; start += 500) {
      const chunk = prepared.slice(start, start + 500);
      const saved = await this.saveMembers(
        members,
        chunk.map((p) => p.member),
      );
      const representatives = this.representatives.of(actor.organisationId);
      const opened = chunk.flatMap((p, index) =>
        p.representative
          ? [
              representatives.create({
                memberId: saved[index].id,
                name: p.representative.name,
                email: p.representative.email,
                sinceOn: saved[index].joinedOn,
                untilOn: null,
              }),
            ]
          : [],
      );
      if (opened.length > 0) await representatives.save(opened);
    }
    return prepared.length;
  }

  /** Each draft as the member it would make, with what the rules refuse in it (in the order they are checked). */
  private async prepareAll(actor: Actor, drafts: readonly MemberDraft[]): Promise<PreparedMember[]> {
    const colleges = await this.colleges.list(actor);
    const members = this.members.of(actor.organisationId);
    const prepared = drafts.map((draft) => this.prepare(members, colleges, draft));
    const emails = [...new Set(prepared.map((p) => p.member.email).filter((email): email is string => email !== null))];
    if (emails.length > 0) {
      const taken = new Set(
        (await members.query('m').select(['m.email']).andWhere('m.email IN (:...emails)', { emails }).getMany()).map((m) => m.email!.toLowerCase()),
      );
      for (const p of prepared) if (p.member.email && taken.has(p.member.email)) p.problems.push(this.duplicateEmail(p.member.email));
    }
    return prepared;
  }

  private prepare(members: TenantScope<Member>, colleges: readonly CollegeName[], draft: MemberDraft): PreparedMember {
    const problems: DomainError[] = [];
    const attempt = <T>(rule: () => T, fallback: T): T => {
      try {
        return rule();
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push(error);
        return fallback;
      }
    };
    const collegeId = attempt(() => this.checkedCollege(colleges, draft.collegeId ?? null), null);
    attempt(() => {
      if (draft.kind === 'naturalPerson' && draft.representative) {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: 'Seule une personne morale a un représentant.',
          en: 'Only a legal entity has a representative.',
        });
      }
    }, undefined);
    attempt(() => this.checkDates(draft.joinedOn, null, draft.birthDate ?? null), undefined);
    const hasVotingRights = draft.hasVotingRights ?? true;
    const name = attempt(() => requireText(draft.name, NAME), '');
    const email = attempt(() => (draft.email ? normaliseEmail(draft.email) : null), null);
    const votingRightsReason = attempt(() => this.votingRightsReason(hasVotingRights, draft.votingRightsReason), null);
    if (draft.eNoticeConsent && !draft.email) problems.push(this.consentWithoutEmail(name || draft.name));
    const representative =
      draft.kind === 'legalEntity' && draft.representative
        ? {
            name: attempt(() => requireText(draft.representative!.name, REPRESENTATIVE_NAME), ''),
            email: attempt(() => (draft.representative!.email ? normaliseEmail(draft.representative!.email) : null), null),
          }
        : null;
    const member = members.create({
      kind: draft.kind,
      name,
      email,
      postalAddress: optionalText(draft.postalAddress),
      birthDate: draft.kind === 'naturalPerson' ? (draft.birthDate ?? null) : null,
      joinedOn: draft.joinedOn,
      leftOn: null,
      hasVotingRights,
      votingRightsReason,
      collegeId,
      eNoticeConsent: draft.eNoticeConsent ?? false,
      eNoticeConsentAt: draft.eNoticeConsent ? new Date() : null,
      accountId: null,
    });
    return { member, representative, problems };
  }

  @Transactional()
  async update(actor: Actor, memberId: string, changes: MemberChanges): Promise<Member> {
    {
      const member = await this.lock(actor, memberId);
      if (changes.name !== undefined) member.name = requireText(changes.name, NAME);
      if (changes.email !== undefined) member.email = changes.email ? normaliseEmail(changes.email) : null;
      if (changes.postalAddress !== undefined) member.postalAddress = optionalText(changes.postalAddress);
      if (changes.birthDate !== undefined) member.birthDate = changes.birthDate;
      if (changes.joinedOn !== undefined && changes.joinedOn !== null) member.joinedOn = changes.joinedOn;
      if (changes.collegeId !== undefined) member.collegeId = this.checkedCollege(await this.colleges.list(actor), changes.collegeId ?? null);
      this.checkDates(member.joinedOn, member.leftOn, member.birthDate);
      await this.saveMember(this.members.of(actor.organisationId), member);
      return this.get(actor, memberId);
    }
  }

  @Transactional()
  async recordDeparture(actor: Actor, memberId: string, leftOn: PlainDate): Promise<Member> {
    const member = await this.lock(actor, memberId);
    if (member.leftOn) {
      throw new DomainError(ErrorReason.AlreadyDone, {
        fr: `${member.name} a déjà quitté l'organisation le ${member.leftOn}.`,
        en: `${member.name} already left the organisation on ${member.leftOn}.`,
      });
    }
    this.checkDates(member.joinedOn, leftOn, member.birthDate);
    await this.members.of(actor.organisationId).update({ id: member.id }, { leftOn });
    return this.get(actor, memberId);
  }

  @Transactional()
  async setVotingRights(actor: Actor, memberId: string, hasVotingRights: boolean, reason: string | null | undefined): Promise<Member> {
    const member = await this.lock(actor, memberId);
    await this.members
      .of(actor.organisationId)
      .update({ id: member.id }, { hasVotingRights, votingRightsReason: this.votingRightsReason(hasVotingRights, reason) });
    return this.get(actor, memberId);
  }

  /** Consent to be convened by e-mail, with the moment it was given or withdrawn. */
  @Transactional()
  async setENoticeConsent(actor: Actor, memberId: string, consent: boolean): Promise<Member> {
    const member = await this.lock(actor, memberId);
    if (consent && !member.email) throw this.consentWithoutEmail(member.name);
    await this.members.of(actor.organisationId).update({ id: member.id }, { eNoticeConsent: consent, eNoticeConsentAt: new Date() });
    return this.get(actor, memberId);
  }

  /** A legal entity names a new representative from a date; the previous one's period ends then. */
  @Transactional()
  async changeRepresentative(actor: Actor, memberId: string, draft: RepresentativeDraft, sinceOn: PlainDate): Promise<Member> {
    {
      const member = await this.lock(actor, memberId);
      if (member.kind !== 'legalEntity') {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: `${member.name} est une personne physique : seule une personne morale a un représentant.`,
          en: `${member.name} is a natural person: only a legal entity has a representative.`,
        });
      }
      const representatives = this.representatives.of(actor.organisationId);
      const current = await representatives.findOne({ memberId, untilOn: IsNull() });
      if (current) {
        if (compareDates(sinceOn, current.sinceOn) < 0) {
          throw new DomainError(ErrorReason.InvalidDates, {
            fr: `Le nouveau représentant ne peut pas prendre ses fonctions avant le ${current.sinceOn}, date d'entrée de ${current.name}.`,
            en: `The new representative cannot start before ${current.sinceOn}, when ${current.name} started.`,
          });
        }
        await representatives.update({ id: current.id }, { untilOn: sinceOn });
      }
      await this.openRepresentative(member, draft, sinceOn);
      return this.get(actor, memberId);
    }
  }

  /** Links the member record to the account of the person it describes. */
  async linkAccount(organisationId: string, memberId: string, accountId: string): Promise<void> {
    try {
      await this.members.of(organisationId).update({ id: memberId }, { accountId });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorReason.InvitationUnusable, {
          fr: 'Ce compte est déjà rattaché à une autre fiche de membre de cette organisation.',
          en: 'This account is already linked to another member of this organisation.',
        });
      }
      throw error;
    }
  }

  private async openRepresentative(member: Member, draft: RepresentativeDraft, sinceOn: PlainDate): Promise<void> {
    const representatives = this.representatives.of(member.organisationId);
    await representatives.save(
      representatives.create({
        memberId: member.id,
        name: requireText(draft.name, REPRESENTATIVE_NAME),
        email: draft.email ? normaliseEmail(draft.email) : null,
        sinceOn,
        untilOn: null,
      }),
    );
  }

  private checkedCollege(colleges: readonly CollegeName[], collegeId: string | null): string | null {
    if (collegeId === null) {
      if (colleges.length > 0) {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: `Cette organisation vote par collèges : indiquez le collège du membre (${colleges.map((c) => c.name).join(', ')}).`,
          en: `This organisation votes by colleges: give the member's college (${colleges.map((c) => c.name).join(', ')}).`,
        });
      }
      return null;
    }
    if (!colleges.some((c) => c.id === collegeId)) throw DomainError.notFound({ fr: 'Collège', en: 'College' });
    return collegeId;
  }

  private consentWithoutEmail(name: string): DomainError {
    return new DomainError(ErrorReason.InvalidInput, {
      fr: `${name} n'a pas d'adresse e-mail : ajoutez-en une avant d'enregistrer son accord.`,
      en: `${name} has no e-mail address: add one before recording their consent.`,
    });
  }

  private duplicateEmail(email: string | null): DomainError {
    if (email === null) {
      return new DomainError(ErrorReason.DuplicateEmail, {
        fr: "Un autre membre de l'organisation a déjà l'une de ces adresses e-mail.",
        en: 'Another member of the organisation already has one of these e-mail addresses.',
      });
    }
    return new DomainError(ErrorReason.DuplicateEmail, {
      fr: `Un autre membre de l'organisation a déjà l'adresse ${email}.`,
      en: `Another member of the organisation already has the address ${email}.`,
    });
  }

  private checkDates(joinedOn: PlainDate, leftOn: PlainDate | null, birthDate: PlainDate | null): void {
    if (leftOn && compareDates(leftOn, joinedOn) < 0) {
      throw new DomainError(ErrorReason.InvalidDates, {
        fr: `La date de départ (${leftOn}) précède la date d'adhésion (${joinedOn}).`,
        en: `The leaving date (${leftOn}) is before the joining date (${joinedOn}).`,
      });
    }
    if (birthDate && compareDates(birthDate, joinedOn) > 0) {
      throw new DomainError(ErrorReason.InvalidDates, {
        fr: `La date de naissance (${birthDate}) suit la date d'adhésion (${joinedOn}).`,
        en: `The birth date (${birthDate}) is after the joining date (${joinedOn}).`,
      });
    }
  }

  private votingRightsReason(hasVotingRights: boolean, reason: string | null | undefined): string | null {
    const trimmed = optionalText(reason);
    if (!hasVotingRights && !trimmed) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: 'Indiquez pourquoi ce membre n’a pas le droit de vote (cotisation impayée, suspension…).',
        en: 'Say why this member has no vote (unpaid dues, suspension…).',
      });
    }
    return trimmed;
  }

  private async saveMember(members: TenantScope<Member>, member: Member): Promise<Member> {
    return (await this.saveMembers(members, [member]))[0];
  }

  private async saveMembers(members: TenantScope<Member>, list: Member[]): Promise<Member[]> {
    try {
      return await members.save(list);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw this.duplicateEmail(list.length === 1 ? list[0].email : null);
      }
      throw error;
    }
  }
}
