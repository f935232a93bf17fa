import type { BodyKind, MeetingKind, MeetingRules } from '@collegial/governance';
import { clauses, type Describer, type RuleText } from './describer';
import { meetingOf } from './describe-meeting';

/** "Modalités de l’AG ordinaire : pouvoirs admis ; pas de consultation écrite ; votes pondérés par collège". */
export function describeMeetingOptions(d: Describer, body: BodyKind, kind: MeetingKind, meeting: MeetingRules): RuleText {
  const rule = clauses(d, [
    d.t(meeting.proxiesAllowed ? 'meetingOptions.proxies' : 'meetingOptions.noProxies'),
    d.t(meeting.writtenConsultation ? 'meetingOptions.written' : 'meetingOptions.noWritten'),
    meeting.collegeWeighted ? d.t('meetingOptions.weighted') : '',
  ]);
  return { title: d.t('meetingOptions.title', { of: meetingOf(d, body, kind) }), rule };
}
