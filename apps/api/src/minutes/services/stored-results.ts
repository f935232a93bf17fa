import { Rational, type ResolutionResult } from '@collegial/governance';
import { resolutionFigures, type ElectionRecord, type PaperLocale } from '@collegial/minutes-pdf';

/**
 * A closed ballot's stored result (governance's result as JSON, exact fractions as text)
 * back to what the minutes print: libs/minutes-pdf's resolutionFigures reads governance's
 * objects, so the fractions are parsed back into Rationals first.
 */

type Json = Record<string, unknown>;

const rational = (value: unknown): Rational => Rational.parse(typeof value === 'string' || typeof value === 'number' ? String(value) : '0');

function totals(value: unknown): ResolutionResult['totals'] {
  const t = (value ?? {}) as Json;
  return { yes: rational(t.yes), no: rational(t.no), abstain: rational(t.abstain), blank: rational(t.blank) };
}

/** The parts of a ResolutionResult that resolutionFigures reads, from the stored JSON. */
export function storedResolutionResult(stored: Json, explanation: { fr: string; en: string }): ResolutionResult {
  const required = (stored.required ?? {}) as Json;
  const colleges = ((stored.colleges ?? []) as Json[]).map((c) => ({
    college: String(c.college),
    name: String(c.name),
    weight: rational(c.weight),
    effectiveWeight: rational(c.effectiveWeight ?? c.weight),
    totals: totals(c.totals),
    countedYes: rational(c.countedYes),
    countedNo: rational(c.countedNo),
    base: rational(c.base),
    yesShare: c.yesShare === null || c.yesShare === undefined ? null : rational(c.yesShare),
    contribution: rational(c.contribution),
    members: (c.members ?? []) as string[],
    nonParticipants: rational(c.nonParticipants),
    block: (c.block ?? null) as 'yes' | 'no' | null,
  }));
  return {
    adopted: stored.adopted === true,
    outcome: stored.adopted === true ? 'adopted' : 'rejected',
    decidedBy: (stored.decidedBy ?? 'majority') as ResolutionResult['decidedBy'],
    weighted: stored.weighted === true,
    base: (stored.base ?? 'expressed') as ResolutionResult['base'],
    required: { share: rational(required.share ?? '1/2'), comparison: (required.comparison ?? 'moreThan') as ResolutionResult['required']['comparison'] },
    yesShare: rational(stored.yesShare),
    noShare: rational(stored.noShare),
    totals: totals(stored.totals),
    baseTotal: rational(stored.baseTotal),
    colleges,
    collegeChanges: [],
    nonParticipants: rational(stored.nonParticipants),
    byHeads: null,
    explanation,
  };
}

/** A resolution's figures for the minutes, from its ballot's stored result. */
export function resolutionFiguresOf(stored: Json, explanation: { fr: string; en: string }, locale: PaperLocale): ReturnType<typeof resolutionFigures> {
  const figures = resolutionFigures(storedResolutionResult(stored, explanation), locale);
  // The explanation stored at close is the one the ballot announced: printed as it was.
  return { ...figures, explanation: explanation[locale] };
}

/** An election for the minutes, from its ballot's stored result. */
export function electionRecordOf(title: string, stored: Json, explanation: string): ElectionRecord {
  const scores = (stored.scores ?? []) as Json[];
  const blank = rational(stored.blankBallots);
  return {
    title,
    seats: Number(stored.seats ?? 1),
    candidates: scores.map((s) => ({ name: String(s.name), votes: toNumber(rational(s.votes)), elected: s.elected === true })),
    blank: blank.isZero() ? null : toNumber(blank),
    explanation,
  };
}

/** The names of the elected, best placed first. */
export function electedNames(stored: Json): string[] {
  const scores = (stored.scores ?? []) as Json[];
  const names = new Map(scores.map((s) => [String(s.candidateId), String(s.name)]));
  return ((stored.elected ?? []) as string[]).map((id) => names.get(id) ?? id);
}

function toNumber(value: Rational): number {
  return Number(value.numerator) / Number(value.denominator);
}
