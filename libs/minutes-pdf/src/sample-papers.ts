import type { PaperLocale } from './format';
import type { AttendanceSheet } from './render-attendance-sheet';
import type { PostalConvocations } from './render-postal-convocations';
import type { ProxyForm } from './render-proxy-form';
import { sampleMinutes } from './sample-minutes';

/**
 * The other papers of the sample assembly (sample-minutes.ts): its attendance sheet, a
 * proxy form, and the letters for the members convened by post (one in eight).
 */
export function sampleAttendanceSheet(options: { locale?: PaperLocale; members?: number } = {}): AttendanceSheet {
  const minutes = sampleMinutes({ ...options, resolutions: 1 });
  const a = minutes.attendance;
  const everyone = [...a.present, ...a.remote, ...a.represented, ...a.excused, ...a.absent].sort((x, y) => x.name.localeCompare(y.name, 'fr'));
  const held = new Map<string, string[]>();
  for (const r of a.represented) if (r.holder) held.set(r.holder, [...(held.get(r.holder) ?? []), r.name]);
  return {
    organisation: minutes.organisation,
    meeting: minutes.meeting,
    members: everyone.map((m) => ({ name: m.name, college: m.college ?? null, proxiesHeld: held.get(m.name) ?? [] })),
    blankProxies: a.represented.filter((r) => !r.holder).map((r) => r.name),
    officers: { chair: minutes.officers.chair, secretary: minutes.officers.secretary },
  };
}

export function sampleProxyForm(options: { locale?: PaperLocale; holderNamed?: boolean } = {}): ProxyForm {
  const minutes = sampleMinutes({ locale: options.locale, resolutions: 1 });
  return {
    organisation: minutes.organisation,
    meeting: minutes.meeting,
    principal: { name: minutes.attendance.represented[0].name },
    holder: options.holderNamed ? { name: minutes.attendance.present[1].name } : null,
    agenda: minutes.agenda,
    returnBy: '2026-06-11',
  };
}

export function samplePostalConvocations(options: { locale?: PaperLocale; members?: number } = {}): PostalConvocations {
  const minutes = sampleMinutes({ ...options, resolutions: 1 });
  const a = minutes.attendance;
  const everyone = [...a.present, ...a.remote, ...a.represented, ...a.excused, ...a.absent];
  const fr = (options.locale ?? 'fr') === 'fr';
  return {
    organisation: minutes.organisation,
    meeting: { ...minutes.meeting, startTime: '18:30' },
    convocation: 'first',
    sentOn: minutes.convocation.sentOn,
    signatory: minutes.officers.chair,
    convenedBy: minutes.convocation.convenedBy,
    agenda: minutes.agenda,
    documents: minutes.documents,
    documentsAt: fr
      ? 'Les documents sont consultables au siège et sur l’espace des sociétaires.'
      : 'The documents can be read at the registered office and in the members’ area.',
    proxyFormEnclosed: true,
    recipients: everyone.filter((_, i) => i % 8 === 0).map((m, i) => ({ name: m.name, address: [`${i + 3} rue des Tanneurs`, `6900${(i % 9) + 1} Lyon`] })),
  };
}
