import { Injectable } from '@nestjs/common';
import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import {
  addDays,
  compareDates,
  formatPlainDate,
  MANDATE_ROLE_LABELS,
  mandateEffectiveEnd,
  mandateEndDate,
  mandateTermMonths,
  type MandateRole,
  type PlainDate,
} from '@collegial/governance';
import { optionalText, requireText } from '../core/text/required-text';
import type { Actor } from '../core/actor/actor';
import { DomainError, ErrorReason, type LocalisedMessage } from '../core/errors/domain-error';
import { isExclusionViolation } from '../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository, type TenantScope } from '../core/tenancy/tenant-repository';
import type { Page, PageRequest } from '../core/graphql/connection';
import { Transactions } from '../core/transactions/transactions';
import { BodiesService } from '../bodies/bodies.service';
import type { Body } from '../bodies/body.entity';
import { underRules } from '../core/errors/governance-error.translation';
import { Handover } from './handover.entity';
import { Mandate, type MandateEndReason } from './mandate.entity';
import type { Member } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { OrganisationsService } from '../organisations/organisations.service';

export interface AppointmentDraft {
  bodyId: string;
  memberId: string;
  role: MandateRole;
  startOn: PlainDate;
  /** Exclusive; by default from the governance profile's term for the body's kind. */
  termEndOn?: PlainDate | null;
  appointedBy?: string | null;
}

export interface HandoverDraft {
  bodyId: string;
  role: MandateRole;
  successorMemberId: string;
  on: PlainDate;
  decision: string;
  /** Required when the outgoing mandate's term runs beyond `on`. */
  outgoingEndReason?: MandateEndReason | null;
  /** For a role with several holders: whose seat passes. */
  outgoingMemberId?: string | null;
  successorTermEndOn?: PlainDate | null;
}

export interface MandateFilter {
  memberId?: string | null;
  /** Include mandates that have ended before today. */
  includeEnded?: boolean | null;
}

/** Someone sitting in a body on a date: a mandate, or plain membership of a general assembly. */
export interface Seat {
  member: Member;
  role: MandateRole;
  mandate: Mandate | null;
}

/** A mandate the database refused, and the mandates the same operation was ending. */
interface OverlapAttempt {
  body: Body;
  member: Member;
  role: MandateRole;
  startOn: PlainDate;
  end: PlainDate | null;
  ignoredIds: string[];
}

/** At most ten years ahead for "ending within". */
const MAX_DAYS_AHEAD = 3660;

const ROLE_ONE_HOLDER = 'mandates_one_holder_per_role';
const ONE_SEAT_PER_MEMBER = 'mandates_one_seat_per_member';

const DECISION = { fr: 'La décision de passation', en: 'The handover decision' };

function frDate(d: PlainDate): string {
  return formatPlainDate(d, 'fr');
}

/** A mandate's period as a person reads it: the last day in office, not the exclusive end. */
function period(startOn: PlainDate, end: PlainDate | null): LocalisedMessage {
  if (end === null) return { fr: `depuis le ${frDate(startOn)}, sans date de fin`, en: `from ${startOn}, with no end date` };
  const lastDay = addDays(end, -1);
  return { fr: `du ${frDate(startOn)} au ${frDate(lastDay)}`, en: `from ${startOn} to ${lastDay}` };
}

const END = 'COALESCE(m.ended_on, m.term_end_on)';

/**
 * Mandates (who holds which role in which body, from when to when) and handovers. The
 * database's exclusion constraints are the last word on overlaps; this service turns
 * their refusals into messages naming the person and the dates.
 */
@Injectable()
export class MandatesService {
  constructor(
    @InjectTenantRepository(Mandate) private readonly mandates: TenantRepository<Mandate>,
    @InjectTenantRepository(Handover) private readonly handovers: TenantRepository<Handover>,
    private readonly bodies: BodiesService,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly transactions: Transactions,
  ) {}

  /** Today where the organisation is: mandates start and end on calendar dates there. */
  today(actor: Actor): Promise<PlainDate> {
    return this.organisations.today(actor.organisationId);
  }

