import { Injectable } from '@nestjs/common';
import { blankProxyChoice, writtenConsultationAllowed } from '@collegial/governance';
import { In } from 'typeorm';
import { BodiesService } from '../../bodies/bodies.service';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { BALLOT_CLOSE_QUEUE, BALLOT_OPEN_QUEUE } from './ballot-jobs';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { requireText, optionalText } from '../../core/text/required-text';
import { Transactions } from '../../core/transactions/transactions';
import { AgendaService } from '../../meetings/services/agenda.service';
import { MembersService } from '../../members/members.service';
import { MeetingsService, readerIn } from '../../meetings/services/meetings.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { BallotOption } from '../entities/ballot-option.entity';
import { Ballot } from '../entities/ballot.entity';
import type { BallotKind, BallotStatus, ResultsVisibility, RollBasis, RollVia } from '../entities/ballot-enums';
import { RollEntry } from '../entities/roll-entry.entity';
import { VotingEvents } from '../voting-events';
import { BallotDefinitions } from './ballot-definitions';
import { castBoundBlankProxies } from './blank-proxies';
import { BallotCounter } from './ballot-counter';
import { emptyRoll, VoterRollBuilder } from './voter-roll';

export interface BallotOptionDraft {
  label: string;
  candidateMemberId?: string | null;
}

