import fc from 'fast-check';
import { breakTie, electionFor, runElection, type Candidate, type ElectionBallot } from './elections';
import { GovernanceErrorCode } from './governance-error';
import type { ElectionRules } from './profile/governance-profile';
import { presetProfile } from './profile/presets';

const plurality: ElectionRules = { method: 'plurality', tieBreak: 'oldest', collegeWeighted: false };
const candidates: Candidate[] = [
  { id: 'ana', name: 'Ana', birthDate: '1970-03-01' },
  { id: 'ben', name: 'Ben', birthDate: '1985-07-12' },
  { id: 'chloe', name: 'Chloé', birthDate: '1962-11-30' },
  { id: 'dev', name: 'Dev', birthDate: '1999-01-05' },
];
const repeat = (n: number, choices: string[], extra: Partial<ElectionBallot> = {}): ElectionBallot[] =>
  Array.from({ length: n }, () => ({ choices, ...extra }));

describe('elections', () => {
  it('elects the N candidates with the most votes by plurality', () => {
    const r = runElection({
      seats: 2,
      candidates,
      rules: plurality,
      ballots: [...repeat(5, ['ana', 'ben']), ...repeat(3, ['chloe', 'ben']), ...repeat(2, ['dev']), ...repeat(1, [])],
    });
    expect(r.elected).toEqual(['ben', 'ana']);
    expect(r.scores.map((s) => [s.candidateId, s.votes.toString(), s.rank])).toEqual([
      ['ben', '8', 1],
      ['ana', '5', 2],
      ['chloe', '3', 3],
      ['dev', '2', 4],
    ]);
    expect(r.expressedBallots.toString()).toBe('10');
    expect(r.blankBallots.toString()).toBe('1');
    expect(r.explanation.fr).toBe(
      'Élection pour 2 sièges, majorité relative (1er tour) : 10 bulletins exprimés, 1 blanc. Ben : 8 voix (80 %) — élu·e ; Ana : 5 voix (50 %) — élu·e ; Chloé : 3 voix (30 %) ; Dev : 2 voix (20 %). Élu·e·s : Ben et Ana.',
    );
    expect(r.explanation.en).toContain('Elected: Ben and Ana.');
  });

  it('gives a tie for the last seat to the oldest candidate (French custom)', () => {
    const r = runElection({ seats: 1, candidates, rules: plurality, ballots: [...repeat(4, ['ana']), ...repeat(4, ['chloe']), ...repeat(1, ['dev'])] });
    expect(r.elected).toEqual(['chloe']);
    expect(r.ties).toEqual([{ candidateIds: ['ana', 'chloe'], seatsAtStake: 1, resolvedBy: 'oldest', order: ['chloe', 'ana'] }]);
    expect(r.explanation.fr).toContain("Égalité entre Ana et Chloé pour 1 siège, départagée au bénéfice de l'âge (le plus âgé) : Chloé, Ana.");
  });

  it('breaks ties by lot from a supplied seed, reproducibly and whatever the order of candidates', () => {
    const rules: ElectionRules = { ...plurality, tieBreak: 'lot' };
    const ballots = [...repeat(3, ['ana']), ...repeat(3, ['ben']), ...repeat(3, ['chloe'])];
    const a = runElection({ seats: 1, candidates, rules, ballots, seed: 'AG-2025' });
    const b = runElection({ seats: 1, candidates: [...candidates].reverse(), rules, ballots: [...ballots].reverse(), seed: 'AG-2025' });
    expect(a.elected).toEqual(b.elected);
    expect(a.ties[0].seed).toBe('AG-2025');
    expect(a.explanation.fr).toContain('par tirage au sort (graine « AG-2025 »)');
    expect(() => runElection({ seats: 1, candidates, rules, ballots })).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidSeed }));
    // Over many seeds every tied candidate wins sometimes.
    const winners = new Set(Array.from({ length: 30 }, (_, i) => runElection({ seats: 1, candidates, rules, ballots, seed: `s${i}` }).elected[0]));
    expect(winners).toEqual(new Set(['ana', 'ben', 'chloe']));
  });

  it('needs birth dates to give a tie to the oldest, and falls back to lot for twins when a seed is given', () => {
    const noDates = candidates.map((c) => ({ ...c, birthDate: null }));
    expect(() => runElection({ seats: 1, candidates: noDates, rules: plurality, ballots: [...repeat(2, ['ana']), ...repeat(2, ['ben'])] })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.MissingBirthDate }),
    );
    const twins = [
      { id: 'x', birthDate: '1980-01-01' },
      { id: 'y', birthDate: '1980-01-01' },
    ];
    expect(() => breakTie(twins, 'oldest')).toThrow(expect.objectContaining({ code: GovernanceErrorCode.TieUnresolved }));
    expect(breakTie(twins, 'oldest', 'seed').drawnByLot).toBe(true);
    expect(breakTie(candidates, 'youngest').order.map((c) => c.id)).toEqual(['dev', 'ben', 'ana', 'chloe']);
  });

  it('does not report ties that do not decide a seat', () => {
    const r = runElection({ seats: 1, candidates, rules: plurality, ballots: [...repeat(5, ['ana']), ...repeat(2, ['ben']), ...repeat(2, ['chloe'])] });
    expect(r.ties).toEqual([]);
    expect(r.elected).toEqual(['ana']);
  });

  it('with absolute majority, elects in round 1 only above half of expressed ballots, then calls a second round by plurality', () => {
    const rules: ElectionRules = { ...plurality, method: 'absoluteThenPlurality' };
    const ballots = [...repeat(6, ['ana', 'ben']), ...repeat(4, ['chloe', 'dev'])];
    const r1 = runElection({ seats: 2, candidates, rules, ballots: [...ballots, ...repeat(2, ['chloe', 'ben'])] });
    // 12 expressed: ben 8 (> 6), ana 6 (= half, not more), chloe 6.
    expect(r1.elected).toEqual(['ben']);
    expect(r1.roundRule).toBe('absolute');
    expect(r1.secondRoundNeeded).toBe(true);
    expect(r1.remainingSeats).toBe(1);
    expect(r1.explanation.fr).toContain('1 siège reste à pourvoir : un second tour à la majorité relative est nécessaire.');
    const r2 = runElection({
      seats: 1,
      candidates: candidates.filter((c) => c.id !== 'ben'),
      rules,
      round: 2,
      ballots: [...repeat(3, ['ana']), ...repeat(2, ['chloe'])],
    });
    expect(r2.roundRule).toBe('plurality');
    expect(r2.elected).toEqual(['ana']);
    expect(r2.secondRoundNeeded).toBe(false);
  });

  it('never elects a candidate without votes', () => {
    const r = runElection({ seats: 3, candidates, rules: plurality, ballots: repeat(2, ['ana']) });
    expect(r.elected).toEqual(['ana']);
    expect(r.remainingSeats).toBe(2);
    expect(r.explanation.en).toContain('2 seats remain vacant.');
  });

  it('weights votes by college where the profile says so', () => {
    const scic = presetProfile('scic');
    // employees (40 %) all for Ana; users (30 %), public bodies (20 %), partners (10 %) for Ben, who has more heads.
    const ballots = [
      ...repeat(3, ['ana'], { college: 'employees' }),
      ...repeat(5, ['ben'], { college: 'users' }),
      ...repeat(1, ['ana'], { college: 'users' }),
      ...repeat(2, ['ben'], { college: 'publicBodies' }),
    ];
    const r = electionFor(scic, { seats: 1, candidates, ballots });
    // partners cast nothing: weights become 4/9, 3/9, 2/9. Ana: 4/9 + 3/9·1/6 = 1/2; Ben: 3/9·5/6 + 2/9 = 1/2 → tie, oldest (Ana, 1970) wins.
    expect(r.weighted).toBe(true);
    expect(r.scores.find((s) => s.candidateId === 'ana')!.share.toString()).toBe('1/2');
    expect(r.scores.find((s) => s.candidateId === 'ben')!.share.toString()).toBe('1/2');
    expect(r.elected).toEqual(['ana']);
    expect(r.ties[0].resolvedBy).toBe('oldest');
    const heads = runElection({ seats: 1, candidates, rules: plurality, ballots });
    expect(heads.elected).toEqual(['ben']);
  });

  it('refuses an unknown candidate, a name chosen twice, too many names and an unknown college', () => {
    const run =
      (ballots: ElectionBallot[], rules = plurality) =>
      () =>
        runElection({ seats: 2, candidates, rules, ballots, colleges: presetProfile('scic').colleges });
    expect(run([{ choices: ['zoe'] }])).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.UnknownCandidate, message: expect.stringContaining('"zoe"') }),
    );
    expect(run([{ choices: ['ana', 'ana'] }])).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidBallot }));
    expect(run([{ choices: ['ana', 'ben', 'dev'] }])).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidBallot }));
    expect(run([{ choices: ['ana'], college: 'x' }], { ...plurality, collegeWeighted: true })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.UnknownCollege }),
    );
    expect(() => runElection({ seats: 0, candidates, rules: plurality, ballots: [] })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidElection }),
    );
  });

  it('does not depend on the order of ballots', () => {
    const ids = candidates.map((c) => c.id);
    const ballot = fc.subarray(ids, { maxLength: 2 }).map((choices) => ({ choices }));
    fc.assert(
      fc.property(
        fc.array(ballot, { maxLength: 40 }),
        // A seed is recorded in the minutes: blank text is refused, so the seeds drawn here are not blank.
        fc.string({ minLength: 1 }).filter((seed) => seed.trim().length > 0),
        fc.constantFrom<ElectionRules['tieBreak']>('oldest', 'youngest', 'lot'),
        (ballots, seed, tieBreak) => {
          const rules = { ...plurality, tieBreak };
          const a = runElection({ seats: 2, candidates, rules, ballots, seed });
          const b = runElection({ seats: 2, candidates, rules, ballots: [...ballots].reverse(), seed });
          expect(b.elected).toEqual(a.elected);
        },
      ),
    );
  });
});
