import { bilingual, formatCount, formatPercent, listOf } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import { Rational } from './rational';

/** An option of a choice among options (a date, a name, a project). */
export interface ChoiceOption {
  id: string;
  label: string;
}

/** One ballot: the options chosen (between the ballot's minimum and maximum), with its weight. */
export interface ChoiceBallot {
  choices: readonly string[];
  weight?: number;
}

export interface ChoiceOptionScore {
  optionId: string;
  label: string;
  votes: Rational;
  /** Share of the ballots that chose it. */
  share: Rational;
  /** 1 + options with strictly more votes. */
  rank: number;
}

export interface ChoiceResult {
  ballots: Rational;
  /** Ballots that chose nothing (allowed when the minimum is 0). */
  emptyBallots: Rational;
  /** Options by votes, most first (ties keep the ballot's order). */
  scores: ChoiceOptionScore[];
  /** The option(s) with the most votes; several on a tie, none without votes. */
  leaders: string[];
  explanation: Bilingual;
}

/**
 * The count of a choice among options: votes per option, the share of ballots choosing
 * each, and the leading option. A tie is named, not broken: the statutes or the meeting
 * decide what follows (a second vote, a draw).
 */
export function countChoices(options: readonly ChoiceOption[], ballots: readonly ChoiceBallot[]): ChoiceResult {
  const votes = new Map(options.map((o) => [o.id, Rational.ZERO]));
  let total = Rational.ZERO;
  let empty = Rational.ZERO;
  ballots.forEach((ballot, index) => {
    const weight = Rational.of(ballot.weight ?? 1);
    if (!weight.isPositive()) {
      fail(GovernanceErrorCode.InvalidWeight, `Bulletin n° ${index + 1} : poids invalide.`, `Ballot #${index + 1}: invalid weight.`);
    }
    total = total.add(weight);
    if (ballot.choices.length === 0) empty = empty.add(weight);
    for (const choice of new Set(ballot.choices)) {
      const current = votes.get(choice);
      if (current === undefined) {
        fail(
          GovernanceErrorCode.InvalidBallot,
          `Bulletin n° ${index + 1} : option inconnue « ${choice} ».`,
          `Ballot #${index + 1}: unknown option "${choice}".`,
        );
      }
      votes.set(choice, current.add(weight));
    }
  });
  const ordered = options.map((o, position) => ({ o, position, v: votes.get(o.id)! })).sort((a, b) => b.v.compare(a.v) || a.position - b.position);
  const scores: ChoiceOptionScore[] = ordered.map(({ o, v }) => ({
    optionId: o.id,
    label: o.label,
    votes: v,
    share: total.isPositive() ? v.div(total) : Rational.ZERO,
    rank: 1 + ordered.filter((x) => x.v.gt(v)).length,
  }));
  const top = scores[0]?.votes ?? Rational.ZERO;
  const leaders = top.isPositive() ? scores.filter((s) => s.votes.equals(top)).map((s) => s.optionId) : [];
  const leaderLabels = scores.filter((s) => leaders.includes(s.optionId)).map((s) => s.label);
  const explanation = bilingual((l) => {
    const lines = scores.map((s) =>
      l === 'fr'
        ? `« ${s.label} » : ${formatCount(s.votes, l)} voix (${formatPercent(s.share, l)} des bulletins).`
        : `"${s.label}": ${formatCount(s.votes, l)} votes (${formatPercent(s.share, l)} of ballots).`,
    );
    if (!total.isPositive()) return l === 'fr' ? 'Aucun bulletin : rien à dépouiller.' : 'No ballots: nothing to count.';
    const head =
      l === 'fr'
        ? `${formatCount(total, l)} bulletin${total.gt(Rational.ONE) ? 's' : ''} dépouillé${total.gt(Rational.ONE) ? 's' : ''}.`
        : `${formatCount(total, l)} ballot${total.gt(Rational.ONE) ? 's' : ''} counted.`;
    const tail =
      leaders.length === 0
        ? l === 'fr'
          ? 'Aucune option ne recueille de voix.'
          : 'No option received a vote.'
        : leaders.length === 1
          ? l === 'fr'
            ? `L'option « ${leaderLabels[0]} » arrive en tête.`
            : `The option "${leaderLabels[0]}" comes first.`
          : l === 'fr'
            ? `Égalité en tête entre ${listOf(
                leaderLabels.map((x) => `« ${x} »`),
                l,
              )}.`
            : `A tie for first place between ${listOf(
                leaderLabels.map((x) => `"${x}"`),
                l,
              )}.`;
    return [head, ...lines, tail].join(' ');
  });
  return { ballots: total, emptyBallots: empty, scores, leaders, explanation };
}
