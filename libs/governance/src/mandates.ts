import { bilingual, listOf } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import { addMonths, assertPlainDate, compareDates, formatPlainDate, type PlainDate } from './plain-date';
import type { GovernanceProfile, TermEndRule } from './profile/governance-profile';
import { renewalParts } from './profile/profile-access';
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

/** When a term ends, and why (see `termEndOf`). */
export interface MandateTermEnd {
  rule: TermEndRule;
  termMonths: number;
  /** The start plus the term, clamped to the month's end. */
  anniversary: PlainDate;
  /** The year the term expires (the anniversary's year). */
  expiryYear: number;
  /**
   * The first day out of office: the anniversary, or the day of the ordinary general
   * assembly held in the expiry year (the seat passes at its close to whom it elects);
   * null while that assembly's date is not known.
   */
  end: PlainDate | null;
  explanation: Bilingual;
}

/** The first ordinary general assembly held in `year`, after `after`; null when none is known. */
function assemblyInYear(year: number, after: PlainDate, assemblies: readonly PlainDate[]): PlainDate | null {
  const inYear = assemblies
    .map((d) => {
      assertPlainDate(d, 'ordinaryAssemblies');
      return d;
    })
    .filter((d) => Number(d.slice(0, 4)) === year && compareDates(d, after) > 0)
    .sort(compareDates);
  return inYear[0] ?? null;
}

/**
 * When a term that started on `start` ends. 'anniversary': the same calendar day
 * `termMonths` later (mandateEndDate). 'ordinaryAssembly' (most statutes: "à l'issue de
 * l'assemblée générale ordinaire tenue dans l'année au cours de laquelle expire le
 * mandat"): the day of the first ordinary general assembly, among `ordinaryAssemblies`
 * (held or planned), in the year of the anniversary; null until that date is known, the
 * seat staying filled meanwhile.
 */
export function termEndOf(
  rules: { termMonths: number; termEnds?: TermEndRule },
  start: PlainDate,
  ordinaryAssemblies: readonly PlainDate[] = [],
): MandateTermEnd {
  const anniversary = mandateEndDate(start, rules.termMonths);
  const rule = rules.termEnds ?? 'anniversary';
  const expiryYear = Number(anniversary.slice(0, 4));
  const end = rule === 'anniversary' ? anniversary : assemblyInYear(expiryYear, start, ordinaryAssemblies);
  return {
    rule,
    termMonths: rules.termMonths,
    anniversary,
    expiryYear,
    end,
    explanation: bilingual((l) => {
      const fr = l === 'fr';
      if (rule === 'anniversary') {
        return fr
          ? `Mandat de ${rules.termMonths} mois à compter du ${formatPlainDate(start, l)} : il prend fin le ${formatPlainDate(anniversary, l)}.`
          : `A ${rules.termMonths}-month term from ${formatPlainDate(start, l)}: it ends on ${formatPlainDate(anniversary, l)}.`;
      }
      const when = end ? (fr ? `le ${formatPlainDate(end, l)}` : `on ${formatPlainDate(end, l)}`) : fr ? 'date à fixer' : 'date to be set';
      return fr
        ? `Mandat de ${rules.termMonths} mois à compter du ${formatPlainDate(start, l)}, expirant en ${expiryYear} : il prend fin à l'issue de l'assemblée générale ordinaire de ${expiryYear} (${when}).`
        : `A ${rules.termMonths}-month term from ${formatPlainDate(start, l)}, expiring in ${expiryYear}: it ends at the close of the ${expiryYear} ordinary general assembly (${when}).`;
    }),
  };
}

/**
 * The term end of a mandate in `body` starting on `start`, under the profile's term and
 * term-end rule; null when the profile sets no fixed term for that body.
 */
