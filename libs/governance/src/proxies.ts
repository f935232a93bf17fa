import { bilingual } from './explanations/format';
import { GovernanceError, GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import type { BlankProxyRecipient, GovernanceProfile, ProxyCap, ProxyRules } from './profile/governance-profile';
import { meetingRules } from './profile/profile-access';
import { Rational } from './rational';
import type { BodyKind, MeetingKind } from './vocabulary';

/** A proxy (pouvoir) for one meeting. `holderId` null = a blank proxy, which goes to the chair or the office the profile names. */
export interface ProxyRecord {
  principalId: string;
  holderId: string | null;
}

/** What the rules need to know about the principal (mandant). */
export interface ProxyPrincipal {
  id: string;
  hasVote: boolean;
  college?: string | null;
  /** The principal replied that they attend (in person or remotely). */
  attending?: boolean;
}

/** What the rules need to know about the holder (mandataire). */
export interface ProxyHolder {
  id: string;
  isMember: boolean;
  hasVote: boolean;
  /** Family member of the principal (some associations accept one). */
  isFamilyOfPrincipal?: boolean;
  college?: string | null;
}

export interface ProxyRequest {
  principal: ProxyPrincipal;
  /** null for a blank proxy. */
  holder: ProxyHolder | null;
  /** Proxies already accepted for this meeting. */
  existing: readonly ProxyRecord[];
  /** Members with a vote in the body (for caps that depend on the membership's size). */
  votingMembers: number;
  /**
   * The member who receives blank proxies — the chair, or the holder of the office the
   * profile names (blankProxies.goesTo) — needed only when blank proxies count toward the cap.
   */
  blankRecipientId?: string | null;
  /** Former name of blankRecipientId, still read when blankRecipientId is absent. */
  chairId?: string | null;
}

const RECIPIENT_LABELS: Record<BlankProxyRecipient, Bilingual> = {
  chair: { fr: 'président de séance', en: 'chair of the meeting' },
  president: { fr: 'président', en: 'president' },
  manager: { fr: 'gérant', en: 'manager (gérant)' },
};

/** Who receives blank proxies under the rules, with the office's name for explanations. */
export function blankProxyRecipient(rules: ProxyRules): { goesTo: BlankProxyRecipient; label: Bilingual } {
  const goesTo = rules.blankProxies.goesTo ?? 'chair';
  return { goesTo, label: RECIPIENT_LABELS[goesTo] };
}

export interface ProxyRefusal {
  code: GovernanceErrorCode;
  messages: Bilingual;
}

export interface ProxyDecision {
  allowed: boolean;
  /** Every rule the proxy breaks (empty when allowed). */
  refusals: ProxyRefusal[];
  /** The holder's cap; null when uncapped or for a blank proxy. */
  cap: number | null;
  /** Proxies the holder already holds that count toward the cap. */
  held: number;
  explanation: Bilingual;
}

/**
 * Most proxies one holder may hold: a fixed number, or floor(fraction × members with a
 * vote) with a minimum (SCOP, loi 78-763: fewer than 20 members → 1; from 20, one
 * twentieth: 60 → 3, 30 → 1). null = no cap.
 */
export function proxyCap(cap: ProxyCap, votingMembers: number): number | null {
  if (!Number.isSafeInteger(votingMembers) || votingMembers < 0) {
    fail(GovernanceErrorCode.InvalidCount, `Nombre de membres invalide : ${String(votingMembers)}.`, `Invalid number of members: ${String(votingMembers)}.`);
  }
  switch (cap.kind) {
    case 'none':
      return null;
    case 'fixed':
      return cap.max;
    case 'fractionOfMembers': {
      const n = Number(Rational.parse(cap.fraction).mul(votingMembers).floor());
      return Math.max(n, cap.minimum);
    }
  }
}

function refusal(code: GovernanceErrorCode, fr: string, en: string): ProxyRefusal {
  return { code, messages: { fr, en } };
}

/**
 * Whether a proxy may be given (by the principal) and accepted (by the holder) under the
 * proxy rules. Checks: proxies allowed at this meeting; the principal has a vote, does
 * not attend, has not already given a proxy and holds none (no chains); the holder is
 * eligible (member with a vote, member, or family, per the profile), gave no proxy
 * themselves (no chains), is in the same college when required, and is under the cap
 * (blank proxies do not count toward it unless the profile says so). A blank proxy needs
 * the profile to allow them. A proxy to oneself is refused like the others (PROXY_TO_SELF
 * among the refusals), never thrown.
 */
export function checkProxy(rules: ProxyRules, request: ProxyRequest, proxiesAllowed = true): ProxyDecision {
  const { principal, holder, existing } = request;
  const recipientId = request.blankRecipientId ?? request.chairId ?? null;
  const refusals: ProxyRefusal[] = [];
  const toSelf = holder !== null && holder.id === principal.id;
  if (toSelf) {
    refusals.push(
      refusal(
        GovernanceErrorCode.ProxyToSelf,
        `Un membre ne peut pas se donner pouvoir à lui-même (${principal.id}).`,
        `A member cannot give a proxy to themselves (${principal.id}).`,
      ),
    );
  }
  if (!proxiesAllowed) {
    refusals.push(
      refusal(GovernanceErrorCode.ProxiesNotAllowed, 'Les pouvoirs ne sont pas admis pour cette réunion.', 'Proxies are not accepted at this meeting.'),
    );
  }
  if (!principal.hasVote) {
    refusals.push(
      refusal(
        GovernanceErrorCode.ProxyPrincipalWithoutVote,
        "Le mandant n'a pas voix délibérative : il n'a pas de vote à confier.",
        'The principal has no vote to pass on.',
      ),
    );
  }
  if (principal.attending) {
    refusals.push(
      refusal(
        GovernanceErrorCode.ProxyPrincipalAttends,
        'Le mandant participe à la réunion : il vote lui-même.',
        'The principal attends the meeting and votes in person.',
      ),
    );
  }
  if (existing.some((p) => p.principalId === principal.id)) {
    refusals.push(
      refusal(
        GovernanceErrorCode.ProxyAlreadyGiven,
        'Le mandant a déjà donné un pouvoir pour cette réunion.',
        'The principal has already given a proxy for this meeting.',
      ),
    );
  }
  if (existing.some((p) => p.holderId === principal.id)) {
    refusals.push(
      refusal(
        GovernanceErrorCode.ProxyChain,
        'Le mandant détient déjà des pouvoirs : un pouvoir ne se transmet pas.',
        'The principal already holds proxies: a proxy cannot be passed on.',
      ),
    );
  }

  let cap: number | null = null;
  let held = 0;
  const blanks = existing.filter((p) => p.holderId === null).length;
  const capReached = (n: number, c: number): ProxyRefusal =>
    refusal(
      GovernanceErrorCode.ProxyCapReached,
      `Le mandataire détient déjà ${n} pouvoir${n > 1 ? 's' : ''} sur ${c} autorisé${c > 1 ? 's' : ''}.`,
      `The holder already holds ${n} prox${n === 1 ? 'y' : 'ies'} of the ${c} allowed.`,
    );
  if (holder === null) {
    if (!rules.blankProxies.allowed) {
      refusals.push(
        refusal(GovernanceErrorCode.BlankProxiesNotAllowed, 'Les statuts n’admettent pas les pouvoirs en blanc.', 'The statutes do not accept blank proxies.'),
      );
    } else if (rules.blankProxies.countTowardCap && recipientId != null) {
      cap = proxyCap(rules.cap, request.votingMembers);
      held = existing.filter((p) => p.holderId === recipientId).length + blanks;
      if (cap !== null && held >= cap) refusals.push(capReached(held, cap));
    }
  } else if (!toSelf) {
    const eligible =
      rules.holder === 'memberWithVote'
        ? holder.isMember && holder.hasVote
        : rules.holder === 'member'
          ? holder.isMember
          : holder.isMember || holder.isFamilyOfPrincipal === true;
    if (!eligible) {
      const who = {
        memberWithVote: { fr: 'un membre ayant voix délibérative', en: 'a member with a vote' },
        member: { fr: 'un membre', en: 'a member' },
        memberOrFamily: { fr: 'un membre ou un proche du mandant', en: 'a member or a family member of the principal' },
      }[rules.holder];
      refusals.push(refusal(GovernanceErrorCode.ProxyHolderNotEligible, `Le mandataire doit être ${who.fr}.`, `The holder must be ${who.en}.`));
    }
    if (existing.some((p) => p.principalId === holder.id)) {
      refusals.push(
        refusal(
          GovernanceErrorCode.ProxyChain,
          'Le mandataire a lui-même donné pouvoir : il ne peut pas en recevoir.',
          'The holder has given a proxy themselves and cannot hold one.',
        ),
      );
    }
    if (rules.sameCollege && (principal.college ?? null) !== (holder.college ?? null)) {
      refusals.push(
        refusal(
          GovernanceErrorCode.ProxyOtherCollege,
          'Le mandataire doit appartenir au même collège que le mandant.',
          "The holder must belong to the principal's college.",
        ),
      );
    }
    cap = proxyCap(rules.cap, request.votingMembers);
    // Blank proxies go to the chair (or the named office); they count toward that holder's cap only if the profile says so.
    held = existing.filter((p) => p.holderId === holder.id).length;
    if (rules.blankProxies.countTowardCap && recipientId != null && holder.id === recipientId) held += blanks;
    if (cap !== null && held >= cap) refusals.push(capReached(held, cap));
  }

  const allowed = refusals.length === 0;
  return {
    allowed,
    refusals,
    cap,
    held,
    explanation: bilingual((l) => {
      if (!allowed) return refusals.map((r) => r.messages[l]).join(' ');
      if (holder === null) {
        const office = blankProxyRecipient(rules).label[l];
        return l === 'fr' ? `Pouvoir en blanc accepté : il sera remis au ${office}.` : `Blank proxy accepted: it goes to the ${office}.`;
      }
      const capText = cap === null ? (l === 'fr' ? 'sans plafond' : 'no cap') : l === 'fr' ? `plafond : ${cap}` : `cap: ${cap}`;
      return l === 'fr'
        ? `Pouvoir accepté : le mandataire en détiendra ${held + 1} (${capText}).`
        : `Proxy accepted: the holder will hold ${held + 1} (${capText}).`;
    }),
  };
}

/** checkProxy with the profile's rules for a meeting of `body`. */
export function checkProxyFor(profile: GovernanceProfile, body: BodyKind, meetingKind: MeetingKind, request: ProxyRequest): ProxyDecision {
  return checkProxy(profile.proxies, request, meetingRules(profile, body, meetingKind).proxiesAllowed);
}

/** Like checkProxy, but throws a GovernanceError with the first refusal's code. */
export function assertProxyAllowed(rules: ProxyRules, request: ProxyRequest, proxiesAllowed = true): void {
  const decision = checkProxy(rules, request, proxiesAllowed);
  if (!decision.allowed) {
    const first = decision.refusals[0];
    throw new GovernanceError(first.code, first.messages);
  }
}

/** The proxies that take effect at the meeting, and the votes each attendee casts. */
export interface EffectiveProxies {
  /** Proxies in force, blank ones assigned to their recipient (the chair by default). */
  proxies: { principalId: string; holderId: string; blank: boolean }[];
  /** Proxies cancelled because their principal attends. */
  cancelled: ProxyRecord[];
  /** Votes held per holder: one of their own plus one per proxy (a secret ballot gives one ballot per vote). */
  votesByHolder: Record<string, number>;
}

/**
 * Resolves proxies when the meeting opens: a principal who attends cancels their proxy;
 * blank proxies go to `blankRecipientId` — the chair, or the holder of the office the
 * profile names (see blankProxyRecipient). `attending` lists members who attend (present
 * or remote).
 */
export function effectiveProxies(proxies: readonly ProxyRecord[], attending: readonly string[], blankRecipientId: string): EffectiveProxies {
  const chairId = blankRecipientId;
  const present = new Set(attending);
  const out: EffectiveProxies = { proxies: [], cancelled: [], votesByHolder: {} };
  for (const id of present) out.votesByHolder[id] = 1;
  for (const p of proxies) {
    if (present.has(p.principalId)) {
      out.cancelled.push(p);
      continue;
    }
    const holderId = p.holderId ?? chairId;
    out.proxies.push({ principalId: p.principalId, holderId, blank: p.holderId === null });
    out.votesByHolder[holderId] = (out.votesByHolder[holderId] ?? (present.has(holderId) ? 1 : 0)) + 1;
  }
  return out;
}

/**
 * How the chair casts a blank proxy: for the resolutions the board (or manager) put
 * forward, against the others.
 */
export function blankProxyChoice(resolutionProposedByBoard: boolean): 'yes' | 'no' {
  return resolutionProposedByBoard ? 'yes' : 'no';
}
