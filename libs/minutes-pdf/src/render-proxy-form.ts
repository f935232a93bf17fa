import { formatLongDate, formatShortDate, formatTime } from './format';
import type { AgendaEntry, MeetingIdentity, NamedPerson, OrganisationIdentity } from './paper-data';
import { meetingName, paperDate, writeOrganisationHeader } from './paper-header';
import { MUTED, PaperWriter, type PaperOptions } from './paper-writer';

/** A pouvoir: one member (mandant) lets a holder (mandataire) vote for them at one meeting. */
export interface ProxyForm {
  organisation: OrganisationIdentity;
  meeting: MeetingIdentity;
  principal: NamedPerson;
  /** The holder when already named; null leaves the name blank for the member to fill in. */
  holder: NamedPerson | null;
  agenda: AgendaEntry[];
  /** 'YYYY-MM-DD' by which the form must reach the organisation, if any. */
  returnBy?: string | null;
}

/** The proxy form for one member, ready to print, fill in and sign. */
export async function renderProxyForm(form: ProxyForm, options: PaperOptions = {}): Promise<Buffer> {
  const locale = options.locale ?? 'fr';
  const writer = new PaperWriter(
    {
      title: `${form.organisation.name} — ${form.principal.name} — ${formatShortDate(form.meeting.date)}`,
      author: form.organisation.name,
      creationDate: paperDate(form.meeting.date, form.meeting.startTime),
    },
    options,
  );
  const { labels } = writer;
  const name = form.meeting.title || meetingName(form.meeting, labels, locale);
  writeOrganisationHeader(writer, form.organisation);
  writer.title(labels.proxyTitle, labels.proxySubtitle);
  writer.fields([
    [labels.principalLabel, form.principal.capacity ? `${form.principal.name}, ${form.principal.capacity}` : form.principal.name],
    [labels.holderLabel, form.holder ? form.holder.name : labels.holderBlank],
    [labels.date, `${formatLongDate(form.meeting.date, locale)}, ${formatTime(form.meeting.startTime, locale)}`],
    [labels.place, form.meeting.place],
  ]);
  writer.space(8);
  writer.paragraph(labels.proxyText(form.principal.name, form.holder?.name ?? null, `${name} — ${formatLongDate(form.meeting.date, locale, false)}`), {
    size: 10.5,
  });
  writer.heading(labels.agenda, 2);
  writer.list(form.agenda.map((entry) => ({ marker: `${entry.number}.`, text: entry.title })));
  writer.space(6);
  writer.paragraph(labels.proxyHolderRule, { size: 9, color: MUTED });
  if (!form.holder) writer.paragraph(labels.blankProxyNotice, { size: 9, color: MUTED });
  if (form.returnBy) writer.paragraph(labels.proxyDeadline(form.returnBy), { bold: true, size: 9.5 });
  writer.space(10);
  writer.paragraph(labels.madeAt);
  writer.space(6);
  writer.signatures([{ caption: labels.principalLabel, name: form.principal.name }], 80);
  writer.paragraph(labels.goodForProxy, { size: 8.5, color: MUTED });
  const left = `${form.organisation.name} — ${labels.proxyTitle} — ${form.principal.name}`;
  return writer.finish(() => ({ left }));
}
