import { bilingual, formatCount, listOf, plural } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual, type Locale } from './governance-error';
import type { Comparison, GovernanceProfile, QuorumRules } from './profile/governance-profile';
import { meetingRules } from './profile/profile-access';
import { Rational } from './rational';
import type { BodyKind, Convocation, MeetingKind } from './vocabulary';

/** Attendance of members with a vote (the base of the quorum). */
export interface AttendanceCounts {
  /** Members with voting rights in the body on the meeting's date. */
  votingMembers: number;
  /** Attending in person. */
  present: number;
  /** Attending remotely. */
  remote: number;
  /** Absent but represented by a proxy. */
  represented: number;
  /** The same counts per college, for a quorum required in each college (QuorumRules.perCollege). */
  byCollege?: Readonly<Record<string, CollegeAttendance>>;
}

/** Attendance within one college. */
export interface CollegeAttendance {
  votingMembers: number;
  present: number;
  remote: number;
  represented: number;
  /** Name for explanations (defaults to the id). */
  name?: string;
}

/** The quorum of one college. */
export interface CollegeQuorum {
  college: string;
  name: string;
  reached: boolean;
  counted: number;
  base: number;
  share: Rational;
  needed: number;
}

export interface QuorumResult {
  /** The meeting may decide. Always true when no quorum applies. */
  reached: boolean;
  /** A quorum applies on this convocation. */
  required: boolean;
  convocation: Convocation;
  /** Members counted toward the quorum. */
  counted: number;
  /** Members with a vote. */
  base: number;
  present: number;
  remote: number;
  represented: number;
  /** The threshold share (0 when no quorum applies). */
  threshold: Rational;
  comparison: Comparison;
  /** counted / base (0 when the base is empty). */
  share: Rational;
  /** Fewest members that reach the quorum; null when no quorum applies. */
  needed: number | null;
  /** The quorum in each college, when the rules require one per college (empty otherwise). */
  colleges: CollegeQuorum[];
  explanation: Bilingual;
}

function checkCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(
      GovernanceErrorCode.InvalidCount,
      `Effectif invalide pour « ${name} » : ${String(value)} (un entier positif ou nul est attendu).`,
      `Invalid count for "${name}": ${String(value)} (a non-negative integer is expected).`,
    );
  }
  return value;
}

/** Smallest n with n/base meeting the threshold. */
function neededCount(base: number, share: Rational, comparison: Comparison): number {
  const exact = share.mul(base);
  const n = comparison === 'atLeast' ? exact.ceil() : exact.floor() + 1n;
  return Number(n);
}

function meets(count: number, base: number, share: Rational, comparison: Comparison): boolean {
  const c = Rational.of(count);
  const target = share.mul(base);
  return comparison === 'atLeast' ? c.gte(target) : c.gt(target);
}

function whoCounts(rules: QuorumRules, n: number, locale: Locale): string {
  if (locale === 'fr') {
    const present = plural(n, locale, 'présent', 'présents');
    const represented = plural(n, locale, 'représenté', 'représentés');
    if (rules.countRepresented) return rules.countRemote ? `${present} ou ${represented}` : `${present} sur place ou ${represented}`;
    return rules.countRemote ? present : `${present} sur place`;
  }
  if (rules.countRepresented) return rules.countRemote ? 'present or represented' : 'present in person or represented';
  return rules.countRemote ? 'present' : 'present in person';
}

function thresholdText(share: Rational, comparison: Comparison, locale: Locale): string {
  const pct = share.toPercent(locale);
  if (comparison === 'atLeast') return pct;
  return locale === 'fr' ? `plus de ${pct}` : `more than ${pct}`;
}