export interface BallotDraft {
  kind: BallotKind;
  /** A meeting's ballot; or none, for a written consultation of `bodyId`. */
  meetingId?: string | null;
  resolutionId?: string | null;
  bodyId?: string | null;
  title?: string | null;
  question?: string | null;
  secret?: boolean | null;
  resultsVisibility?: ResultsVisibility | null;
  options?: readonly BallotOptionDraft[] | null;
  minChoices?: number | null;
  maxChoices?: number | null;
  seats?: number | null;
  rollBasis?: RollBasis | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

/** A vote a member casts: their own, or one they hold by proxy. */
export interface HeldVote {
  ballotId: string;
  memberId: string;
  memberName: string;
  via: RollVia;
  cast: boolean;
}

export interface BallotFilter {
  meetingId?: string | null;
  status?: BallotStatus | null;
}

const BALLOT = { fr: 'Scrutin', en: 'Ballot' };
const RESOLUTION_OPTIONS = [
  { code: 'yes', label: 'Pour' },
  { code: 'no', label: 'Contre' },
  { code: 'abstain', label: 'Abstention' },
] as const;
const MAX_OPTIONS = 100;

const invalid = (fr: string, en: string) => new DomainError(ErrorReason.InvalidInput, { fr, en });

/**
 * Ballots: prepared on a meeting's resolution or election, or as a written consultation
 * of a body; opened (the roll frozen), closed (counted by BallotCounter).
 */
@Injectable()
export class BallotsService {
  constructor(
    @InjectTenantRepository(Ballot) private readonly ballots: TenantRepository<Ballot>,
    @InjectTenantRepository(BallotOption) private readonly options: TenantRepository<BallotOption>,
    @InjectTenantRepository(RollEntry) private readonly roll: TenantRepository<RollEntry>,
    private readonly transactions: Transactions,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly bodies: BodiesService,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly rollBuilder: VoterRollBuilder,
    private readonly counter: BallotCounter,
    private readonly definitions: BallotDefinitions,
    private readonly events: VotingEvents,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  async get(actor: Pick<Actor, 'organisationId'>, ballotId: string): Promise<Ballot> {
    const ballot = await this.ballots.of(actor.organisationId).findOne({ id: ballotId });
    if (!ballot) throw DomainError.notFound(BALLOT);
    return ballot;
  }

  async list(actor: Pick<Actor, 'organisationId'>, filter: BallotFilter = {}): Promise<Ballot[]> {
    return this.ballots.of(actor.organisationId).find({
      where: { ...(filter.meetingId ? { meetingId: filter.meetingId } : {}), ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  async optionsOf(organisationId: string, ballotIds: readonly string[]): Promise<Map<string, BallotOption[]>> {
    const rows = ballotIds.length ? await this.options.of(organisationId).find({ where: { ballotId: In([...ballotIds]) }, order: { position: 'ASC' } }) : [];
    const out = new Map<string, BallotOption[]>(ballotIds.map((id) => [id, []]));
    for (const row of rows) out.get(row.ballotId)!.push(row);
    return out;
  }

  /** The votes a member casts on these ballots: their own and those they hold, each cast or not yet. */
  async heldVotes(organisationId: string, ballotIds: readonly string[], casterMemberId: string): Promise<HeldVote[]> {
    if (ballotIds.length === 0) return [];
    const rows = await this.transactions.tx.query<{ ballot_id: string; member_id: string; via: RollVia; cast: boolean }[]>(
      `SELECT r.ballot_id, r.member_id, r.via,
              (EXISTS (SELECT 1 FROM ballot_votes v WHERE v.ballot_id = r.ballot_id AND v.member_id = r.member_id)
               OR EXISTS (SELECT 1 FROM ballot_participations p WHERE p.ballot_id = r.ballot_id AND p.member_id = r.member_id)) AS cast
         FROM ballot_roll r
        WHERE r.organisation_id = $1 AND r.ballot_id = ANY($2::uuid[]) AND r.caster_member_id = $3
        ORDER BY r.ballot_id, (r.member_id <> $3)`,
      [organisationId, ballotIds, casterMemberId],
    );
    const members = await this.members.summariesOf(
      organisationId,
      rows.map((r) => r.member_id),
    );
    return rows.map((r) => ({ ballotId: r.ballot_id, memberId: r.member_id, memberName: members.get(r.member_id)?.name ?? '', via: r.via, cast: r.cast }));
  }

  async create(actor: Actor, draft: BallotDraft): Promise<Ballot> {
    const id = await this.transactions.withTransaction(async () => {
      const reader = readerIn(actor.organisationId);
      let bodyId: string;
      let meetingId: string | null = null;
      let resolutionId: string | null = null;
      let title = optionalText(draft.title);
      let rollBasis: RollBasis;
      if (draft.meetingId) {
        const meeting = await this.meetings.get(actor, draft.meetingId);
        if (meeting.status === 'closed') {
          throw new DomainError(ErrorReason.MeetingStatusForbids, {
            fr: `La réunion « ${meeting.title} » est close : on n'y ouvre plus de scrutin.`,
            en: `The meeting "${meeting.title}" is closed: no new ballot can be held in it.`,
          });
        }
        meetingId = meeting.id;
        bodyId = meeting.bodyId;
        rollBasis = draft.rollBasis ?? (meeting.status === 'open' ? 'attending' : 'convened');
        if (rollBasis === 'body')
          throw invalid(
            'Un scrutin de réunion vote sur les présents ou sur les convoqués.',
            "A meeting's ballot is voted by those attending or by those convened.",
          );
        if (draft.resolutionId) {
          const resolution = await this.agenda.getResolution(actor, draft.resolutionId);
          if (resolution.meetingId !== meeting.id) throw DomainError.notFound({ fr: 'Résolution', en: 'Resolution' });
          resolutionId = resolution.id;
          title ??= resolution.title;
        }
      } else {
        if (!draft.bodyId)
          throw invalid('Indiquez la réunion du scrutin, ou l’instance consultée par écrit.', 'Give the ballot’s meeting, or the body consulted in writing.');
        const body = await this.bodies.get(actor, draft.bodyId);
        const profile = await this.organisations.profileOf(actor.organisationId);
        if (profile.bodies[body.kind]) {
          const allowed = writtenConsultationAllowed(profile, body.kind);
          if (!allowed.allowed) throw new DomainError(ErrorReason.InvalidInput, allowed.explanation);
        }
        bodyId = body.id;
        rollBasis = 'body';
        if (draft.rollBasis && draft.rollBasis !== 'body')
          throw invalid('Une consultation écrite interroge les membres de l’instance.', 'A written consultation asks the members of the body.');
      }
      if (draft.kind === 'resolution' && !resolutionId && !optionalText(draft.question)) {
        throw invalid(
          'Donnez le texte soumis au vote (ou choisissez une résolution de l’ordre du jour).',
          'Give the text put to the vote (or pick a resolution of the agenda).',
        );
      }
      if (draft.kind !== 'resolution' && draft.resolutionId)
        throw invalid('Seul un vote sur une résolution porte sur une résolution.', 'Only a resolution ballot is on a resolution.');
      title ??= optionalText(draft.question)?.slice(0, 300) ?? null;
      title = requireText(title, { fr: 'Le titre du scrutin', en: "The ballot's title" }, 300);
      const secret = draft.secret ?? draft.kind === 'election';
      const resultsVisibility = draft.resultsVisibility ?? (secret ? 'atClose' : 'live');
      if (secret && resultsVisibility === 'live') {
        throw invalid(
          'Un scrutin secret ne montre que la participation tant qu’il est ouvert : ses résultats paraissent à la clôture.',
          'A secret ballot shows only participation while open: its results appear at close.',
        );
      }
      const shape = await this.shape(reader, draft);
      const opensAt = draft.opensAt ?? null;
      const closesAt = draft.closesAt ?? null;
      if (opensAt && closesAt && closesAt <= opensAt)
        throw new DomainError(ErrorReason.InvalidDates, { fr: 'La clôture doit suivre l’ouverture.', en: 'Closing must come after opening.' });
      if (closesAt && closesAt <= this.clock.now())
        throw new DomainError(ErrorReason.InvalidDates, { fr: 'La clôture prévue est déjà passée.', en: 'The planned closing is already past.' });
      const scope = this.ballots.of(actor.organisationId);
      const ballot = await scope.save(
        scope.create({
          bodyId,
          meetingId,
          resolutionId,
          kind: draft.kind,
          title,
          question: optionalText(draft.question),
          secret,
          resultsVisibility,
          rollBasis,
          minChoices: shape.minChoices,
          maxChoices: shape.maxChoices,
          seats: shape.seats,
          status: 'draft',
          opensAt,
          closesAt,
          createdByAccountId: actor.accountId || null,
        }),
      );
      const payload = { organisationId: actor.organisationId, ballotId: ballot.id };
      if (opensAt) await this.jobs.send(BALLOT_OPEN_QUEUE, payload, { singletonKey: `open:${ballot.id}`, startAfter: opensAt });
      if (closesAt) await this.jobs.send(BALLOT_CLOSE_QUEUE, payload, { singletonKey: `close:${ballot.id}`, startAfter: closesAt });
      const options = this.options.of(actor.organisationId);
      await options.save(
        shape.options.map((o, position) =>
          options.create({ ballotId: ballot.id, position, label: o.label, code: o.code, candidateMemberId: o.candidateMemberId }),
        ),
      );
      return ballot.id;
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, ballotId: string): Promise<void> {
    await this.transactions.withTransaction(async () => {
      const ballot = await this.lock(actor, ballotId);
      if (ballot.status !== 'draft')
        throw statusForbids(ballot, { fr: 'seul un scrutin en préparation peut être supprimé.', en: 'only a draft ballot can be deleted.' });
      await this.ballots.of(actor.organisationId).delete({ id: ballotId });
    });
    this.definitions.forget(ballotId);
  }

  /** Opens the vote: the roll is drawn up and frozen now. */
  async open(actor: Pick<Actor, 'organisationId'>, ballotId: string): Promise<Ballot> {
    await this.transactions.withTransaction(async () => {
      const ballot = await this.lock(actor, ballotId);
      if (ballot.status !== 'draft') throw statusForbids(ballot, { fr: 'il est déjà ouvert ou clos.', en: 'it is already open or closed.' });
      const date = await this.organisations.today(actor.organisationId);
      if (ballot.meetingId) {
        const meeting = await this.meetings.get(actor, ballot.meetingId);
        if (meeting.status === 'closed') throw statusForbids(ballot, { fr: 'sa réunion est close.', en: 'its meeting is closed.' });
        if (ballot.rollBasis === 'attending' && meeting.status !== 'open') {
          throw statusForbids(ballot, {
            fr: 'il se vote entre présents, et la réunion n’est pas encore ouverte.',
            en: 'it is voted by those attending, and the meeting is not open yet.',
          });
        }
      }
      const { lines, quorum } = await this.rollBuilder.draw(actor.organisationId, ballot.rollBasis, {
        meetingId: ballot.meetingId,
        bodyId: ballot.bodyId,
        date,
      });
      // The quorum is checked again before each vote in the room: members may have left.
      if (quorum && !quorum.reached) {
        throw new DomainError(
          ErrorReason.QuorumNotReached,
          { fr: `Le vote ne peut pas s'ouvrir : ${quorum.explanation.fr}`, en: `The vote cannot open: ${quorum.explanation.en}` },
          { counted: quorum.counted, needed: quorum.needed },
        );
      }
      if (lines.length === 0) throw emptyRoll();
      const roll = this.roll.of(actor.organisationId);
      for (let i = 0; i < lines.length; i += 1000) {
        await roll.save(lines.slice(i, i + 1000).map((l) => roll.create({ ballotId, ...l })));
      }
      const bound = lines.filter((l) => l.via === 'blankProxy');
      if (ballot.kind === 'resolution' && ballot.resolutionId && bound.length > 0) {
        const resolution = await this.agenda.getResolution(actor, ballot.resolutionId);
        const code = blankProxyChoice(resolution.proposedByBoard);
        const option = (await this.options.of(actor.organisationId).find({ where: { ballotId } })).find((o) => o.code === code)!;
        await castBoundBlankProxies(this.transactions.tx, ballot, option.id, bound);
      }
      await this.ballots.of(actor.organisationId).update(
        { id: ballotId },
        {
          status: 'open',
          openedAt: this.clock.now(),
          quorumExplanationFr: quorum?.explanation.fr ?? null,
          quorumExplanationEn: quorum?.explanation.en ?? null,
        },
      );
    });
    this.events.statusChanged(ballotId);
    return this.get(actor, ballotId);
  }

  /** Closes the vote and counts it from the stored ballots; the box is shuffled and sealed. */
  async close(actor: Pick<Actor, 'organisationId'>, ballotId: string): Promise<Ballot> {
    await this.get(actor, ballotId);
    await this.counter.close(actor.organisationId, ballotId);
    this.definitions.markClosed(ballotId);
    this.events.statusChanged(ballotId);
    return this.get(actor, ballotId);
  }

  private async lock(actor: Pick<Actor, 'organisationId'>, ballotId: string): Promise<Ballot> {
    const ballot = await this.ballots.of(actor.organisationId).findOne({ id: ballotId }, { lock: { mode: 'pessimistic_write' } });
    if (!ballot) throw DomainError.notFound(BALLOT);
    return ballot;
  }

  /** Options and choice bounds by kind: yes/no/abstain; 2+ options; candidates for N seats. */
  private async shape(
    reader: Actor,
    draft: BallotDraft,
  ): Promise<{
    options: { label: string; code: string | null; candidateMemberId: string | null }[];
    minChoices: number;
    maxChoices: number;
    seats: number | null;
  }> {
    if (draft.kind === 'resolution') {
      if (draft.options?.length)
        throw invalid('Un vote sur une résolution se fait par pour, contre ou abstention.', 'A resolution is voted yes, no or abstain.');
      return { options: RESOLUTION_OPTIONS.map((o) => ({ ...o, candidateMemberId: null })), minChoices: 1, maxChoices: 1, seats: null };
    }
    const given = draft.options ?? [];
    if (given.length > MAX_OPTIONS) throw invalid(`Au plus ${MAX_OPTIONS} options.`, `At most ${MAX_OPTIONS} options.`);
    const options = given.map((o, i) => ({
      label: requireText(o.label, { fr: `Le libellé de l’option ${i + 1}`, en: `The label of option ${i + 1}` }, 300),
      code: null,
      candidateMemberId: o.candidateMemberId ?? null,
    }));
    if (new Set(options.map((o) => o.label.toLocaleLowerCase('fr'))).size !== options.length)
      throw invalid('Deux options portent le même libellé.', 'Two options have the same label.');
    const candidates = options.map((o) => o.candidateMemberId).filter((c): c is string => c !== null);
    if (candidates.length > 0) {
      if (draft.kind !== 'election') throw invalid('Seule une élection a des candidats.', 'Only an election has candidates.');
      // A candidate who is a member must be one of this organisation's (else: not found).
      for (const memberId of new Set(candidates)) await this.members.get(reader, memberId);
    }
    if (draft.kind === 'election') {
      const seats = draft.seats ?? 1;
      if (!Number.isInteger(seats) || seats < 1) throw invalid('Une élection pourvoit au moins un siège.', 'An election fills at least one seat.');
      if (options.length < 1) throw invalid('Une élection demande au moins un candidat.', 'An election needs at least one candidate.');
      return { options, minChoices: 0, maxChoices: Math.min(seats, options.length), seats };
    }
    if (options.length < 2) throw invalid('Un choix se fait entre au moins deux options.', 'A choice needs at least two options.');
    const minChoices = draft.minChoices ?? 1;
    const maxChoices = draft.maxChoices ?? Math.max(1, minChoices);
    if (
      !Number.isInteger(minChoices) ||
      !Number.isInteger(maxChoices) ||
      minChoices < 0 ||
      maxChoices < Math.max(1, minChoices) ||
      maxChoices > options.length
    ) {
      throw invalid(
        `Nombre de choix incohérent : entre ${minChoices} et ${maxChoices} parmi ${options.length} options.`,
        `Inconsistent number of choices: between ${minChoices} and ${maxChoices} among ${options.length} options.`,
      );
    }
    return { options, minChoices, maxChoices, seats: null };
  }
}

export function statusForbids(ballot: Ballot, what: { fr: string; en: string }): DomainError {
  return new DomainError(
    ErrorReason.BallotStatusForbids,
    { fr: `Le scrutin « ${ballot.title} » ne le permet pas : ${what.fr}`, en: `The ballot "${ballot.title}" does not allow it: ${what.en}` },
    { status: ballot.status },
  );
}