export function mandateTermEnd(
  profile: GovernanceProfile,
  body: BodyKind,
  start: PlainDate,
  ordinaryAssemblies: readonly PlainDate[] = [],
): MandateTermEnd | null {
  const rules = profile.bodies[body]?.mandate;
  if (!rules || rules.termMonths === null) return null;
  return termEndOf({ termMonths: rules.termMonths, termEnds: rules.termEnds }, start, ordinaryAssemblies);
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

/** Where a mandate stands on a date. */
export type MandateStatus = 'upcoming' | 'running' | 'ended';
export const MANDATE_STATUSES: readonly MandateStatus[] = ['upcoming', 'running', 'ended'];

/**
 * The one definition of a mandate's effective end (exclusive: the first day out of
 * office): its actual end when one is recorded (resignation, revocation, death, a
 * handover, or a seat held past its planned term until the assembly that renews it),
 * else its planned term end; null = open-ended. (The database's exclusion constraints
 * compute the same, COALESCE(ended_on, term_end_on).)
 */
export function mandateEffectiveEnd(m: { termEndOn: PlainDate | null; endedOn?: PlainDate | null }): PlainDate | null {
  if (m.termEndOn != null) assertPlainDate(m.termEndOn, 'termEndOn');
  if (m.endedOn != null) assertPlainDate(m.endedOn, 'endedOn');
  return m.endedOn ?? m.termEndOn ?? null;
}

/** A mandate's status on `on`: upcoming before its start, ended from its effective end, running in between. */
export function mandateStatus(m: { startOn: PlainDate; termEndOn: PlainDate | null; endedOn?: PlainDate | null }, on: PlainDate): MandateStatus {
  assertPlainDate(m.startOn, 'startOn');
  assertPlainDate(on, 'on');
  if (compareDates(m.startOn, on) > 0) return 'upcoming';
  const end = mandateEffectiveEnd(m);
  return end !== null && compareDates(end, on) <= 0 ? 'ended' : 'running';
}

/** The day a mandate stops being held (mandateEffectiveEnd of a MandateRecord); null = open-ended. */
export function mandateLastDayExclusive(m: MandateRecord): PlainDate | null {
  return mandateEffectiveEnd({ termEndOn: m.end, endedOn: m.endedOn });
}

/** Whether a mandate is held on `date`: start ≤ date < effective end (see mandateEffectiveEnd). */
export function isMandateActive(m: MandateRecord, date: PlainDate): boolean {
  return mandateStatus({ startOn: m.start, termEndOn: m.end, endedOn: m.endedOn }, date) === 'running';
}

/** A body's composition on a date: the mandates held that day (a query, not a guess). */
export function compositionOn<M extends MandateRecord>(mandates: readonly M[], date: PlainDate): M[] {
  return mandates.filter((m) => isMandateActive(m, date));
}

/** One renewal of a body renewed by parts (halves, thirds...). */
export interface RenewalGroup {
  /** 1 to the number of parts. */
  index: number;
  /** The date these seats come up for renewal (their mandates end); null while the ordinary assembly of that year has no date. */
  renewalDate: PlainDate | null;
  /** The year of this renewal. */
  renewalYear: number;
  memberIds: string[];
  /** Whether this group was drawn by lot (every renewal of a new body but the last). */
  drawnByLot: boolean;
}

export interface RenewalSchedule {
  /** Parts the body is renewed in (1 = whole, 2 = halves, 3 = thirds). */
  parts: number;
  termEnds: TermEndRule;
  groups: RenewalGroup[];
  /** End date of each member's first mandate (null while its assembly has no date). */
  endDates: Record<string, PlainDate | null>;
  seed: string;
  explanation: Bilingual;
}

const PART_NAMES: Record<number, { fr: string; en: string }> = {
  1: { fr: 'Renouvellement intégral', en: 'Renewal as a whole' },
  2: { fr: 'Renouvellement par moitié', en: 'Renewal by halves' },
  3: { fr: 'Renouvellement par tiers', en: 'Renewal by thirds' },
  4: { fr: 'Renouvellement par quart', en: 'Renewal by quarters' },
};

/**
 * The renewal schedule of a body elected as a whole on `start` and renewed in `parts`:
 * a part of the seats is renewed at each `termMonths / parts` months, the last part at
 * the end of the full term; with `termEnds: 'ordinaryAssembly'` each renewal happens at
 * the ordinary general assembly of that year (from `ordinaryAssemblies`, else its date is
 * null). The members leaving at every renewal but the last are drawn by lot from `seed`
 * (members are first sorted, so the draw does not depend on input order). When the
 * number of seats is not a multiple of the parts, the later groups are the larger ones
 * (10 seats by thirds: 3, 3, 4). The term must be a multiple of `parts` months.
 */
export function renewalByParts(input: {
  memberIds: readonly string[];
  start: PlainDate;
  termMonths: number;
  parts: number;
  seed: string;
  termEnds?: TermEndRule;
  ordinaryAssemblies?: readonly PlainDate[];
}): RenewalSchedule {
  const { start, termMonths, seed, parts } = input;
  const termEnds = input.termEnds ?? 'anniversary';
  assertPlainDate(start, 'start');
  assertTerm(termMonths);
  if (!Number.isSafeInteger(parts) || parts < 1 || parts > 12) {
    fail(
      GovernanceErrorCode.InvalidArgument,
      `Nombre de parts de renouvellement invalide : ${String(parts)}.`,
      `Invalid number of renewal parts: ${String(parts)}.`,
    );
  }
  const name = PART_NAMES[parts] ?? { fr: `Renouvellement en ${parts} parts`, en: `Renewal in ${parts} parts` };
  if (termMonths % parts !== 0) {
    fail(
      GovernanceErrorCode.InvalidTerm,
      `${name.fr} : la durée du mandat doit être un multiple de ${parts} mois (reçu : ${termMonths}).`,
      `${name.en}: the term must be a multiple of ${parts} months (got ${termMonths}).`,
    );
  }
  const ids = [...input.memberIds].sort();
  if (new Set(ids).size !== ids.length) {
    fail(GovernanceErrorCode.InvalidArgument, 'Un membre figure deux fois dans le conseil.', 'A member is listed twice on the board.');
  }
  const drawn = parts > 1 ? new SeededRandom(seed).shuffle(ids) : ids;
  const n = ids.length;
  const groups: RenewalGroup[] = [];
  let offset = 0;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor((n + i) / parts);
    const members = drawn.slice(offset, offset + size).sort();
    offset += size;
    const end = termEndOf({ termMonths: ((i + 1) * termMonths) / parts, termEnds }, start, input.ordinaryAssemblies ?? []);
    groups.push({ index: i + 1, renewalDate: end.end, renewalYear: end.expiryYear, memberIds: members, drawnByLot: i < parts - 1 });
  }
  const endDates: Record<string, PlainDate | null> = {};
  for (const g of groups) for (const id of g.memberIds) endDates[id] = g.renewalDate;
  return {
    parts,
    termEnds,
    groups,
    endDates,
    seed,
    explanation: bilingual((l) => {
      const fr = l === 'fr';
      const parts_ = groups.map((g) => {
        const date = g.renewalDate
          ? fr
            ? `le ${formatPlainDate(g.renewalDate, l)}`
            : `on ${formatPlainDate(g.renewalDate, l)}`
          : fr
            ? `à l'AGO de ${g.renewalYear} (date à fixer)`
            : `at the ${g.renewalYear} ordinary general assembly (date to be set)`;
        const who = g.memberIds.length > 0 ? listOf(g.memberIds, l) : fr ? 'personne' : 'no one';
        const last = g.index === parts;
        return fr
          ? `${last ? 'au terme du mandat' : `${g.index}${g.index === 1 ? 'er' : 'e'} renouvellement${g.drawnByLot ? ' (tiré au sort)' : ''}`}, ${date} : ${who}`
          : `${last ? 'at the end of the term' : `renewal ${g.index}${g.drawnByLot ? ' (drawn by lot)' : ''}`}, ${date}: ${who}`;
      });
      return fr ? `${name.fr} (graine du tirage : « ${seed} ») : ${parts_.join(' ; ')}.` : `${name.en} (seed of the draw: "${seed}"): ${parts_.join('; ')}.`;
    }),
  };
}