/** The quorum counted over all members (see evaluateQuorum). */
function overallQuorum(rules: QuorumRules, convocation: Convocation, counts: AttendanceCounts): Omit<QuorumResult, 'colleges'> {
  const base = checkCount(counts.votingMembers, 'votingMembers');
  const present = checkCount(counts.present, 'present');
  const remote = checkCount(counts.remote, 'remote');
  const represented = checkCount(counts.represented, 'represented');
  if (present + remote + represented > base) {
    fail(
      GovernanceErrorCode.InvalidCount,
      `${present + remote + represented} membres présents, à distance ou représentés pour ${base} membres ayant voix délibérative : incohérent.`,
      `${present + remote + represented} members present, remote or represented for ${base} members with a vote: inconsistent.`,
    );
  }
  const counted = present + (rules.countRemote ? remote : 0) + (rules.countRepresented ? represented : 0);
  const threshold = convocation === 'first' ? rules.firstConvocation : rules.secondConvocation;
  const share = base === 0 ? Rational.ZERO : Rational.of(counted, base);
  const common = { convocation, counted, base, present, remote, represented, share };

  if (threshold === null) {
    return {
      ...common,
      reached: true,
      required: false,
      threshold: Rational.ZERO,
      comparison: 'atLeast',
      needed: null,
      explanation: bilingual((l) => {
        const conv =
          l === 'fr'
            ? convocation === 'first'
              ? 'en première convocation'
              : 'en seconde convocation'
            : convocation === 'first'
              ? 'on first convocation'
              : 'on second convocation';
        const shareText = base === 0 ? '' : l === 'fr' ? `, soit ${share.toPercent(l)}` : `, i.e. ${share.toPercent(l)}`;
        return l === 'fr'
          ? `Aucun quorum requis ${conv} : ${formatCount(counted, l)} ${plural(counted, l, 'membre', 'membres')} ${whoCounts(rules, counted, l)} sur ${base}${shareText}.`
          : `No quorum required ${conv}: ${counted} ${plural(counted, l, 'member', 'members')} ${whoCounts(rules, counted, l)} out of ${base}${shareText}.`;
      }),
    };
  }

  const thresholdShare = Rational.parse(threshold.share);
  const reached = meets(counted, base, thresholdShare, threshold.comparison);
  const needed = neededCount(base, thresholdShare, threshold.comparison);
  return {
    ...common,
    reached,
    required: true,
    threshold: thresholdShare,
    comparison: threshold.comparison,
    needed,
    explanation: bilingual((l) => {
      const t = thresholdText(thresholdShare, threshold.comparison, l);
      if (l === 'fr') {
        const head = reached ? 'Quorum atteint' : 'Quorum non atteint';
        const tail = reached ? '' : ` ; il en fallait au moins ${needed}`;
        return `${head} : ${counted} ${plural(counted, l, 'membre', 'membres')} ${whoCounts(rules, counted, l)} sur ${base}, soit ${share.toPercent(l)} (seuil : ${t})${tail}.`;
      }
      const head = reached ? 'Quorum reached' : 'Quorum not reached';
      const tail = reached ? '' : `; at least ${needed} were needed`;
      return `${head}: ${counted} ${plural(counted, l, 'member', 'members')} ${whoCounts(rules, counted, l)} out of ${base}, i.e. ${share.toPercent(l)} (threshold: ${t})${tail}.`;
    }),
  };
}

/**
 * Whether a meeting reaches its quorum. Counted: present, plus remote when the rules
 * count remote attendance, plus represented when they count proxies; compared with the
 * threshold of the convocation (none on second convocation, usually). Counts are on
 * heads, never weighted by college. When the rules also require a quorum in each college
 * (perCollege, e.g. three quarters of each college), `counts.byCollege` is needed and the
 * quorum is reached only when it is reached overall and in every college with members.
 * Throws INVALID_COUNT for negative or inconsistent counts (more attending than members
 * with a vote).
 */
