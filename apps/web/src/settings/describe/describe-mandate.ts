import type { BodyKind, MandateRules } from '@collegial/governance';
import type { Describer, RuleText } from './describer';
import { bodyOf } from './describe-meeting';

/** "3 ans", "18 mois", "sans durée fixe". */
export function describeTerm(d: Describer, termMonths: number | null): string {
  if (termMonths === null) return d.t('mandate.noTerm');
  if (termMonths % 12 === 0) return d.t('mandate.years', { count: termMonths / 12 });
  return d.t('mandate.months', { count: termMonths });
}

/** "Mandats du conseil d’administration : 3 ans, renouvelés par tiers". */
export function describeMandate(d: Describer, body: BodyKind, mandate: MandateRules): RuleText {
  const { renewal } = mandate;
  const renewed = typeof renewal === 'string' ? d.t(`mandate.renewal.${renewal}`) : d.t('mandate.renewal.parts', { count: renewal.parts });
  const parts = [describeTerm(d, mandate.termMonths)];
  if (mandate.termMonths !== null) parts.push(renewed);
  if (mandate.termMonths !== null && mandate.termEnds === 'ordinaryAssembly') parts.push(d.t('mandate.untilAssembly'));
  return { title: d.t('mandate.title', { of: bodyOf(d, body) }), rule: parts.join(', ') };
}