/** renewalByParts in three parts, on anniversaries unless `termEnds` says otherwise. */
export function renewalByThirds(input: {
  memberIds: readonly string[];
  start: PlainDate;
  termMonths: number;
  seed: string;
  termEnds?: TermEndRule;
  ordinaryAssemblies?: readonly PlainDate[];
}): RenewalSchedule {
  return renewalByParts({ ...input, parts: 3 });
}

/**
 * The renewal schedule of `body` under the profile: its term, its renewal rule (whole,
 * halves, thirds, parts) and when terms end (anniversary or ordinary assembly). Throws
 * INVALID_TERM when the body has no fixed term.
 */
export function renewalScheduleFor(
  profile: GovernanceProfile,
  body: BodyKind,
  input: { memberIds: readonly string[]; start: PlainDate; seed: string; ordinaryAssemblies?: readonly PlainDate[] },
): RenewalSchedule {
  const rules = profile.bodies[body]?.mandate;
  if (!rules || rules.termMonths === null) {
    return fail(
      GovernanceErrorCode.InvalidTerm,
      `Le profil ne fixe pas de durée de mandat pour l'instance « ${body} » : pas de calendrier de renouvellement.`,
      `The profile sets no term for the body "${body}": no renewal schedule.`,
    );
  }
  return renewalByParts({ ...input, termMonths: rules.termMonths, parts: renewalParts(rules.renewal), termEnds: rules.termEnds });
}
