import type { PaperLabels } from './labels';
import type { MeetingIdentity, OrganisationIdentity } from './paper-data';
import { MUTED, type PaperWriter } from './paper-writer';

/** The organisation's identity, top left: name, legal form, address, registration number. */
export function writeOrganisationHeader(writer: PaperWriter, organisation: OrganisationIdentity): void {
  const pdf = writer.pdf;
  pdf.font('Bold').fontSize(11).text(organisation.name, writer.left, pdf.y, { width: writer.contentWidth });
  pdf.font('Regular').fontSize(8.5).fillColor(MUTED);
  const legalForm = organisation.legalFormText || writer.labels.legalForm[organisation.legalForm];
  const lines = [legalForm, ...organisation.address, organisation.registrationNumber ?? ''].filter((line) => line && line.trim());
  for (const line of lines) pdf.text(line, { width: writer.contentWidth });
  pdf.fillColor('#1a1a1a').fontSize(10);
  writer.space(14);
}

/** "Assemblée générale ordinaire" / "Annual general assembly (ordinary)": the body's name and, for a general assembly, its kind. */
export function meetingName(meeting: MeetingIdentity, labels: PaperLabels, locale: 'fr' | 'en'): string {
  const kind = meeting.body.kind === 'generalAssembly' && meeting.kind ? labels.meetingKind[meeting.kind] : null;
  if (!kind) return meeting.body.name;
  return locale === 'fr' ? `${meeting.body.name} ${kind}` : `${meeting.body.name} (${kind})`;
}

/** The paper's creation date, from the data: the meeting's date and a time, read as UTC. */
export function paperDate(date: string, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}
