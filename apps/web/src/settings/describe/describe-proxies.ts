import type { ProxyRules } from '@collegial/governance';
import { clauses, finish, type Describer, type RuleText } from './describer';
import { describeShare } from './describe-share';

function cap(d: Describer, rules: ProxyRules): string {
  const { cap } = rules;
  if (cap.kind === 'none') return d.t('proxies.noCap');
  if (cap.kind === 'fixed') return d.t('proxies.fixed', { count: cap.max });
  return d.t('proxies.fraction', { share: describeShare(d, cap.fraction), minimum: cap.minimum });
}

/** "Pouvoirs : 2 au plus par mandataire ; confiés à un membre ayant droit de vote ; pouvoirs en blanc admis, remis au président de séance". */
export function describeProxies(d: Describer, rules: ProxyRules): RuleText {
  const holder = d.t(`proxies.holder.${rules.holder}`) + (rules.sameCollege ? ` ${d.t('proxies.sameCollege')}` : '');
  const { blankProxies: blank } = rules;
  const to = d.t(`proxies.blankTo.${blank.goesTo ?? 'chair'}`);
  const blankText = blank.allowed ? d.t(blank.countTowardCap ? 'proxies.blankCounted' : 'proxies.blank', { to }) : d.t('proxies.noBlank');
  return { title: d.t('proxies.title'), rule: finish(d, clauses(d, [cap(d, rules), holder, blankText])) };
}
