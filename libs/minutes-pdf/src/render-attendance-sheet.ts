import { formatLongDate, formatShortDate, formatTime } from './format';
import type { MeetingIdentity, NamedPerson, OrganisationIdentity } from './paper-data';
import { meetingName, paperDate, writeOrganisationHeader } from './paper-header';
import { MUTED, PaperWriter, type PaperOptions } from './paper-writer';

/** One member on the attendance sheet, with the proxies they hold. */
export interface AttendanceSheetMember {
  name: string;
  college?: string | null;
  /** Names of the members (mandants) whose proxy this member holds. */
  proxiesHeld: string[];
}

/** The feuille de présence: the members convened, in the order they should sign. */
export interface AttendanceSheet {
  organisation: OrganisationIdentity;
  meeting: MeetingIdentity;
  members: AttendanceSheetMember[];
  /** Blank proxies, which go to the chair: listed under the chair's line when the chair is named. */
  blankProxies?: string[];
  /** The officers who certify the sheet, when known (chair, secretary). */
  officers?: { chair?: NamedPerson | null; secretary?: NamedPerson | null };
}

/**
 * The attendance sheet to sign: one row a member (name, college, the proxies they hold,
 * a box to sign in), then the counts and the officers' certification.
 */
export async function renderAttendanceSheet(sheet: AttendanceSheet, options: PaperOptions = {}): Promise<Buffer> {
  const locale = options.locale ?? 'fr';
  const writer = new PaperWriter(
    {
      title: `${sheet.organisation.name} — ${sheet.meeting.body.name} — ${formatShortDate(sheet.meeting.date)}`,
      author: sheet.organisation.name,
      creationDate: paperDate(sheet.meeting.date, sheet.meeting.startTime),
    },
    options,
  );
  const { labels } = writer;
  writeOrganisationHeader(writer, sheet.organisation);
  writer.title(
    labels.attendanceSheetTitle,
    `${sheet.meeting.title || meetingName(sheet.meeting, labels, locale)} — ${formatLongDate(sheet.meeting.date, locale)}`,
  );
  writer.fields([
    [labels.date, `${formatLongDate(sheet.meeting.date, locale)}, ${formatTime(sheet.meeting.startTime, locale)}`],
    [labels.place, sheet.meeting.place],
    [labels.remoteLink, sheet.meeting.remoteLink],
  ]);
  writer.space(4);
  writer.paragraph(labels.attendanceSheetIntro, { color: MUTED, size: 9 });

  const blankProxies = sheet.blankProxies ?? [];
  const proxies = sheet.members.reduce((sum, m) => sum + m.proxiesHeld.length, 0) + blankProxies.length;
  const hasColleges = sheet.members.some((m) => m.college);
  const signatureWidth = 130;
  const numberWidth = 30;
  const collegeWidth = hasColleges ? 80 : 0;
  const nameWidth = 140;
  const proxiesWidth = writer.contentWidth - signatureWidth - numberWidth - collegeWidth - nameWidth;
  const columns = [
    { header: labels.number, width: numberWidth, align: 'right' as const },
    { header: labels.name, width: nameWidth },
    ...(hasColleges ? [{ header: labels.college, width: collegeWidth }] : []),
    { header: labels.proxiesHeld, width: proxiesWidth },
    { header: labels.signature, width: signatureWidth },
  ];
  // A row tall enough to sign in, taller when the member holds several proxies.
  writer.table(
    columns,
    sheet.members.map((member, i) => [String(i + 1), member.name, ...(hasColleges ? [member.college ?? ''] : []), member.proxiesHeld.join(', '), '']),
    { size: 8.5, minRowHeight: 26, grid: true },
  );
  if (blankProxies.length) writer.fields([[labels.blankProxyHolder, blankProxies.join(', ')]]);
  writer.paragraph(labels.attendanceTotals(sheet.members.length, proxies), { bold: true });
  writer.space(6);
  writer.paragraph(labels.certifiedBy, { size: 9, color: MUTED });
  writer.signatures(
    [
      { caption: labels.signatureChair, name: sheet.officers?.chair?.name ?? null },
      { caption: labels.signatureSecretary, name: sheet.officers?.secretary?.name ?? null },
    ],
    50,
  );
  const left = `${sheet.organisation.name} — ${labels.attendanceSheetTitle} — ${formatShortDate(sheet.meeting.date)}`;
  return writer.finish(() => ({ left }));
}
