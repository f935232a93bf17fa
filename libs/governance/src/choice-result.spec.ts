import { countChoices } from './choice-result';

const options = [
  { id: 'a', label: 'Samedi 14 mars' },
  { id: 'b', label: 'Samedi 21 mars' },
  { id: 'c', label: 'Samedi 28 mars' },
];

describe('a choice among options', () => {
  it('counts each option chosen, ranks them and names the leader', () => {
    const result = countChoices(options, [{ choices: ['a', 'b'] }, { choices: ['b'] }, { choices: ['b', 'c'] }, { choices: [] }]);
    expect(result.scores.map((s) => [s.optionId, s.votes.toString(), s.rank])).toEqual([
      ['b', '3', 1],
      ['a', '1', 2],
      ['c', '1', 2],
    ]);
    expect(result.leaders).toEqual(['b']);
    expect(result.emptyBallots.toString()).toBe('1');
    expect(result.scores[0].share.toString()).toBe('3/4');
    expect(result.explanation.fr).toContain("L'option « Samedi 21 mars » arrive en tête.");
    expect(result.explanation.en).toContain('4 ballots counted.');
  });

  it('names a tie for first place instead of breaking it', () => {
    const result = countChoices(options, [{ choices: ['a'] }, { choices: ['c'] }]);
    expect(result.leaders).toEqual(['a', 'c']);
    expect(result.explanation.fr).toContain('Égalité en tête entre « Samedi 14 mars » et « Samedi 28 mars »');
  });

  it('weighs ballots and refuses an unknown option', () => {
    expect(countChoices(options, [{ choices: ['c'], weight: 3 }, { choices: ['a'] }]).leaders).toEqual(['c']);
    expect(() => countChoices(options, [{ choices: ['z'] }])).toThrow(/unknown option "z"/);
  });

  it('has no leader without votes', () => {
    const result = countChoices(options, []);
    expect(result.leaders).toEqual([]);
    expect(result.explanation.fr).toBe('Aucun bulletin : rien à dépouiller.');
  });
});
