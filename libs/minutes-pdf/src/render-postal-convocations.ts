import { formatLongDate, formatShortDate } from './format';
import type { AgendaEntry, MeetingIdentity, NamedPerson, OrganisationIdentity, PaperDocument } from './paper-data';
import { meetingName, paperDate, writeOrganisationHeader } from './paper-header';
import { MUTED, PaperWriter, type PaperOptions } from './paper-writer';

/** A member convened by post: their name and postal address. */
export interface PostalRecipient {
  name: string;
  /** One line per entry: street, postcode and town, country if abroad. */
  address: string[];
}

/** The convocation letters of one meeting for the members convened by post. */
export interface PostalConvocations {
  organisation: OrganisationIdentity;
  meeting: MeetingIdentity;
  convocation: 'first' | 'second';
  /** 'YYYY-MM-DD' the letters are sent. */
  sentOn: string;
  /** Who signs the letter for the organisation, and in whose name it convenes ("le conseil d'administration"). */
  signatory: NamedPerson;
  convenedBy: string;
  agenda: AgendaEntry[];
  documents: PaperDocument[];
  /** Where the documents can be read, when they are not enclosed. */
  documentsAt?: string | null;
  /** A proxy form is enclosed (the letter says how to use it). */
  proxyFormEnclosed?: boolean;
  recipients: PostalRecipient[];
}

/** The address block sits where a French window envelope (DL, window on the right) shows it. */
const ADDRESS_WINDOW = { x: 318, y: 150, width: 220 };

/**
 * One PDF, one letter per member convened by post (each starts on a new page and is
 * numbered on its own, « page 1 / 1 » for a letter that fits on one), with the agenda.
 */
export async function renderPostalConvocations(letters: PostalConvocations, options: PaperOptions = {}): Promise<Buffer> {
  if (letters.recipients.length === 0) throw new RangeError('renderPostalConvocations: no member is convened by post.');
  const locale = options.locale ?? 'fr';
  const writer = new PaperWriter(
    {
      title: `${letters.organisation.name} — ${formatShortDate(letters.meeting.date)}`,
      author: letters.organisation.name,
      creationDate: paperDate(letters.sentOn, '00:00'),
    },
    options,
  );
  const { labels, pdf } = writer;
  const name = letters.meeting.title || meetingName(letters.meeting, labels, locale);
  /** Index of the first page of each letter, to number pages within the letter. */
  const firstPages: number[] = [];

  letters.recipients.forEach((recipient, index) => {
    if (index > 0) writer.newPage();
    firstPages.push(pdf.bufferedPageRange().count - 1);
    const top = pdf.y;
    writeOrganisationHeader(writer, letters.organisation);
    pdf
      .font('Regular')
      .fontSize(10.5)
      .text([recipient.name, ...recipient.address].join('\n'), ADDRESS_WINDOW.x, ADDRESS_WINDOW.y, { width: ADDRESS_WINDOW.width });
    pdf.y = Math.max(pdf.y, top + 200);
    pdf.fontSize(10).text(labels.sentOn(letters.sentOn), writer.left, pdf.y, { width: writer.contentWidth, align: 'right' });
    writer.space(14);
    writer.paragraph(`${labels.convocationLetterTitle}${labels.colon}${name} — ${formatLongDate(letters.meeting.date, locale)}`, { bold: true });
    writer.space(4);
    writer.paragraph(labels.salutation(recipient.name));
    writer.paragraph(
      labels.convocationLetterText(name, letters.meeting.date, letters.meeting.startTime, letters.meeting.place ?? null, letters.convocation === 'second'),
      { align: 'justify' },
    );
    if (letters.meeting.remoteLink) writer.paragraph(labels.remoteParticipation(letters.meeting.remoteLink));
    writer.heading(labels.agenda, 2);
    writer.list(letters.agenda.map((entry) => ({ marker: `${entry.number}.`, text: entry.title })));
    if (letters.documents.length) {
      writer.heading(labels.documentsEnclosed, 3);
      writer.list(letters.documents.map((d) => ({ marker: '•', text: d.title })));
      if (letters.documentsAt) writer.paragraph(letters.documentsAt, { size: 9, color: MUTED });
    }
    if (letters.proxyFormEnclosed !== false) {
      writer.space(4);
      writer.paragraph(labels.replyText);
    }
    writer.space(10);
    writer.paragraph(labels.convenedFor(letters.convenedBy));
    writer.paragraph(letters.signatory.capacity ? `${letters.signatory.name}, ${letters.signatory.capacity}` : letters.signatory.name, { bold: true });
  });

  const total = pdf.bufferedPageRange().count;
  return writer.finish((page) => {
    // The letter this page belongs to: the last one starting at or before it.
    let letter = 0;
    while (letter + 1 < firstPages.length && firstPages[letter + 1] <= page - 1) letter++;
    const first = firstPages[letter] ?? 0;
    const end = letter + 1 < firstPages.length ? firstPages[letter + 1] : total;
    const recipient = letters.recipients[letter]?.name ?? '';
    return {
      left: `${letters.organisation.name} — ${labels.letterShort} — ${recipient}`,
      numbering: { page: page - first, pages: end - first },
    };
  });
}
