import { bilingual, counted } from './explanations/format';
import { GovernanceErrorCode, fail, GovernanceError, type Bilingual } from './governance-error';
import { addDays, assertPlainDate, compareDates, daysBetween, formatPlainDate, type PlainDate } from './plain-date';
import type { GovernanceProfile, NoticeRules } from './profile/governance-profile';
import { meetingRules } from './profile/profile-access';
import type { BodyKind, Convocation, MeetingKind } from './vocabulary';

/**
 * The latest date a convocation may be sent: `noticeDays` before the meeting in calendar
 * days (sending day D, meeting on or after D + n), or in clear days (jours francs:
 * neither the sending day nor the meeting day counts, meeting on or after D + n + 1).
 */
export function latestSendingDate(meetingDate: PlainDate, noticeDays: number, counting: NoticeRules['counting'] = 'calendarDays'): PlainDate {
  assertPlainDate(meetingDate, 'meetingDate');
  if (!Number.isSafeInteger(noticeDays) || noticeDays < 0) {
    fail(GovernanceErrorCode.InvalidArgument, `Délai de convocation invalide : ${String(noticeDays)}.`, `Invalid notice period: ${String(noticeDays)}.`);
  }
  return addDays(meetingDate, -(noticeDays + (counting === 'clearDays' ? 1 : 0)));
}

export interface ConvocationDeadline {
  meetingDate: PlainDate;
  convocation: Convocation;
  noticeDays: number;
  counting: NoticeRules['counting'];
  latestSendingDate: PlainDate;
  explanation: Bilingual;
}

function noticeDaysOf(rules: NoticeRules, convocation: Convocation): number {
  return convocation === 'first' ? rules.firstConvocationDays : rules.secondConvocationDays;
}

/** The latest sending date of a convocation to a meeting of `body`, under the profile. */
export function convocationDeadline(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind,
  meetingDate: PlainDate,
  convocation: Convocation = 'first',
): ConvocationDeadline {
  const rules = meetingRules(profile, body, meetingKind).notice;
  const noticeDays = noticeDaysOf(rules, convocation);
  const latest = latestSendingDate(meetingDate, noticeDays, rules.counting);
  return {
    meetingDate,
    convocation,
    noticeDays,
    counting: rules.counting,
    latestSendingDate: latest,
    explanation: bilingual((l) =>
      l === 'fr'
        ? `Convocation à envoyer au plus tard le ${formatPlainDate(latest, l)} (${counted(noticeDays, l, rules.counting === 'clearDays' ? 'jour franc' : 'jour', rules.counting === 'clearDays' ? 'jours francs' : 'jours')} avant la réunion du ${formatPlainDate(meetingDate, l)}).`
        : `Convocation to be sent by ${formatPlainDate(latest, l)} (${counted(noticeDays, l, rules.counting === 'clearDays' ? 'clear day' : 'day', rules.counting === 'clearDays' ? 'clear days' : 'days')} before the meeting on ${formatPlainDate(meetingDate, l)}).`,
    ),
  };
}

export interface ConvocationTiming extends ConvocationDeadline {
  sentOn: PlainDate;
  /** Sent on or before the latest sending date. */
  inTime: boolean;
  /** Calendar days between sending and the meeting. */
  daysBefore: number;
  /** In time, or late but overridden by a secretary with a recorded reason. */
  accepted: boolean;
  overrideReason: string | null;
}

/**
 * Whether a convocation sent on `sentOn` is in time for the meeting. A late convocation
 * is refused (accepted = false) unless a secretary overrides it with a recorded reason.
 */
