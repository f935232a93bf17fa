/** The language of a message: French first, English when the recipient chose it. */
export type MailLocale = 'fr' | 'en';

/** What a message says, in one language, before it is laid out as text and HTML. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a link (shown in full in the text version). */
  action?: { label: string; url: string };
  /** Smaller print after the action: why this message, what to do if it was not expected. */
  footer?: string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Plain text and a simple HTML version of the same content, every value escaped. */
export function renderMail(content: MailContent, locale: MailLocale): RenderedMail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [locale === 'fr' ? `${content.action.label} :` : `${content.action.label}:`, content.action.url, ''] : []),
    ...(content.footer?.length ? ['--', ...content.footer] : []),
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1f2933; max-width: 40em;">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    // A paragraph's line breaks (a numbered agenda) kept in HTML.
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`),
    ...(content.action
      ? [
          `<p><a href="${escapeHtml(content.action.url)}" style="font-weight: bold;">${escapeHtml(content.action.label)}</a></p>`,
          `<p style="font-size: 0.9em;">${escapeHtml(content.action.url)}</p>`,
        ]
      : []),
    ...(content.footer?.length ? [`<hr><p style="font-size: 0.85em; color: #52606d;">${content.footer.map(escapeHtml).join('<br>')}</p>`] : []),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
