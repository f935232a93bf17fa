import { formatPlainDate } from '@collegial/governance';
import type { Locale } from '../../core/locale/locale';
import type { ConvocationSending } from '../entities/convocation-sending.entity';

/** A recorded sending told again: in time, or late with the reason given. */
export function sendingExplanation(sending: ConvocationSending, locale: Locale): string {
  const fr = locale === 'fr';
  const sent = formatPlainDate(sending.sentOn, locale);
  const latest = formatPlainDate(sending.latestSendingDate, locale);
  if (sending.inTime) {
    return fr ? `Convocations envoyées le ${sent}, dans les délais (au plus tard le ${latest}).` : `Convocations sent on ${sent}, in time (latest ${latest}).`;
  }
  return fr
    ? `Convocations envoyées le ${sent}, hors délai (au plus tard le ${latest}), sur décision motivée : ${sending.overrideReason ?? ''}`
    : `Convocations sent on ${sent}, late (latest ${latest}), by a recorded decision: ${sending.overrideReason ?? ''}`;
}
