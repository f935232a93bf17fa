import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { isUuid } from '../../core/text/is-uuid';
import { MembersService } from '../../members/members.service';
import type { CastReceipt, CastRequest, Voter } from '../voter';
import { BallotDefinitions, type BallotDefinition } from './ballot-definitions';
import { CastKeys } from './cast-keys';
import { CastWriter } from './cast-writer';

const BALLOT = { fr: 'Scrutin', en: 'Ballot' };
/**
 * How long the member an account is in an organisation is trusted without a query. An
 * account unlinked from its member may still cast that member's vote for this long; what
 * it may cast stays bounded by the ballot's roll, checked in the vote's transaction.
 */
const VOTER_TTL_MS = 15_000;
const VOTER_CAPACITY = 20_000;

/**
 * Casting a vote, from a session or a personal link, through GraphQL or the live socket:
 * checked in memory against the ballot's options, then written by the CastWriter in one
 * batched transaction that checks the roll and the status and answers a retry with the
 * first answer.
 */
@Injectable()
export class CastingService {
  private readonly keys: CastKeys;
  /** `organisationId|accountId` → the member and until when it is trusted. */
  private readonly votersByAccount = new Map<string, { memberId: string; until: number }>();

  constructor(
    private readonly definitions: BallotDefinitions,
    private readonly writer: CastWriter,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (!config.sessionSecret) throw new Error('The server secret (sessionSecret) is needed to sign receipts');
    this.keys = new CastKeys(config.sessionSecret);
  }

  /** The member an account is in an organisation: who votes from a session. */
  async voterForAccount(accountId: string, organisationId: string): Promise<Voter> {
    const cacheKey = `${organisationId}|${accountId}`;
    const known = this.votersByAccount.get(cacheKey);
    if (known && known.until > Date.now()) return { organisationId, memberId: known.memberId, meetingId: null };
    const member = await this.members.ofAccount(organisationId, accountId);
    if (!member) {
      throw new DomainError(ErrorReason.NotOnRoll, {
        fr: "Votre compte n'est rattaché à aucun membre de cette structure : demandez au secrétariat de vous rattacher, ou votez depuis le lien personnel de votre convocation.",
        en: 'Your account is not linked to a member of this organisation: ask the secretariat to link it, or vote from the personal link in your convocation.',
      });
    }
    if (this.votersByAccount.size >= VOTER_CAPACITY) this.votersByAccount.delete(this.votersByAccount.keys().next().value!);
    this.votersByAccount.delete(cacheKey);
    this.votersByAccount.set(cacheKey, { memberId: member.id, until: Date.now() + VOTER_TTL_MS });
    return { organisationId, memberId: member.id, meetingId: null };
  }

  async cast(voter: Voter, request: CastRequest): Promise<CastReceipt> {
    const key = CastKeys.check(request.key);
    if (!isUuid(request.ballotId)) throw DomainError.notFound(BALLOT);
    const definition = await this.definitions.get(request.ballotId);
    // Another organisation's ballot, or one beyond a personal link's meeting, answers as unknown.
    if (!definition || definition.organisationId !== voter.organisationId || (voter.meetingId !== null && definition.meetingId !== voter.meetingId)) {
      throw DomainError.notFound(BALLOT);
    }
    if (definition.closed) throw notOpen('closed');
    const memberId = request.forMemberId ?? voter.memberId;
    if (!isUuid(memberId)) throw notOnRoll(null);
    const choices = checkChoices(definition, request.choices);
    const receipt = this.keys.receipt(definition.id, memberId, key);
    const outcome = await this.writer.write({
      ballotId: definition.id,
      memberId,
      casterMemberId: voter.memberId,
      choices,
      keyHash: this.keys.keyHash(definition.id, memberId, key),
      receipt,
    });
    switch (outcome.kind) {
      case 'recorded':
        return { ballotId: definition.id, memberId, receipt, castAt: outcome.castAt, replayed: false };
      case 'replayed':
        return { ballotId: definition.id, memberId, receipt: outcome.receipt ?? receipt, castAt: outcome.castAt, replayed: true };
      case 'notOpen':
        if (outcome.status === null) throw DomainError.notFound(BALLOT);
        if (outcome.status === 'closed') this.definitions.markClosed(definition.id);
        throw notOpen(outcome.status);
      case 'notOnRoll':
        throw notOnRoll(outcome.casterMemberId);
      case 'blankProxyBound':
        throw new DomainError(ErrorReason.AlreadyVoted, {
          fr: 'Ce pouvoir en blanc a voté à l’ouverture du scrutin, selon la règle : pour les résolutions présentées par le conseil, contre les autres.',
          en: 'This blank proxy voted when the ballot opened, by the rule: for the resolutions the board put forward, against the others.',
        });
      case 'alreadyVoted':
        throw new DomainError(ErrorReason.AlreadyVoted, {
          fr: 'Ce vote est déjà enregistré : un vote à bulletin secret est définitif.',
          en: 'This vote is already recorded: a secret ballot vote is final.',
        });
    }
  }
}

function checkChoices(definition: BallotDefinition, choices: unknown): string[] {
  const list = Array.isArray(choices) ? choices : [];
  const unique = new Set(list);
  const valid = list.every((c) => typeof c === 'string' && definition.optionIds.has(c)) && unique.size === list.length;
  if (!Array.isArray(choices) || !valid) {
    throw new DomainError(ErrorReason.InvalidChoice, {
      fr: 'Ce choix ne fait pas partie des options du scrutin (ou il est répété).',
      en: "This choice is not one of the ballot's options (or it is repeated).",
    });
  }
  if (list.length < definition.minChoices || list.length > definition.maxChoices) {
    const range = definition.minChoices === definition.maxChoices ? `${definition.maxChoices}` : `${definition.minChoices} à ${definition.maxChoices}`;
    const rangeEn = definition.minChoices === definition.maxChoices ? `${definition.maxChoices}` : `${definition.minChoices} to ${definition.maxChoices}`;
    throw new DomainError(
      ErrorReason.InvalidChoice,
      { fr: `Ce scrutin demande ${range} choix ; vous en avez fait ${list.length}.`, en: `This ballot asks for ${rangeEn} choices; you made ${list.length}.` },
      { minChoices: definition.minChoices, maxChoices: definition.maxChoices },
    );
  }
  return list as string[];
}

function notOpen(status: string): DomainError {
  return new DomainError(
    ErrorReason.BallotStatusForbids,
    status === 'closed'
      ? { fr: 'Ce scrutin est clos : le vote n’est plus possible.', en: 'This ballot is closed: voting is over.' }
      : { fr: 'Ce scrutin n’est pas encore ouvert.', en: 'This ballot is not open yet.' },
    { status },
  );
}

function notOnRoll(casterMemberId: string | null): DomainError {
  return new DomainError(
    ErrorReason.NotOnRoll,
    casterMemberId
      ? {
          fr: 'Ce vote ne vous revient pas : il est porté par un autre membre (présent, ou titulaire de la procuration).',
          en: 'This vote is not yours to cast: another member carries it (present, or holding the proxy).',
        }
      : {
          fr: 'Vous ne figurez pas sur la liste des votants de ce scrutin, arrêtée à son ouverture.',
          en: "You are not on this ballot's roll, drawn up when it opened.",
        },
  );
}
