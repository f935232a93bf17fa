import { bilingual, listOf } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import { addMonths, assertPlainDate, compareDates, formatPlainDate, type PlainDate } from './plain-date';
import type { GovernanceProfile } from './profile/governance-profile';
import { SeededRandom } from './seeded-random';
import type { BodyKind, MandateRole } from './vocabulary';

/**
 * The term of a mandate in `body` under the profile, in months; null when the profile
 * sets no fixed term or has no rules for that body.
 */
export function mandateTermMonths(profile: GovernanceProfile, body: BodyKind): number | null {
  return profile.bodies[body]?.mandate.termMonths ?? null;
}

function assertTerm(termMonths: number): void {
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    fail(
      GovernanceErrorCode.InvalidTerm,
      `Durée de mandat invalide : ${String(termMonths)} mois (un entier positif est attendu).`,
      `Invalid term: ${String(termMonths)} months (a positive integer is expected).`,
    );
  }
}

/**
 * The date a mandate ends: the same calendar day `termMonths` later, clamped to the end
 * of the month (2024-02-29 + 12 months = 2025-02-28). The mandate is held from its start
 * date up to the day before its end date; on the end date the seat passes to the successor.
 */
export function mandateEndDate(start: PlainDate, termMonths: number): PlainDate {
  assertPlainDate(start, 'start');
  assertTerm(termMonths);
  return addMonths(start, termMonths);
}

/** How a mandate ended early. */
export type MandateTermination = 'resignation' | 'revocation' | 'death';

/** A person holding a role in a body from a start date to an end date. */
export interface MandateRecord {
  holderId: string;
  role: MandateRole;
  start: PlainDate;
  /** Planned end (null = no fixed term). */
  end: PlainDate | null;
  /** Early end by resignation, revocation or death, if any. */
  endedOn?: PlainDate | null;
  termination?: MandateTermination | null;
}

/** The day a mandate stops being held: the earlier of its end date and its early end; null = open-ended. */
export function mandateLastDayExclusive(m: MandateRecord): PlainDate | null {
  if (m.end != null) assertPlainDate(m.end, 'end');
  if (m.endedOn != null) assertPlainDate(m.endedOn, 'endedOn');
  if (m.end == null) return m.endedOn ?? null;
  if (m.endedOn == null) return m.end;
  return compareDates(m.endedOn, m.end) < 0 ? m.endedOn : m.end;
}

/** Whether a mandate is held on `date`: start ≤ date < end (or early end). */
export function isMandateActive(m: MandateRecord, date: PlainDate): boolean {
  assertPlainDate(m.start, 'start');
  assertPlainDate(date, 'date');
  if (compareDates(m.start, date) > 0) return false;
  const stop = mandateLastDayExclusive(m);
  return stop === null || compareDates(date, stop) < 0;
}

/** A body's composition on a date: the mandates held that day (a query, not a guess). */
export function compositionOn<M extends MandateRecord>(mandates: readonly M[], date: PlainDate): M[] {
  return mandates.filter((m) => isMandateActive(m, date));
}

/** One renewal of a board renewed by thirds. */
export interface RenewalGroup {
  /** 1, 2 or 3. */
  index: number;
  /** The date these seats come up for renewal (their mandates end). */
  renewalDate: PlainDate;
  memberIds: string[];
  /** Whether this group was drawn by lot (the first two renewals of a new board). */
  drawnByLot: boolean;
}

export interface RenewalSchedule {
  groups: RenewalGroup[];
  /** End date of each member's first mandate. */
  endDates: Record<string, PlainDate>;
  seed: string;
  explanation: Bilingual;
}

/**
 * The renewal-by-thirds schedule of a board elected as a whole on `start`: one third of
 * the seats is renewed after a third of the term, another after two thirds, the rest at
 * the end of the full term. The members leaving at the first two renewals are drawn by
 * lot from `seed` (members are first sorted, so the draw does not depend on input
 * order). When the number of seats is not a multiple of three the later groups are the
 * larger ones (10 seats: 3, 3, 4). The term must be a multiple of 3 months.
 */
export function renewalByThirds(input: {
  memberIds: readonly string[];
  start: PlainDate;
  termMonths: number;
  seed: string;
}): RenewalSchedule {
  const { start, termMonths, seed } = input;
  assertPlainDate(start, 'start');
  assertTerm(termMonths);
  if (termMonths % 3 !== 0) {
    fail(
      GovernanceErrorCode.InvalidTerm,
      `Un renouvellement par tiers demande une durée multiple de 3 mois (reçu : ${termMonths}).`,
      `Renewal by thirds needs a term that is a multiple of 3 months (got ${termMonths}).`,
    );
  }
  const ids = [...input.memberIds].sort();
  if (new Set(ids).size !== ids.length) {
    fail(GovernanceErrorCode.InvalidArgument, 'Un membre figure deux fois dans le conseil.', 'A member is listed twice on the board.');
  }
  const drawn = new SeededRandom(seed).shuffle(ids);
  const n = ids.length;
  const sizes = [Math.floor(n / 3), Math.floor((n + 1) / 3), Math.floor((n + 2) / 3)];
  const groups: RenewalGroup[] = [];
  let offset = 0;
  sizes.forEach((size, i) => {
    const members = drawn.slice(offset, offset + size).sort();
    offset += size;
    groups.push({
      index: i + 1,
      renewalDate: addMonths(start, ((i + 1) * termMonths) / 3),
      memberIds: members,
      drawnByLot: i < 2,
    });
  });
  const endDates: Record<string, PlainDate> = {};
  for (const g of groups) for (const id of g.memberIds) endDates[id] = g.renewalDate;
  return {
    groups,
    endDates,
    seed,
    explanation: bilingual((l) => {
      const fr = l === 'fr';
      const parts = groups.map((g) => {
        const date = formatPlainDate(g.renewalDate, l);
        const who = g.memberIds.length > 0 ? listOf(g.memberIds, l) : fr ? 'personne' : 'no one';
        return fr
          ? `${g.index === 3 ? 'au terme du mandat' : `${g.index}${g.index === 1 ? 'er' : 'e'} renouvellement${g.drawnByLot ? ' (tiré au sort)' : ''}`}, le ${date} : ${who}`
          : `${g.index === 3 ? 'at the end of the term' : `renewal ${g.index}${g.drawnByLot ? ' (drawn by lot)' : ''}`}, on ${date}: ${who}`;
      });
      return fr
        ? `Renouvellement par tiers (graine du tirage : « ${seed} ») : ${parts.join(' ; ')}.`
        : `Renewal by thirds (seed of the draw: "${seed}"): ${parts.join('; ')}.`;
    }),
  };
}
