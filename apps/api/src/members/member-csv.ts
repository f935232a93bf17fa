import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import { DomainError, ErrorReason, type LocalisedMessage } from '../core/errors/domain-error';

/** Longest file and most lines an import takes: a register bigger than that is imported in parts. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_LINES = 5000;

/**
 * The columns of a members file, by their French header (case, accents and spaces aside;
 * the first name of each is the documented one). Only `nom` and `adhésion` are required.
 */
export const MEMBER_CSV_COLUMNS = {
  name: ['nom', 'nom complet', 'raison sociale'],
  kind: ['type'],
  college: ['collège'],
  email: ['email', 'e-mail', 'courriel', 'adresse e-mail'],
  joinedOn: ['adhésion', 'date d’adhésion', 'date adhésion'],
  hasVotingRights: ['droit de vote', 'vote'],
  votingRightsReason: ['motif', 'motif sans droit de vote'],
  eNoticeConsent: ['convocation électronique', 'convocation par e-mail'],
  representative: ['représentant'],
  representativeEmail: ['email du représentant', 'e-mail du représentant'],
  postalAddress: ['adresse', 'adresse postale'],
} as const;

export type MemberCsvColumn = keyof typeof MEMBER_CSV_COLUMNS;

/** One line of the file after the header: its number in the file (the header is line 1), its text and its cells by column. */
export interface MemberCsvLine {
  line: number;
  raw: string;
  cells: Partial<Record<MemberCsvColumn, string>>;
  /** Cells beyond or short of the header's count. */
  cellCount: number;
}

export interface MemberCsvFile {
  headerCount: number;
  lines: MemberCsvLine[];
}

/** A header as compared: lower case, without accents, single spaces, ’ as '. */
function headerKey(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

const COLUMN_BY_HEADER = new Map<string, MemberCsvColumn>(
  (Object.entries(MEMBER_CSV_COLUMNS) as [MemberCsvColumn, readonly string[]][]).flatMap(([column, headers]) =>
    headers.map((header) => [headerKey(header), column] as const),
  ),
);

const fileError = (messages: LocalisedMessage) => new DomainError(ErrorReason.InvalidInput, messages);

/** `;` (what French spreadsheets write) or `,`: whichever the header line holds more of. */
function separatorOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * The lines of a members file: UTF-8 text (with or without a byte-order mark), `;` or `,`
 * between cells, a header row of French column names. The file as a whole is refused
 * (too big, no header, an unknown or missing column, a broken quote); lines are not judged here.
 */
export function parseMemberCsv(csv: string): MemberCsvFile {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
    throw fileError({
      fr: `Le fichier dépasse ${MAX_IMPORT_BYTES / 1024 / 1024} Mo : importez vos membres en plusieurs fichiers.`,
      en: `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: import your members in several files.`,
    });
  }
  const text = csv.replace(/^\uFEFF/, '');
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      raw: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw fileError({
        fr: `Le fichier n'est pas un CSV lisible${line ? ` (ligne ${line})` : ''} : vérifiez les guillemets et le séparateur (point-virgule ou virgule).`,
        en: `The file is not a readable CSV${line ? ` (line ${line})` : ''}: check the quotes and the separator (semicolon or comma).`,
      });
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw fileError({ fr: 'Le fichier est vide.', en: 'The file is empty.' });
  if (rows.length > MAX_IMPORT_LINES) {
    throw fileError({
      fr: `Le fichier a ${rows.length} lignes : ${MAX_IMPORT_LINES} au plus par import.`,
      en: `The file has ${rows.length} lines: at most ${MAX_IMPORT_LINES} per import.`,
    });
  }
  const columns = header.record.map((name) => {
    const column = COLUMN_BY_HEADER.get(headerKey(name));
    if (!column) {
      throw fileError({
        fr: `La colonne « ${name} » est inconnue. Colonnes possibles : ${Object.values(MEMBER_CSV_COLUMNS)
          .map((h) => h[0])
          .join(', ')}.`,
        en: `The column "${name}" is unknown. Possible columns: ${Object.values(MEMBER_CSV_COLUMNS)
          .map((h) => h[0])
          .join(', ')}.`,
      });
    }
    return column;
  });
  for (const required of ['name', 'joinedOn'] as const) {
    if (!columns.includes(required)) {
      const shown = MEMBER_CSV_COLUMNS[required][0];
      throw fileError({
        fr: `Il manque la colonne « ${shown} » dans la première ligne du fichier.`,
        en: `The column "${shown}" is missing from the first line of the file.`,
      });
    }
  }
  const repeated = columns.find((column, index) => columns.indexOf(column) !== index);
  if (repeated) {
    throw fileError({
      fr: `La colonne « ${MEMBER_CSV_COLUMNS[repeated][0]} » figure deux fois.`,
      en: `The column "${MEMBER_CSV_COLUMNS[repeated][0]}" appears twice.`,
    });
  }
  return {
    headerCount: columns.length,
    lines: rows.map(({ record, raw, info }) => ({
      line: info.lines,
      raw: raw.replace(/[\r\n]+$/, ''),
      cellCount: record.length,
      cells: Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])),
    })),
  };
}