export function evaluateQuorum(rules: QuorumRules, convocation: Convocation, counts: AttendanceCounts): QuorumResult {
  const overall = overallQuorum(rules, convocation, counts);
  const perCollege = rules.perCollege ? (convocation === 'first' ? rules.perCollege.firstConvocation : rules.perCollege.secondConvocation) : null;
  if (!perCollege) return { ...overall, colleges: [] };
  if (!counts.byCollege) {
    fail(
      GovernanceErrorCode.InvalidArgument,
      'Un quorum est exigé dans chaque collège : la présence par collège est nécessaire (byCollege).',
      'A quorum is required in each college: attendance per college is needed (byCollege).',
    );
  }
  const share = Rational.parse(perCollege.share);
  const colleges: CollegeQuorum[] = [];
  for (const [id, c] of Object.entries(counts.byCollege)) {
    const q = overallQuorum({ ...rules, firstConvocation: perCollege, secondConvocation: perCollege }, convocation, c);
    if (q.base === 0) continue;
    colleges.push({ college: id, name: c.name ?? id, reached: q.reached, counted: q.counted, base: q.base, share: q.share, needed: q.needed ?? 0 });
  }
  const missing = colleges.filter((c) => !c.reached);
  const reached = overall.reached && missing.length === 0;
  return {
    ...overall,
    reached,
    required: true,
    colleges,
    explanation: bilingual((l) => {
      const t = thresholdText(share, perCollege.comparison, l);
      const lines = colleges.map((c) =>
        l === 'fr'
          ? `Collège ${c.name} : ${c.counted} sur ${c.base}, soit ${c.share.toPercent(l)} (seuil : ${t}) — ${c.reached ? 'atteint' : `non atteint, il en fallait au moins ${c.needed}`}.`
          : `College ${c.name}: ${c.counted} out of ${c.base}, i.e. ${c.share.toPercent(l)} (threshold: ${t}) — ${c.reached ? 'reached' : `not reached, at least ${c.needed} were needed`}.`,
      );
      const verdict =
        missing.length === 0
          ? ''
          : l === 'fr'
            ? ` Quorum non atteint dans ${missing.length > 1 ? 'les collèges' : 'le collège'} ${listOf(
                missing.map((c) => c.name),
                l,
              )} : l'assemblée ne peut délibérer.`
            : ` Quorum not reached in college${missing.length > 1 ? 's' : ''} ${listOf(
                missing.map((c) => c.name),
                l,
              )}: the meeting cannot decide.`;
      return `${overall.explanation[l]} ${lines.join(' ')}${verdict}`;
    }),
  };
}

/** The quorum of a meeting of `body` under a profile (see evaluateQuorum); college names come from the profile. */
export function quorumFor(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind,
  convocation: Convocation,
  counts: AttendanceCounts,
): QuorumResult {
  const names = new Map((profile.colleges?.colleges ?? []).map((c) => [c.id, c.name]));
  const byCollege = counts.byCollege
    ? Object.fromEntries(Object.entries(counts.byCollege).map(([id, c]) => [id, { ...c, name: c.name ?? names.get(id) ?? id }]))
    : undefined;
  return evaluateQuorum(meetingRules(profile, body, meetingKind).quorum, convocation, byCollege ? { ...counts, byCollege } : counts);
}

/** One line of the attendance sheet (feuille de présence). */
export interface AttendanceEntry {
  memberId: string;
  status: 'present' | 'remote' | 'represented' | 'absent';
}

/**
 * Counts the attendance sheet against the roll of members with a vote. Entries of
 * members not on the roll are ignored (they have no vote); a member listed twice keeps
 * the strongest status (present > remote > represented > absent), so a principal who
 * attends is counted as present, not represented.
 */
export function countAttendance(roll: readonly string[], attendance: readonly AttendanceEntry[]): AttendanceCounts {
  const onRoll = new Set(roll);
  const rank = { absent: 0, represented: 1, remote: 2, present: 3 } as const;
  const best = new Map<string, AttendanceEntry['status']>();
  for (const entry of attendance) {
    if (!(entry.status in rank)) {
      fail(
        GovernanceErrorCode.InvalidArgument,
        `Statut de présence inconnu : « ${String(entry.status)} ».`,
        `Unknown attendance status: "${String(entry.status)}".`,
      );
    }
    if (!onRoll.has(entry.memberId)) continue;
    const previous = best.get(entry.memberId);
    if (previous === undefined || rank[entry.status] > rank[previous]) best.set(entry.memberId, entry.status);
  }
  const counts: AttendanceCounts = { votingMembers: onRoll.size, present: 0, remote: 0, represented: 0 };
  for (const status of best.values()) {
    if (status !== 'absent') counts[status] += 1;
  }
  return counts;
}
