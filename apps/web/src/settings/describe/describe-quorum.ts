import type { BodyKind, MeetingKind, QuorumRules, Threshold } from '@collegial/governance';
import { clauses, finish, type Describer, type RuleText } from './describer';
import { meetingOf } from './describe-meeting';
import { describeThreshold } from './describe-share';

const threshold = (d: Describer, t: Threshold) => describeThreshold(d, 'quorum', t.share, t.comparison);

/** "un quart des membres sur première convocation, aucun sur seconde". */
function byConvocation(d: Describer, first: Threshold | null, second: Threshold | null): string {
  if (first && second) return d.t('quorum.both', { first: threshold(d, first), second: threshold(d, second) });
  if (first) return d.t('quorum.firstOnly', { first: threshold(d, first) });
  if (second) return d.t('quorum.secondOnly', { second: threshold(d, second) });
  return d.t('quorum.none');
}

/** "Quorum de l’AG ordinaire : un quart des membres sur première convocation, aucun sur seconde". */
export function describeQuorum(d: Describer, body: BodyKind, kind: MeetingKind, quorum: QuorumRules): RuleText {
  const perCollege = quorum.perCollege;
  const rule = clauses(d, [
    byConvocation(d, quorum.firstConvocation, quorum.secondConvocation),
    perCollege && (perCollege.firstConvocation || perCollege.secondConvocation)
      ? d.t('quorum.perCollege', { rule: byConvocation(d, perCollege.firstConvocation, perCollege.secondConvocation) })
      : '',
    quorum.countRepresented ? '' : d.t('quorum.notRepresented'),
    quorum.countRemote ? '' : d.t('quorum.notRemote'),
  ]);
  return { title: d.t('quorum.title', { of: meetingOf(d, body, kind) }), rule: finish(d, rule) };
}
