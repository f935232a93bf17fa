import fc from 'fast-check';
import type { CollegeRules, MajorityRules } from './profile/governance-profile';
import { Rational } from './rational';
import { tallyResolution, type BallotChoice, type ResolutionBallot } from './resolution-result';

const colleges: CollegeRules = {
  colleges: [
    { id: 'a', name: 'A', weight: '2/5' },
    { id: 'b', name: 'B', weight: '3/10' },
    { id: 'c', name: 'C', weight: '1/5' },
    { id: 'd', name: 'D', weight: '1/10' },
  ],
  bounds: { min: '1/10', max: '1/2' },
  emptyCollege: 'redistribute',
};

const choice = fc.constantFrom<BallotChoice>('yes', 'no', 'abstain', 'blank');
const ballot = fc.record({
  choice,
  college: fc.constantFrom('a', 'b', 'c', 'd'),
  weight: fc.integer({ min: 1, max: 5 }),
});
const ballotList = fc.array(ballot, { maxLength: 60 });

const majority = fc.record<MajorityRules>({
  base: fc.constant('expressed' as const),
  rule: fc.oneof(
    fc.constant({ kind: 'simple' as const }),
    fc.record({
      kind: fc.constant('fraction' as const),
      fraction: fc.constantFrom('1/2', '2/3', '3/5', '3/4'),
      comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const),
    }),
  ),
  castingVote: fc.boolean(),
  abstention: fc.constant('notExpressed' as const),
  blank: fc.constant('notExpressed' as const),
});
const anyMeaningMajority = majority.chain((m) =>
  fc
    .record({
      abstention: fc.constantFrom('notExpressed' as const, 'against' as const, 'consent' as const),
      blank: fc.constantFrom('notExpressed' as const, 'against' as const, 'consent' as const),
    })
    .map((x) => ({ ...m, ...x })),
);
const weighted = fc.boolean();
const chair = fc.option(choice, { nil: null });

function run(m: MajorityRules, w: boolean, ballots: readonly ResolutionBallot[], chairChoice: BallotChoice | null) {
  return tallyResolution({ majority: m, colleges: w ? colleges : null, ballots, chairChoice });
}

describe('resolution results: properties', () => {
  it('do not depend on the order of ballots', () => {
    fc.assert(
      fc.property(anyMeaningMajority, weighted, ballotList, chair, fc.infiniteStream(fc.nat()), (m, w, ballots, c, stream) => {
        const keys = ballots.map(() => stream.next().value as number);
        const shuffled = ballots
          .map((b, i) => [keys[i], b] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, b]) => b);
        const a = run(m, w, ballots, c);
        const b = run(m, w, shuffled, c);
        expect(b.adopted).toBe(a.adopted);
        expect(b.yesShare.equals(a.yesShare)).toBe(true);
        expect(b.explanation).toEqual(a.explanation);
      }),
    );
  });

  it('adding an abstention never changes the outcome under the expressed-votes base', () => {
    fc.assert(
      fc.property(
        majority,
        weighted,
        ballotList,
        chair,
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.integer({ min: 1, max: 5 }),
        (m, w, ballots, c, college, weight) => {
          const before = run(m, w, ballots, c);
          const after = run(m, w, [...ballots, { choice: 'abstain', college, weight }], c);
          expect(after.adopted).toBe(before.adopted);
          expect(after.yesShare.equals(before.yesShare)).toBe(true);
        },
      ),
    );
  });

  it('multiplying every ballot weight by a constant changes nothing', () => {
    fc.assert(
      fc.property(anyMeaningMajority, weighted, ballotList, chair, fc.integer({ min: 2, max: 1000 }), (m, w, ballots, c, k) => {
        const before = run(m, w, ballots, c);
        const after = run(
          m,
          w,
          ballots.map((b) => ({ ...b, weight: b.weight * k })),
          c,
        );
        expect(after.adopted).toBe(before.adopted);
        expect(after.decidedBy).toBe(before.decidedBy);
        expect(after.yesShare.equals(before.yesShare)).toBe(true);
      }),
    );
  });

  it('multiplying every college weight by a constant changes nothing (weights enter only through their proportions)', () => {
    fc.assert(
      fc.property(majority, ballotList, chair, fc.integer({ min: 2, max: 50 }), (m, ballots, c, k) => {
        const before = tallyResolution({ majority: m, colleges, ballots, chairChoice: c });
        const scaled: CollegeRules = {
          ...colleges,
          colleges: colleges.colleges.map((x) => ({ ...x, weight: Rational.parse(x.weight).mul(k).toString() })),
        };
        const after = tallyResolution({ majority: m, colleges: scaled, ballots, chairChoice: c });
        expect(after.adopted).toBe(before.adopted);
        expect(after.yesShare.equals(before.yesShare)).toBe(true);
      }),
    );
  });

  it('after redistribution the effective weights of voting colleges are proportional to their statutory weights and sum to 1', () => {
    fc.assert(
      fc.property(majority, ballotList, (m, ballots) => {
        const r = tallyResolution({ majority: m, colleges, ballots });
        const active = r.colleges.filter((c) => c.base.isPositive());
        if (active.length === 0) return;
        expect(Rational.sum(active.map((c) => c.effectiveWeight)).equals(1)).toBe(true);
        for (const x of active) for (const y of active) expect(x.effectiveWeight.mul(y.weight).equals(y.effectiveWeight.mul(x.weight))).toBe(true);
        for (const x of r.colleges.filter((c) => !c.base.isPositive())) expect(x.effectiveWeight.isZero()).toBe(true);
      }),
    );
  });

  it('an unweighted result is a plain count: adopted under simple majority exactly when yes > no', () => {
    const simple: MajorityRules = { base: 'expressed', rule: { kind: 'simple' }, castingVote: false, abstention: 'notExpressed', blank: 'notExpressed' };
    fc.assert(
      fc.property(ballotList, (ballots) => {
        const r = run(simple, false, ballots, null);
        const sum = (ch: BallotChoice): number => ballots.filter((b) => b.choice === ch).reduce((s, b) => s + b.weight, 0);
        expect(r.adopted).toBe(sum('yes') > sum('no'));
      }),
    );
  });

  it('yes share stays between 0 and 1', () => {
    fc.assert(
      fc.property(anyMeaningMajority, weighted, ballotList, (m, w, ballots) => {
        const r = run(m, w, ballots, null);
        expect(r.yesShare.gte(0) && r.yesShare.lte(1)).toBe(true);
      }),
    );
  });

  it('the casting vote decides only an equal split: as many counted for as against, whatever the base', () => {
    const base = fc.constantFrom('expressed' as const, 'voters' as const, 'presentAndRepresented' as const, 'allMembers' as const);
    fc.assert(
      fc.property(anyMeaningMajority, base, ballotList, chair, fc.integer({ min: 0, max: 300 }), (m0, b, ballots, c, absent) => {
        const m: MajorityRules = { ...m0, base: b, castingVote: true };
        const cast = ballots.reduce((s, x) => s + x.weight, 0);
        const r = tallyResolution({ majority: m, ballots, chairChoice: c, baseVotes: { total: cast + absent } });
        const side = (s: 'consent' | 'against'): Rational => {
          let v = s === 'consent' ? r.totals.yes : r.totals.no;
          if (m.abstention === s) v = v.add(r.totals.abstain);
          if (m.blank === s) v = v.add(r.totals.blank);
          return v;
        };
        if (r.decidedBy === 'castingVote' || r.decidedBy === 'tie') {
          expect(side('consent').equals(side('against'))).toBe(true);
          expect(side('consent').isPositive()).toBe(true);
        }
      }),
    );
  });
});
