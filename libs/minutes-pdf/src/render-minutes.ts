import { formatCount, formatLongDate, formatPercent, formatShare, formatShortDate, formatTime, listOf } from './format';
import { labelsFor } from './labels';
import type { AttendanceLine, ElectionRecord, MinutesDocument, MinutesItem, ResolutionRecord } from './minutes-document';
import { minutesSeal } from './minutes-seal';
import { meetingName, paperDate, writeOrganisationHeader } from './paper-header';
import { MUTED, PaperWriter, type PaperOptions, type TableColumn } from './paper-writer';
import { drawResultChart } from './result-chart';

export interface MinutesOptions extends PaperOptions {
  /** Above this many members the names go to an annex, the body keeping the counts (default 40). */
  annexAbove?: number;
}

/**
 * The procès-verbal of a meeting as PDF bytes: a pure function of its data (no clock, no
 * I/O but the shipped fonts), so the same data always give the same bytes. Every page
 * carries « page X / Y » and the seal, minutesSeal(doc).
 */
export async function renderMinutes(doc: MinutesDocument, options: MinutesOptions = {}): Promise<Buffer> {
  const seal = minutesSeal(doc);
  const locale = options.locale ?? 'fr';
  const writer = new PaperWriter(
    {
      title: `${doc.organisation.name} — ${labelsFor(locale).minutesShort(formatShortDate(doc.meeting.date))}`,
      author: doc.organisation.name,
      subject: seal,
      creationDate: paperDate(doc.meeting.date, doc.meeting.closingTime),
    },
    options,
  );
  const { labels } = writer;

  writeOrganisationHeader(writer, doc.organisation);
  writer.title(labels.minutesTitle, `${doc.meeting.title || meetingName(doc.meeting, labels, locale)} — ${formatLongDate(doc.meeting.date, locale)}`);

  writeSitting(writer, doc);
  const members = attendanceCount(doc);
  const withAnnex = members > (options.annexAbove ?? 40);
  writeAttendance(writer, doc, withAnnex);
  writeQuorum(writer, doc);
  writeAgenda(writer, doc);
  for (const item of doc.items) writeItem(writer, item);
  writeIncidents(writer, doc);

  writer.space(8);
  // The closing sentence stays on the page of the signatures.
  writer.ensureSpace(160);
  writer.paragraph(labels.closingText(doc.meeting.closingTime));
  writer.space(6);
  writer.signatures([
    { caption: labels.signatureChair, name: doc.officers.chair.name },
    { caption: labels.signatureSecretary, name: doc.officers.secretary.name },
  ]);

  if (withAnnex) writeAnnex(writer, doc);

  const footerLeft = `${doc.organisation.name} — ${labels.minutesShort(formatShortDate(doc.meeting.date))}`;
  return writer.finish(() => ({ left: footerLeft, below: `${labels.seal}${labels.colon}${seal}` }));
}

function attendanceCount(doc: MinutesDocument): number {
  const a = doc.attendance;
  return a.present.length + a.remote.length + a.represented.length + a.excused.length + a.absent.length;
}

function writeSitting(writer: PaperWriter, doc: MinutesDocument): void {
  const { labels, locale } = writer;
  const { meeting, convocation, officers } = doc;
  writer.heading(labels.sitting);
  writer.fields([
    [labels.date, formatLongDate(meeting.date, locale)],
    [labels.opening, formatTime(meeting.startTime, locale)],
    [labels.closing, formatTime(meeting.closingTime, locale)],
    [labels.place, meeting.place],
    [labels.remoteLink, meeting.remoteLink],
    [
      labels.convocation,
      labels.convocationText({
        first: convocation.convocation === 'first',
        sentOn: convocation.sentOn,
        by: convocation.convenedBy,
        channels: convocation.channels.map((c) => labels.channel[c]),
        firstMeetingDate: convocation.firstMeetingDate ?? null,
      }),
    ],
    [labels.chair, personText(officers.chair)],
    [labels.secretary, personText(officers.secretary)],
    [labels.scrutineers, officers.scrutineers.length ? listOf(officers.scrutineers.map(personText), locale) : null],
  ]);
}

