import { isUuid } from '../../core/text/is-uuid';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import type { CastReceipt, CastRequest } from '../voter';
import type { LiveTally } from '../live-tally';
import type { LiveErrorPayload } from './live-error';

/**
 * The messages of the `/live` namespace.
 *
 * Client → server, each with an acknowledgement:
 * - `join` { ballotId } → { ok: true, tally } : the room of the ballot, then a `tally` at each change;
 * - `leave` { ballotId } → { ok: true };
 * - `cast` { ballotId, choices, forMemberId?, key } → { ok: true, receipt }.
 * Any refusal: { ok: false, error: { code, reason, message } }.
 *
 * Server → client: `tally` (a LiveTally) to the ballot's room.
 */
export const LIVE_NAMESPACE = '/live';
export const TALLY_EVENT = 'tally';

export const roomOf = (ballotId: string) => `ballot:${ballotId}`;

export type LiveAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: LiveErrorPayload };
export type JoinAck = LiveAck<{ tally: LiveTally }>;
export type CastAck = LiveAck<{ receipt: CastReceipt }>;

const MAX_CHOICES = 200;
const MAX_TEXT = 100;

function invalid(fr: string, en: string): DomainError {
  return new DomainError(ErrorReason.InvalidInput, { fr, en });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A ballot id that is not a UUID names no ballot: not found, as the database would say. */
function ballotIdIn(body: Record<string, unknown>): string {
  const ballotId = body.ballotId;
  if (!isUuid(ballotId)) throw DomainError.notFound({ fr: 'Scrutin', en: 'Ballot' });
  return ballotId.toLowerCase();
}

export function parseBallotMessage(body: unknown): { ballotId: string } {
  if (!isRecord(body)) throw invalid('Le message doit indiquer le scrutin : { ballotId }.', 'The message must name the ballot: { ballotId }.');
  return { ballotId: ballotIdIn(body) };
}

/** The shape of a cast; the ballot's own rules (choices, key, roll) are the casting service's. */
export function parseCastMessage(body: unknown): CastRequest {
  if (!isRecord(body)) {
    throw invalid('Le vote doit indiquer { ballotId, choices, key }.', 'The vote must give { ballotId, choices, key }.');
  }
  const ballotId = ballotIdIn(body);
  const { choices, forMemberId, key } = body;
  if (!Array.isArray(choices) || choices.length > MAX_CHOICES || !choices.every((c) => typeof c === 'string' && c.length <= MAX_TEXT)) {
    throw invalid('Les choix doivent être une liste de réponses du scrutin.', "The choices must be a list of the ballot's options.");
  }
  if (forMemberId !== undefined && forMemberId !== null && !isUuid(forMemberId)) {
    throw invalid('Le membre représenté doit être désigné par son identifiant.', 'The represented member must be given by their id.');
  }
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_TEXT) {
    throw invalid(
      'La clé du vote doit être un identifiant aléatoire (un UUID) créé une fois par vote.',
      "The vote's key must be a random identifier (a UUID) made once per vote.",
    );
  }
  return { ballotId, choices: choices as string[], forMemberId: forMemberId ?? null, key };
}
