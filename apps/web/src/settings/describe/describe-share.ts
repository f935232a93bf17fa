import { Rational, type Comparison, type RationalText } from '@collegial/governance';
import type { Describer } from './describer';

/**
 * A share as a person says it: "un quart", "deux tiers", "la moitié"; a percentage stays
 * one ("65 %"); any other fraction is written "3/7".
 */
export function describeShare(d: Describer, text: RationalText): string {
  const share = Rational.parse(text);
  if (text.includes('%')) return share.toPercent(d.locale);
  const fraction = `${share.numerator}/${share.denominator}`;
  return d.t(`fractions.${share.numerator}_${share.denominator}`, { defaultValue: fraction });
}

/** "{{share}} of …" or "more than {{share}} of …", from the message keys `<prefix>.atLeast` and `<prefix>.moreThan`. */
export function describeThreshold(d: Describer, prefix: string, share: RationalText, comparison: Comparison, extra: Record<string, unknown> = {}): string {
  return d.t(`${prefix}.${comparison}`, { share: describeShare(d, share), ...extra });
}