export function checkConvocationTiming(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind,
  input: { meetingDate: PlainDate; sentOn: PlainDate; convocation?: Convocation; overrideReason?: string | null },
): ConvocationTiming {
  assertPlainDate(input.sentOn, 'sentOn');
  const deadline = convocationDeadline(profile, body, meetingKind, input.meetingDate, input.convocation ?? 'first');
  const inTime = compareDates(input.sentOn, deadline.latestSendingDate) <= 0;
  const reason = input.overrideReason?.trim() ? input.overrideReason.trim() : null;
  const accepted = inTime || reason !== null;
  const daysBefore = daysBetween(input.sentOn, input.meetingDate);
  return {
    ...deadline,
    sentOn: input.sentOn,
    inTime,
    daysBefore,
    accepted,
    overrideReason: inTime ? null : reason,
    explanation: bilingual((l) => {
      const fr = l === 'fr';
      const sent = formatPlainDate(input.sentOn, l);
      const latest = formatPlainDate(deadline.latestSendingDate, l);
      if (inTime) {
        return fr ? `Convocation envoyée le ${sent}, dans les délais (au plus tard le ${latest}).` : `Convocation sent on ${sent}, in time (latest ${latest}).`;
      }
      const late = fr
        ? `Convocation envoyée le ${sent}, hors délai : elle devait partir au plus tard le ${latest}.`
        : `Convocation sent on ${sent}, late: it had to be sent by ${latest}.`;
      if (reason === null) return late;
      return fr ? `${late} Acceptée sur décision motivée : ${reason}` : `${late} Accepted by a recorded decision: ${reason}`;
    }),
  };
}

/** Like checkConvocationTiming, but throws CONVOCATION_LATE when the convocation is refused. */
export function assertConvocationInTime(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind,
  input: { meetingDate: PlainDate; sentOn: PlainDate; convocation?: Convocation; overrideReason?: string | null },
): ConvocationTiming {
  const timing = checkConvocationTiming(profile, body, meetingKind, input);
  if (!timing.accepted) throw new GovernanceError(GovernanceErrorCode.ConvocationLate, timing.explanation);
  return timing;
}

/** The earliest date of a second meeting after a first one without quorum; null when no interval is required. */
export function earliestSecondMeetingDate(profile: GovernanceProfile, body: BodyKind, meetingKind: MeetingKind, firstMeetingDate: PlainDate): PlainDate | null {
  const days = meetingRules(profile, body, meetingKind).notice.minDaysBeforeSecondMeeting;
  return days === null ? null : addDays(firstMeetingDate, days);
}

/** Whether a second meeting on `secondMeetingDate` respects the minimum interval after the first one. */
export function checkSecondMeetingInterval(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind,
  firstMeetingDate: PlainDate,
  secondMeetingDate: PlainDate,
): { allowed: boolean; earliest: PlainDate | null; explanation: Bilingual } {
  assertPlainDate(secondMeetingDate, 'secondMeetingDate');
  const earliest = earliestSecondMeetingDate(profile, body, meetingKind, firstMeetingDate);
  const afterFirst = compareDates(secondMeetingDate, firstMeetingDate) > 0;
  const allowed = afterFirst && (earliest === null || compareDates(secondMeetingDate, earliest) >= 0);
  return {
    allowed,
    earliest,
    explanation: bilingual((l) => {
      const fr = l === 'fr';
      const date = formatPlainDate(secondMeetingDate, l);
      if (earliest === null) {
        return allowed
          ? fr
            ? `Seconde réunion le ${date} : aucun intervalle minimal n'est requis.`
            : `Second meeting on ${date}: no minimum interval is required.`
          : fr
            ? `La seconde réunion doit suivre la première.`
            : 'The second meeting must follow the first.';
      }
      const e = formatPlainDate(earliest, l);
      return allowed
        ? fr
          ? `Seconde réunion le ${date}, après l'intervalle minimal (au plus tôt le ${e}).`
          : `Second meeting on ${date}, after the minimum interval (earliest ${e}).`
        : fr
          ? `Seconde réunion le ${date} trop tôt : au plus tôt le ${e}.`
          : `Second meeting on ${date} too early: earliest ${e}.`;
    }),
  };
}

/** How a member is convened: by e-mail only with their prior consent, otherwise by post. */
export function convocationChannel(member: { eNoticeConsent: boolean; email?: string | null }): 'email' | 'post' {
  return member.eNoticeConsent && (member.email === undefined || (member.email !== null && member.email.trim() !== '')) ? 'email' : 'post';
}