  async get(actor: Actor, mandateId: string): Promise<Mandate> {
    const mandate = await this.query(actor).andWhere('m.id = :mandateId', { mandateId }).getOne();
    if (!mandate) throw DomainError.notFound({ fr: 'Mandat', en: 'Mandate' });
    return mandate;
  }

  /** The mandates of a body, by role then start; those ended before today only on request. */
  async list(actor: Actor, bodyId: string, filter: MandateFilter, page: PageRequest): Promise<Page<Mandate>> {
    await this.bodies.get(actor, bodyId);
    const query = this.query(actor).andWhere('m.body_id = :bodyId', { bodyId });
    if (filter.memberId) {
      await this.members.get(actor, filter.memberId);
      query.andWhere('m.member_id = :memberId', { memberId: filter.memberId });
    }
    if (!filter.includeEnded) query.andWhere(`(${END} IS NULL OR ${END} > :today)`, { today: await this.today(actor) });
    // Property paths, not column names: TypeORM pages joined queries through a subquery.
    const [items, totalCount] = await query
      .orderBy('m.role', 'ASC')
      .addOrderBy('m.startOn', 'ASC')
      .addOrderBy('member.name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount, offset: page.offset };
  }

  /**
   * Who sits in the body on that date. A general assembly is every member of the
   * organisation on that date, with the mandates held in it; another body is its mandates
   * running that day.
   */
  async composition(actor: Actor, bodyId: string, on: PlainDate): Promise<Seat[]> {
    const body = await this.bodies.get(actor, bodyId);
    const running = await this.runningOn(this.query(actor).andWhere('m.body_id = :bodyId', { bodyId }), on)
      .orderBy('m.role', 'ASC')
      .addOrderBy('member.name', 'ASC')
      .getMany();
    const seats: Seat[] = running.map((mandate) => ({ member: mandate.member!, role: mandate.role, mandate }));
    if (body.kind !== 'generalAssembly') return seats;
    const seated = new Set(running.map((m) => m.memberId));
    const members = await this.members.list(actor, { activeOn: on });
    return [...seats, ...members.filter((m) => !seated.has(m.id)).map((member) => ({ member, role: 'member' as const, mandate: null }))];
  }

  /** Mandates running on `from` whose end falls within [from, from + days], soonest first. */
  async endingWithin(actor: Actor, days: number, given?: PlainDate): Promise<Mandate[]> {
    const from = given ?? (await this.today(actor));
    if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS_AHEAD) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: `Le nombre de jours doit être compris entre 0 et ${MAX_DAYS_AHEAD}.`,
        en: `The number of days must be between 0 and ${MAX_DAYS_AHEAD}.`,
      });
    }
    return this.query(actor)
      .andWhere('m.start_on <= :from', { from })
      .andWhere(`${END} >= :from AND ${END} <= :until`, { until: addDays(from, days) })
      .orderBy(END, 'ASC')
      .addOrderBy('body.name', 'ASC')
      .addOrderBy('m.role', 'ASC')
      .addOrderBy('member.name', 'ASC')
      .getMany();
  }

  /** Who held the role in the body, from when to when, oldest first. */
  async roleHistory(actor: Actor, bodyId: string, role: MandateRole): Promise<Mandate[]> {
    await this.bodies.get(actor, bodyId);
    return this.query(actor)
      .andWhere('m.body_id = :bodyId AND m.role = :role', { bodyId, role })
      .orderBy('m.start_on', 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .getMany();
  }

  /** For each mandate that began with a handover: that handover's decision, in one query. */
  async handoverDecisions(actor: Pick<Actor, 'organisationId'>, mandateIds: readonly string[]): Promise<Map<string, string>> {
    if (mandateIds.length === 0) return new Map();
    const rows = await this.handovers.of(actor.organisationId).find({
      where: { incomingMandateId: In([...new Set(mandateIds)]) },
      select: { incomingMandateId: true, decision: true },
    });
    return new Map(rows.map((h) => [h.incomingMandateId, h.decision]));
  }

  async appoint(actor: Actor, draft: AppointmentDraft): Promise<Mandate> {
    const body = await this.bodies.get(actor, draft.bodyId);
    const member = await this.members.get(actor, draft.memberId);
    this.checkMemberOn(member, draft.startOn);
    const termEndOn = await this.termEnd(actor, body, draft.startOn, draft.termEndOn ?? null);
    const appointedBy = optionalText(draft.appointedBy);
    try {
      const mandates = this.mandates.of(actor.organisationId);
      const saved = await mandates.save(
        mandates.create({
          bodyId: body.id,
          memberId: member.id,
          role: draft.role,
          startOn: draft.startOn,
          termEndOn,
          endedOn: null,
          endReason: null,
          appointedBy,
        }),
      );
      return this.get(actor, saved.id);
    } catch (error) {
      throw await this.overlapError(actor, error, { body, member, role: draft.role, startOn: draft.startOn, end: termEndOn, ignoredIds: [] });
    }
  }

  /** Ends a mandate early or at its term; `endedOn` is the first day out of office. */
  async end(actor: Actor, mandateId: string, endedOn: PlainDate, reason: MandateEndReason): Promise<Mandate> {
    await this.transactions.withTransaction(async () => {
      const mandates = this.mandates.of(actor.organisationId);
      const locked = await mandates.findOne({ id: mandateId }, { lock: { mode: 'pessimistic_write' } });
      if (!locked) throw DomainError.notFound({ fr: 'Mandat', en: 'Mandate' });
      const mandate = await this.get(actor, mandateId);
      const name = mandate.member!.name;
      if (mandate.endedOn) {
        throw new DomainError(ErrorReason.MandateAlreadyEnded, {
          fr: `Le mandat de ${name} a déjà pris fin le ${frDate(mandate.endedOn)}.`,
          en: `${name}'s mandate already ended on ${mandate.endedOn}.`,
        });
      }
      if (compareDates(endedOn, mandate.startOn) <= 0) {
        throw new DomainError(ErrorReason.InvalidDates, {
          fr: `Le mandat de ${name} a commencé le ${frDate(mandate.startOn)} : il ne peut prendre fin qu'après cette date (le ${frDate(endedOn)} est trop tôt).`,
          en: `${name}'s mandate started on ${mandate.startOn}: it can only end after that date (${endedOn} is too early).`,
        });
      }
      if (mandate.termEndOn && compareDates(endedOn, mandate.termEndOn) > 0) {
        throw new DomainError(ErrorReason.InvalidDates, {
          fr: `Le mandat de ${name} arrive à son terme le ${frDate(mandate.termEndOn)} : il ne peut pas prendre fin plus tard (le ${frDate(endedOn)}). Pour le prolonger, enregistrez une nouvelle nomination.`,
          en: `${name}'s mandate reaches its term on ${mandate.termEndOn}: it cannot end later (${endedOn}). To extend it, record a new appointment.`,
        });
      }
      await mandates.update({ id: mandate.id }, { endedOn, endReason: reason });
    });
    return this.get(actor, mandateId);
  }

  /**
   * A passation, in one transaction: the holder of the role on `on` (or whose term ends
   * that day) leaves on `on`, the successor starts on `on`, and the handover is recorded
   * with its decision.
   */
  async handOver(actor: Actor, draft: HandoverDraft): Promise<Handover> {
    const decision = requireText(draft.decision, DECISION, 2000);
    if (draft.successorTermEndOn) this.checkTermEnd(draft.on, draft.successorTermEndOn);
    const on = draft.on;
    // Known once read inside the transaction; used to explain a refusal after its rollback.
    const refused: { attempt?: OverlapAttempt } = {};
    try {
      const handoverId = await this.transactions.withTransaction(async () => {
        const mandates = this.mandates.of(actor.organisationId);
        // Changes to one body's mandates happen one at a time: a concurrent twin waits,
        // then finds the role already handed over.
        const body = await this.bodies.lock(actor, draft.bodyId);
        const successor = await this.members.get(actor, draft.successorMemberId);
        this.checkMemberOn(successor, on);
        const outgoing = await this.outgoingMandate(actor, body, draft);
        if (outgoing) await this.closeOutgoing(mandates, outgoing, successor, draft);

        // The successor may already sit in the body with another role that day (a director
        // becoming president): that seat ends on `on` so the new one can start. Its end
        // reason is 'expiry' for simplicity: the seat is not resigned nor revoked, it gives
        // way to the new role (the handover row tells the full story).
        const otherSeat = await this.runningOn(
          this.query(actor).andWhere('m.body_id = :bodyId AND m.member_id = :memberId', { bodyId: body.id, memberId: successor.id }),
          on,
        ).getOne();
        if (otherSeat && otherSeat.id !== outgoing?.id && compareDates(otherSeat.startOn, on) < 0) {
          await mandates.update({ id: otherSeat.id }, { endedOn: on, endReason: 'expiry' });
        }

        const termEndOn = await this.termEnd(actor, body, on, draft.successorTermEndOn ?? null);
        refused.attempt = {
          body,
          member: successor,
          role: draft.role,
          startOn: on,
          end: termEndOn,
          ignoredIds: [outgoing?.id, otherSeat?.id].filter((id): id is string => !!id),
        };
        const incoming = await mandates.save(
          mandates.create({
            bodyId: body.id,
            memberId: successor.id,
            role: draft.role,
            startOn: on,
            termEndOn,
            endedOn: null,
            endReason: null,
            appointedBy: decision,
          }),
        );
        const handovers = this.handovers.of(actor.organisationId);
        const handover = await handovers.save(
          handovers.create({
            bodyId: body.id,
            role: draft.role,
            outgoingMandateId: outgoing?.id ?? null,
            incomingMandateId: incoming.id,
            handedOverOn: on,
            decision,
          }),
        );
        return handover.id;
      });
      return this.getHandover(actor, handoverId);
    } catch (error) {
      if (refused.attempt && isExclusionViolation(error)) throw await this.overlapError(actor, error, refused.attempt);
      throw error;
    }
  }

  /** The handovers of a body, oldest first, with both mandates. */
  async listHandovers(actor: Actor, bodyId: string, page: PageRequest): Promise<Page<Handover>> {
    await this.bodies.get(actor, bodyId);
    const handovers = this.handovers.of(actor.organisationId);
    const [items, totalCount] = await Promise.all([
      handovers.find({
        where: { bodyId },
        relations: HANDOVER_RELATIONS,
        order: { handedOverOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
        skip: page.offset,
        take: page.limit,
      }),
      handovers.count({ bodyId }),
    ]);
    return { items, totalCount, offset: page.offset };
  }

  async getHandover(actor: Actor, handoverId: string): Promise<Handover> {
    const handover = await this.handovers.of(actor.organisationId).findOne({ id: handoverId }, { relations: HANDOVER_RELATIONS });
    if (!handover) throw DomainError.notFound({ fr: 'Passation', en: 'Handover' });
    return handover;
  }

  /** Mandates with their member and body, in the actor's organisation only. */
  private query(actor: Actor): SelectQueryBuilder<Mandate> {
    return this.mandates.of(actor.organisationId).query('m').innerJoinAndSelect('m.member', 'member').innerJoinAndSelect('m.body', 'body');
  }

  /** [startOn, end) contains `on`. */
  private runningOn(query: SelectQueryBuilder<Mandate>, on: PlainDate): SelectQueryBuilder<Mandate> {
    return query.andWhere('m.start_on <= :on', { on }).andWhere(new Brackets((q) => q.where(`${END} IS NULL`).orWhere(`${END} > :on`, { on })));
  }

  /**
   * The mandate that gives way: the one holding the role on `on`, or else the one whose
   * term (or early end) falls exactly on `on`.
   */
  private async outgoingMandate(actor: Actor, body: Body, draft: HandoverDraft): Promise<Mandate | null> {
    const on = draft.on;
    const query = this.query(actor)
      .andWhere('m.body_id = :bodyId AND m.role = :role', { bodyId: body.id, role: draft.role })
      .andWhere('m.start_on <= :on', { on })
      .andWhere(new Brackets((q) => q.where(`${END} IS NULL`).orWhere(`${END} >= :on`, { on })))
      .orderBy('m.start_on', 'ASC');
    if (draft.outgoingMemberId) {
      const outgoingMember = await this.members.get(actor, draft.outgoingMemberId);
      query.andWhere('m.member_id = :outgoingMemberId', { outgoingMemberId: outgoingMember.id });
    }
    const candidates = await query.getMany();
    const running = candidates.filter((m) => mandateEffectiveEnd(m) === null || compareDates(mandateEffectiveEnd(m)!, on) > 0);
    const pool = running.length > 0 ? running : candidates;
    const role = MANDATE_ROLE_LABELS[draft.role];
    if (pool.length > 1) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: `Plusieurs membres sont ${role.fr} de « ${body.name} » le ${frDate(on)} (${pool.map((m) => m.member!.name).join(', ')}) : indiquez celui qui transmet sa fonction.`,
        en: `Several members are ${role.en} of "${body.name}" on ${on} (${pool.map((m) => m.member!.name).join(', ')}): say whose seat passes.`,
      });
    }
    if (pool.length === 0 && draft.outgoingMemberId) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: `Ce membre n'est pas ${role.fr} de « ${body.name} » le ${frDate(on)}.`,
        en: `This member is not ${role.en} of "${body.name}" on ${on}.`,
      });
    }
    return pool[0] ?? null;
  }

  /** Ends the outgoing mandate on the handover date, with the reason the rules give. */
  private async closeOutgoing(mandates: TenantScope<Mandate>, outgoing: Mandate, successor: Member, draft: HandoverDraft): Promise<void> {
    const on = draft.on;
    const name = outgoing.member!.name;
    const role = MANDATE_ROLE_LABELS[draft.role];
    const body = outgoing.body!.name;
    const end = mandateEffectiveEnd(outgoing);
    const runsPast = end === null || compareDates(end, on) > 0;
    if (runsPast && outgoing.memberId === successor.id) {
      throw new DomainError(ErrorReason.RoleAlreadyHeld, {
        fr: `${name} est déjà ${role.fr} de « ${body} » le ${frDate(on)}.`,
        en: `${name} is already ${role.en} of "${body}" on ${on}.`,
      });
    }
    if (compareDates(outgoing.startOn, on) === 0) {
      throw new DomainError(ErrorReason.RoleAlreadyHeld, {
        fr: `${name} est ${role.fr} de « ${body} » à partir du ${frDate(on)} même : une passation ce jour-là ne peut pas mettre fin à ce mandat. Corrigez-le ou choisissez une autre date.`,
        en: `${name} is ${role.en} of "${body}" from ${on} itself: a handover that day cannot end that mandate. Correct it or choose another date.`,
      });
    }
    if (outgoing.endedOn) return; // Already ended on `on` (a resignation recorded beforehand).
    let reason: MandateEndReason;
    if (outgoing.termEndOn && compareDates(outgoing.termEndOn, on) <= 0) {
      reason = 'expiry';
    } else if (draft.outgoingEndReason) {
      reason = draft.outgoingEndReason;
    } else {
      const term = outgoing.termEndOn
        ? { fr: `court jusqu'au ${frDate(addDays(outgoing.termEndOn, -1))}`, en: `runs until ${addDays(outgoing.termEndOn, -1)}` }
        : { fr: "n'a pas de terme", en: 'has no term' };
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: `Le mandat de ${role.fr} de ${name} ${term.fr} : indiquez pourquoi il prend fin le ${frDate(on)} (démission, révocation, décès).`,
        en: `${name}'s mandate as ${role.en} ${term.en}: say why it ends on ${on} (resignation, revocation, death).`,
      });
    }
    await mandates.update({ id: outgoing.id }, { endedOn: on, endReason: reason });
  }

  /** The given term end, checked; else the start plus the profile's term for the body's kind. */
  private async termEnd(actor: Actor, body: Body, startOn: PlainDate, given: PlainDate | null): Promise<PlainDate | null> {
    if (given) {
      this.checkTermEnd(startOn, given);
      return given;
    }
    const profile = await this.organisations.profileOf(actor.organisationId);
    return underRules(ErrorReason.InvalidGovernanceProfile, () => {
      const months = mandateTermMonths(profile, body.kind);
      return months === null ? null : mandateEndDate(startOn, months);
    });
  }

  private checkTermEnd(startOn: PlainDate, termEndOn: PlainDate): void {
    if (compareDates(termEndOn, startOn) <= 0) {
      throw new DomainError(ErrorReason.InvalidDates, {
        fr: `La fin du mandat (${frDate(termEndOn)}) doit suivre son début (${frDate(startOn)}).`,
        en: `The end of the mandate (${termEndOn}) must come after its start (${startOn}).`,
      });
    }
  }

  private checkMemberOn(member: Member, on: PlainDate): void {
    const joined = compareDates(member.joinedOn, on) <= 0;
    const notLeft = member.leftOn === null || compareDates(member.leftOn, on) > 0;
    if (joined && notLeft) return;
    const messages = joined
      ? {
          fr: `${member.name} a quitté l'organisation le ${frDate(member.leftOn!)} : pas de mandat à partir du ${frDate(on)}.`,
          en: `${member.name} left the organisation on ${member.leftOn}: no mandate from ${on}.`,
        }
      : {
          fr: `${member.name} n'est membre que depuis le ${frDate(member.joinedOn)} : pas de mandat à partir du ${frDate(on)}.`,
          en: `${member.name} has only been a member since ${member.joinedOn}: no mandate from ${on}.`,
        };
    throw new DomainError(ErrorReason.InvalidDates, messages);
  }

  /**
   * An exclusion constraint refused a mandate: the error names who already holds the role
   * or the seat, and when. Read after the rollback, leaving out the mandates the refused
   * operation was ending.
   */
  private async overlapError(actor: Actor, error: unknown, attempt: OverlapAttempt): Promise<unknown> {
    const roleConflict = isExclusionViolation(error, ROLE_ONE_HOLDER);
    if (!roleConflict && !isExclusionViolation(error, ONE_SEAT_PER_MEMBER)) return error;
    const query = this.query(actor)
      .andWhere('m.body_id = :bodyId', { bodyId: attempt.body.id })
      .andWhere(`daterange(m.start_on, ${END}, '[)') && daterange(CAST(:start AS date), CAST(:end AS date), '[)')`, {
        start: attempt.startOn,
        end: attempt.end,
      })
      .orderBy('m.start_on', 'ASC');
    if (attempt.ignoredIds.length > 0) query.andWhere('m.id NOT IN (:...ignoredIds)', { ignoredIds: attempt.ignoredIds });
    const body = attempt.body.name;
    if (roleConflict) {
      const role = MANDATE_ROLE_LABELS[attempt.role];
      const holder = await query.andWhere('m.role = :role', { role: attempt.role }).getOne();
      const when = holder ? period(holder.startOn, mandateEffectiveEnd(holder)) : null;
      return new DomainError(
        ErrorReason.RoleAlreadyHeld,
        holder && when
          ? {
              fr: `${holder.member!.name} est déjà ${role.fr} de « ${body} » ${when.fr} : une seule personne à la fois. Pour changer de ${role.fr}, enregistrez une passation.`,
              en: `${holder.member!.name} is already ${role.en} of "${body}" ${when.en}: one person at a time. To change ${role.en}, record a handover.`,
            }
          : {
              fr: `« ${body} » a déjà un ${role.fr} sur cette période : une seule personne à la fois.`,
              en: `"${body}" already has a ${role.en} over that period: one person at a time.`,
            },
        holder ? { mandateId: holder.id } : undefined,
      );
    }
    const seat = await query.andWhere('m.member_id = :memberId', { memberId: attempt.member.id }).getOne();
    const name = attempt.member.name;
    return new DomainError(
      ErrorReason.MemberAlreadySits,
      seat
        ? {
            fr: `${name} siège déjà dans « ${body} » comme ${MANDATE_ROLE_LABELS[seat.role].fr} ${period(seat.startOn, mandateEffectiveEnd(seat)).fr} : un membre n'occupe qu'un siège à la fois dans une instance.`,
            en: `${name} already sits in "${body}" as ${MANDATE_ROLE_LABELS[seat.role].en} ${period(seat.startOn, mandateEffectiveEnd(seat)).en}: a member holds one seat at a time in a body.`,
          }
        : {
            fr: `${name} siège déjà dans « ${body} » sur cette période : un membre n'occupe qu'un siège à la fois dans une instance.`,
            en: `${name} already sits in "${body}" over that period: a member holds one seat at a time in a body.`,
          },
      seat ? { mandateId: seat.id } : undefined,
    );
  }
}

const MANDATE_RELATIONS = { member: true, body: true } as const;
const HANDOVER_RELATIONS = { body: true, outgoingMandate: MANDATE_RELATIONS, incomingMandate: MANDATE_RELATIONS };