function personText(person: { name: string; capacity?: string | null }): string {
  return person.capacity ? `${person.name}, ${person.capacity}` : person.name;
}

function namesOf(lines: readonly AttendanceLine[]): string {
  return lines.map((line) => line.name).join(', ');
}

function writeAttendance(writer: PaperWriter, doc: MinutesDocument, withAnnex: boolean): void {
  const { labels, locale } = writer;
  const a = doc.attendance;
  writer.heading(labels.attendance);
  const count = (n: number) => formatCount(n, locale);
  if (withAnnex) {
    writer.fields([
      [labels.present, count(a.present.length)],
      [labels.remote, count(a.remote.length)],
      [labels.represented, count(a.represented.length)],
      [labels.excused, count(a.excused.length)],
      [labels.absent, count(a.absent.length)],
      [labels.total, count(attendanceCount(doc))],
    ]);
    writer.space(2);
    writer.paragraph(labels.annexNotice(attendanceCount(doc)), { color: MUTED });
    return;
  }
  const withCount = (lines: readonly AttendanceLine[], text: string) => (lines.length ? `${count(lines.length)} — ${text}` : null);
  writer.fields([
    [labels.present, withCount(a.present, namesOf(a.present))],
    [labels.remote, withCount(a.remote, namesOf(a.remote))],
    [labels.represented, withCount(a.represented, a.represented.map((r) => `${r.name} (${labels.proxyTo(r.holder)})`).join(', '))],
    [labels.excused, withCount(a.excused, namesOf(a.excused))],
    [labels.absent, withCount(a.absent, namesOf(a.absent))],
  ]);
}

function writeQuorum(writer: PaperWriter, doc: MinutesDocument): void {
  const { labels, locale } = writer;
  const q = doc.quorum;
  writer.heading(labels.quorum);
  writer.fields([
    [labels.votingMembers, formatCount(q.votingMembers, locale)],
    [labels.present, formatCount(q.present, locale)],
    [labels.remote, formatCount(q.remote, locale)],
    [labels.represented, formatCount(q.represented, locale)],
    [labels.presentOrRepresented, formatCount(q.present + q.remote + q.represented, locale)],
    [labels.threshold, q.threshold ? formatShare(q.threshold, locale) : labels.noThreshold],
  ]);
  writer.space(3);
  writer.paragraph(q.explanation);
  writer.paragraph(q.reached ? labels.quorumReached : labels.quorumMissed, { bold: true });
}

function writeAgenda(writer: PaperWriter, doc: MinutesDocument): void {
  const { labels } = writer;
  writer.heading(labels.agenda);
  writer.list(doc.agenda.map((entry) => ({ marker: `${entry.number}.`, text: `${entry.title} (${labels.itemKind[entry.kind]})` })));
  if (doc.documents.length) {
    writer.heading(labels.documents, 2);
    writer.list(doc.documents.map((d) => ({ marker: '•', text: d.agendaNumber ? `${d.title} (${labels.documentItem(d.agendaNumber)})` : d.title })));
  }
  writer.heading(labels.deliberations);
}

function writeItem(writer: PaperWriter, item: MinutesItem): void {
  const { labels } = writer;
  writer.heading(labels.item(item.agendaNumber, item.title), 2);
  if (item.debateSummary && item.debateSummary.trim()) {
    writer.paragraph(item.debateSummary, { align: 'justify' });
  }
  for (const resolution of item.resolutions) writeResolution(writer, resolution);
  for (const election of item.elections) writeElection(writer, election);
}

