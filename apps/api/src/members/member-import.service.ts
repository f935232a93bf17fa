import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import type { Locale } from '@collegial/governance';
import type { Actor } from '../core/actor/actor';
import type { LocalisedMessage } from '../core/errors/domain-error';
import { InputRejection } from '../core/errors/input-rejection';
import { checkedPlainDate } from '../core/graphql/plain-date.scalar';
import { CollegesService } from '../colleges/colleges.service';
import type { MemberKind } from './member.entity';
import { MEMBER_CSV_COLUMNS, parseMemberCsv, type MemberCsvLine } from './member-csv';
import { MembersService, type MemberDraft } from './members.service';

interface CollegeName {
  id: string;
  name: string;
}

export interface AcceptedImportLine {
  line: number;
  draft: MemberDraft;
  collegeName: string | null;
}

export interface RefusedImportLine {
  line: number;
  raw: string;
  reasons: string[];
}

export interface MemberImportReport {
  totalLines: number;
  accepted: AcceptedImportLine[];
  refused: RefusedImportLine[];
  /** How many members the import added: 0 for a preview. */
  importedCount: number;
}

/** How a cell of the file is compared with a name: case, accents and spaces aside. */
const comparable = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const KINDS = new Map<string, MemberKind>([
  ['', 'naturalPerson'],
  ['personne physique', 'naturalPerson'],
  ['physique', 'naturalPerson'],
  ['personne morale', 'legalEntity'],
  ['morale', 'legalEntity'],
]);
const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'x', '1']);
const NO = new Set(['non', 'n', 'no', 'faux', '0']);
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Members from a CSV file: each line judged by the same rules as a member added by hand
 * (MembersService), a report line by line; the import adds the accepted lines together
 * or none of them.
 */
@Injectable()
export class MemberImportService {
  constructor(
    private readonly members: MembersService,
    private readonly colleges: CollegesService,
  ) {}

  /** What an import of the file would do, changing nothing. */
  async preview(actor: Actor, csv: string, locale: Locale): Promise<MemberImportReport> {
    return this.judge(actor, csv, locale);
  }

  /** Judges the file again and adds its accepted lines, in one transaction. */
  @Transactional()
  async import(actor: Actor, csv: string, locale: Locale): Promise<MemberImportReport> {
    const report = await this.judge(actor, csv, locale);
    const importedCount = await this.members.addMany(
      actor,
      report.accepted.map((line) => line.draft),
    );
    return { ...report, importedCount };
  }

  private async judge(actor: Actor, csv: string, locale: Locale): Promise<MemberImportReport> {
    const file = parseMemberCsv(csv);
    const colleges = await this.colleges.list(actor);
    const read = file.lines.map((line) => this.read(line, file.headerCount, colleges));
    const ruled = await this.members.check(
      actor,
      read.map((r) => r.draft),
    );
    const firstLineOfEmail = new Map<string, number>();
    const accepted: AcceptedImportLine[] = [];
    const refused: RefusedImportLine[] = [];
    read.forEach(({ line, draft, collegeName, reasons }, index) => {
      const all = [...reasons, ...ruled[index].map((problem) => problem.messages)];
      const email = draft.email?.trim().toLowerCase();
      if (email) {
        const first = firstLineOfEmail.get(email);
        if (first === undefined) firstLineOfEmail.set(email, line.line);
        else
          all.push({
            fr: `L'adresse ${email} figure déjà à la ligne ${first} du fichier.`,
            en: `The address ${email} is already on line ${first} of the file.`,
          });
      }
      if (all.length === 0) accepted.push({ line: line.line, draft, collegeName });
      else refused.push({ line: line.line, raw: line.raw, reasons: all.map((reason) => reason[locale]) });
    });
    return { totalLines: file.lines.length, accepted, refused, importedCount: 0 };
  }

