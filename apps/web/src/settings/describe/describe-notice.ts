import type { BodyKind, MeetingKind, NoticeRules } from '@collegial/governance';
import { clauses, type Describer, type RuleText } from './describer';
import { meetingOf } from './describe-meeting';

/** "Convocation de l’AG ordinaire : 15 jours à l’avance (10 jours sur seconde convocation) ; seconde réunion au moins 10 jours après la première". */
export function describeNotice(d: Describer, body: BodyKind, kind: MeetingKind, notice: NoticeRules): RuleText {
  const unit = notice.counting === 'clearDays' ? 'notice.clearDays' : 'notice.days';
  const days = (count: number) => d.t(unit, { count });
  const ahead =
    notice.firstConvocationDays === notice.secondConvocationDays
      ? d.t('notice.same', { days: days(notice.firstConvocationDays) })
      : d.t('notice.different', { first: days(notice.firstConvocationDays), second: days(notice.secondConvocationDays) });
  const rule = clauses(d, [
    ahead,
    notice.minDaysBeforeSecondMeeting === null ? '' : d.t('notice.gap', { days: d.t('notice.days', { count: notice.minDaysBeforeSecondMeeting }) }),
  ]);
  return { title: d.t('notice.title', { of: meetingOf(d, body, kind) }), rule };
}