function writeResolution(writer: PaperWriter, r: ResolutionRecord): void {
  const { labels, locale } = writer;
  writer.heading(r.title ? `${labels.resolution(r.number)} — ${r.title}` : labels.resolution(r.number), 3);
  writer.paragraph(r.text, { indent: 12, align: 'justify' });
  writer.paragraph(labels.ballot[r.ballot], { size: 9, color: MUTED });
  const c = r.counts;
  const n = (value: number) => formatCount(value, locale);
  writer.paragraph(
    `${labels.yes}${labels.colon}${n(c.yes)} · ${labels.no}${labels.colon}${n(c.no)} · ${labels.abstain}${labels.colon}${n(c.abstain)} · ${labels.blank}${labels.colon}${n(c.blank)}`,
    {
      bold: true,
    },
  );
  if (r.colleges && r.colleges.length) {
    const columns: TableColumn[] = [
      { header: labels.college, width: 96 },
      { header: labels.weight, width: 44, align: 'right' },
      { header: labels.effectiveWeight, width: 80, align: 'right' },
      { header: labels.yes, width: 38, align: 'right' },
      { header: labels.no, width: 48, align: 'right' },
      { header: labels.abstainShort, width: 40, align: 'right' },
      { header: labels.blank, width: 44, align: 'right' },
      { header: labels.yesShare, width: writer.contentWidth - 390, align: 'right' },
    ];
    writer.table(
      columns,
      r.colleges.map((college) => [
        college.name,
        formatPercent(college.weight, locale),
        formatShare(college.effectiveWeight ?? college.weight, locale),
        n(college.counts.yes),
        n(college.counts.no),
        n(college.counts.abstain),
        n(college.counts.blank),
        college.yesShare === null ? labels.noExpressedVote : formatShare(college.yesShare, locale),
      ]),
      { size: 8.5 },
    );
  }
  writer.fields([
    [labels.weightedResult, r.weightedYesShare ? labels.weightedResultText(formatShare(r.weightedYesShare, locale)) : null],
    [labels.majorityRule, r.majorityRule],
  ]);
  drawResultChart(writer, r);
  writer.paragraph(r.explanation, { size: 9 });
  writer.paragraph(r.adopted ? labels.adopted(r.number) : labels.rejected(r.number), { bold: true });
}

function writeElection(writer: PaperWriter, e: ElectionRecord): void {
  const { labels, locale } = writer;
  writer.heading(labels.election(e.title, e.seats), 3);
  writer.table(
    [
      { header: labels.candidate, width: 260 },
      { header: labels.votes, width: 80, align: 'right' },
      { header: labels.elected, width: 80, align: 'center' },
    ],
    e.candidates.map((c) => [c.name, formatCount(c.votes, locale), c.elected ? labels.yesWord : '']),
    { size: 9 },
  );
  if (e.blank) writer.fields([[labels.blankBallots, formatCount(e.blank, locale)]]);
  if (e.explanation) writer.paragraph(e.explanation, { size: 9 });
  writer.paragraph(labels.electedAre(e.candidates.filter((c) => c.elected).map((c) => c.name)), { bold: true });
}

function writeIncidents(writer: PaperWriter, doc: MinutesDocument): void {
  const { labels, locale } = writer;
  if (!doc.meeting.remoteLink && doc.incidents.length === 0) return;
  writer.heading(labels.incidents);
  if (doc.incidents.length === 0) {
    writer.paragraph(labels.noIncident);
    return;
  }
  writer.list(
    doc.incidents.map((incident) => ({
      marker: formatTime(incident.time, locale),
      text: incident.durationMinutes ? `${incident.description} (${labels.incidentDuration(incident.durationMinutes)})` : incident.description,
    })),
  );
}

/** The full attendance list: one line a member, in the order present, remote, represented, excused, absent. */
function writeAnnex(writer: PaperWriter, doc: MinutesDocument): void {
  const { labels } = writer;
  const a = doc.attendance;
  writer.newPage();
  writer.heading(labels.annexTitle);
  const rows: string[][] = [];
  const push = (lines: readonly AttendanceLine[], status: keyof typeof labels.statusWord, holder?: (line: AttendanceLine) => string) => {
    for (const line of lines) rows.push([String(rows.length + 1), line.name, line.college ?? '', labels.statusWord[status], holder ? holder(line) : '']);
  };
  push(a.present, 'present');
  push(a.remote, 'remote');
  push(a.represented, 'represented', (line) => (line as (typeof a.represented)[number]).holder ?? labels.blankProxyHolder);
  push(a.excused, 'excused');
  push(a.absent, 'absent');
  writer.table(
    [
      { header: labels.number, width: 36, align: 'right' },
      { header: labels.name, width: 170 },
      { header: labels.college, width: 100 },
      { header: labels.status, width: 70 },
      { header: labels.proxyHolder, width: writer.contentWidth - 376 },
    ],
    rows,
    { rowHeight: 14, size: 8 },
  );
}