  /** A line as a member draft, with what its cells say wrong (dates, yes/no, kinds and colleges by name). */
  private read(line: MemberCsvLine, headerCount: number, colleges: readonly CollegeName[]) {
    const reasons: LocalisedMessage[] = [];
    const cell = (column: keyof typeof MEMBER_CSV_COLUMNS) => line.cells[column]?.trim() ?? '';
    if (line.cellCount !== headerCount) {
      reasons.push({
        fr: `La ligne a ${line.cellCount} cellules, la ligne d'en-tête ${headerCount}.`,
        en: `The line has ${line.cellCount} cells, the header line ${headerCount}.`,
      });
    }
    const kind = KINDS.get(comparable(cell('kind')));
    if (!kind) {
      reasons.push({
        fr: `Le type « ${cell('kind')} » est inconnu : « personne physique » ou « personne morale ».`,
        en: `The type "${cell('kind')}" is unknown: "personne physique" (natural person) or "personne morale" (legal entity).`,
      });
    }
    let collegeId: string | null = null;
    let collegeName: string | null = null;
    if (cell('college')) {
      const college = colleges.find((c) => comparable(c.name) === comparable(cell('college')));
      if (college) {
        collegeId = college.id;
        collegeName = college.name;
      } else {
        reasons.push({
          fr: `Le collège « ${cell('college')} » n'existe pas${colleges.length ? ` (collèges : ${colleges.map((c) => c.name).join(', ')})` : ' : cette organisation ne vote pas par collèges'}.`,
          en: `The college "${cell('college')}" does not exist${colleges.length ? ` (colleges: ${colleges.map((c) => c.name).join(', ')})` : ': this organisation does not vote by colleges'}.`,
        });
        // Stands in for the unknown college so the rules do not also say a college is missing.
        collegeId = colleges[0]?.id ?? null;
      }
    }
    const joinedOn = this.date(cell('joinedOn'), reasons);
    const hasVotingRights = this.yesNo(cell('hasVotingRights'), true, MEMBER_CSV_COLUMNS.hasVotingRights[0], reasons);
    const eNoticeConsent = this.yesNo(cell('eNoticeConsent'), false, MEMBER_CSV_COLUMNS.eNoticeConsent[0], reasons);
    const representativeName = cell('representative');
    const draft: MemberDraft = {
      kind: kind ?? 'naturalPerson',
      name: cell('name'),
      email: cell('email') || null,
      postalAddress: cell('postalAddress') || null,
      joinedOn: joinedOn ?? '2000-01-01',
      collegeId,
      hasVotingRights,
      votingRightsReason: cell('votingRightsReason') || null,
      eNoticeConsent,
      representative: representativeName || cell('representativeEmail') ? { name: representativeName, email: cell('representativeEmail') || null } : null,
    };
    return { line, draft, collegeName, reasons };
  }

  /** JJ/MM/AAAA or AAAA-MM-JJ, as the api's dates; null (with its reason) otherwise. */
  private date(text: string, reasons: LocalisedMessage[]): string | null {
    if (!text) {
      reasons.push({ fr: "La date d'adhésion manque.", en: 'The joining date is missing.' });
      return null;
    }
    const french = FRENCH_DATE.exec(text);
    const iso = french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : text;
    try {
      return checkedPlainDate(iso);
    } catch (error) {
      if (!(error instanceof InputRejection)) throw error;
      reasons.push({
        fr: `La date d'adhésion « ${text} » n'est pas valide : JJ/MM/AAAA (15/03/2024) ou AAAA-MM-JJ (2024-03-15).`,
        en: `The joining date "${text}" is not valid: DD/MM/YYYY (15/03/2024) or YYYY-MM-DD (2024-03-15).`,
      });
      return null;
    }
  }

  private yesNo(text: string, empty: boolean, column: string, reasons: LocalisedMessage[]): boolean {
    const value = comparable(text);
    if (value === '') return empty;
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    reasons.push({ fr: `« ${text} » dans la colonne ${column} : écrivez oui ou non.`, en: `"${text}" in the column ${column}: write oui (yes) or non (no).` });
    return empty;
  }
}
