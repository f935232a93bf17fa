import { createHash } from 'node:crypto';
import { canonicalJson } from '@collegial/minutes-pdf';
import type { LocalisedMessage } from '../../core/errors/domain-error';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: its content (its decisions included), then the previous hash. */
export interface ChainedEntry {
  sequence: number;
  kind: string;
  minutesId: string | null;
  meetingId: string | null;
  bodyId: string;
  meetingDate: string;
  title: string;
  seal: string | null;
  pdfSha256: string;
  pdfSize: number;
  firstPage: number;
  lastPage: number;
  recordedAt: Date;
  previousHash: string;
  decisions: ChainedDecision[];
}

export interface ChainedDecision {
  position: number;
  kind: string;
  number: string | null;
  title: string;
  text: string;
  outcome: string | null;
  explanation: string;
}

/** SHA-256 of the entry's canonical JSON (keys sorted; the instant as ISO text). */
export function entryHash(entry: ChainedEntry): string {
  const decisions = [...entry.decisions]
    .sort((a, b) => a.position - b.position)
    .map((d) => ({ position: d.position, kind: d.kind, number: d.number, title: d.title, text: d.text, outcome: d.outcome, explanation: d.explanation }));
  const content = {
    sequence: entry.sequence,
    kind: entry.kind,
    minutesId: entry.minutesId,
    meetingId: entry.meetingId,
    bodyId: entry.bodyId,
    meetingDate: entry.meetingDate,
    title: entry.title,
    seal: entry.seal,
    pdfSha256: entry.pdfSha256,
    pdfSize: entry.pdfSize,
    firstPage: entry.firstPage,
    lastPage: entry.lastPage,
    recordedAt: entry.recordedAt.toISOString(),
    decisions,
    previousHash: entry.previousHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface ChainVerification {
  intact: boolean;
  entries: number;
  /** The first entry that does not hold; null when the chain is intact. */
  firstBrokenSequence: number | null;
  explanation: LocalisedMessage;
}

/**
 * Walks the chain in sequence order: numbering without a gap, each entry's previous hash
 * equal to the previous entry's hash, its own hash recomputed from its content, its pages
 * following the previous entry's. The first entry that fails is named, with why.
 */
export function verifyChain(entries: readonly (ChainedEntry & { hash: string })[]): ChainVerification {
  let previous: (ChainedEntry & { hash: string }) | null = null;
  for (const entry of entries) {
    const expectedSequence = (previous?.sequence ?? 0) + 1;
    const broken = (fr: string, en: string): ChainVerification => ({
      intact: false,
      entries: entries.length,
      firstBrokenSequence: entry.sequence,
      explanation: { fr: `Le registre est rompu à l'entrée n° ${entry.sequence} : ${fr}`, en: `The register is broken at entry #${entry.sequence}: ${en}` },
    });
    if (entry.sequence !== expectedSequence) {
      return broken(`l'entrée n° ${expectedSequence} manque.`, `entry #${expectedSequence} is missing.`);
    }
    if (entry.previousHash !== (previous?.hash ?? GENESIS_HASH)) {
      return broken("elle ne porte pas l'empreinte de l'entrée précédente.", "it does not carry the previous entry's hash.");
    }
    if (entryHash(entry) !== entry.hash) {
      return broken(
        'son contenu ne correspond plus à son empreinte : il a été modifié après son inscription.',
        'its content no longer matches its hash: it was changed after it was recorded.',
      );
    }
    const expectedFirstPage = (previous?.lastPage ?? 0) + 1;
    if (entry.firstPage !== expectedFirstPage) {
      return broken(
        `ses pages commencent à ${entry.firstPage} au lieu de ${expectedFirstPage}.`,
        `its pages start at ${entry.firstPage} instead of ${expectedFirstPage}.`,
      );
    }
    previous = entry;
  }
  const count = entries.length;
  return {
    intact: true,
    entries: count,
    firstBrokenSequence: null,
    explanation:
      count === 0
        ? { fr: 'Le registre est vide.', en: 'The register is empty.' }
        : {
            fr: `Le registre est intègre : ${count} entrée${count > 1 ? 's' : ''}, chacune conforme à son empreinte et chaînée à la précédente, pages 1 à ${previous!.lastPage} sans interruption.`,
            en: `The register is intact: ${count} entr${count > 1 ? 'ies' : 'y'}, each matching its hash and chained to the previous one, pages 1 to ${previous!.lastPage} without a break.`,
          },
  };
}
