import fc from 'fast-check';
import { GovernanceError, GovernanceErrorCode } from './governance-error';
import type { QuorumRules } from './profile/governance-profile';
import { presetProfile } from './profile/presets';
import { countAttendance, evaluateQuorum, quorumFor } from './quorum';

const quarter: QuorumRules = {
  countRemote: true,
  countRepresented: true,
  firstConvocation: { share: '1/4', comparison: 'atLeast' },
  secondConvocation: null,
};

describe('quorum', () => {
  it('is reached when members present or represented reach the threshold, and says so', () => {
    const q = evaluateQuorum(quarter, 'first', { votingMembers: 120, present: 20, remote: 4, represented: 10 });
    expect(q.reached).toBe(true);
    expect(q.counted).toBe(34);
    expect(q.base).toBe(120);
    expect(q.share.toString()).toBe('17/60');
    expect(q.threshold.toString()).toBe('1/4');
    expect(q.needed).toBe(30);
    expect(q.explanation.fr).toBe('Quorum atteint : 34 membres présents ou représentés sur 120, soit 28,3 % (seuil : 25 %).');
    expect(q.explanation.en).toBe('Quorum reached: 34 members present or represented out of 120, i.e. 28.3% (threshold: 25%).');
  });

  it('is not reached below the threshold, and tells how many were needed', () => {
    const q = evaluateQuorum(quarter, 'first', { votingMembers: 120, present: 29, remote: 0, represented: 0 });
    expect(q.reached).toBe(false);
    expect(q.explanation.fr).toBe('Quorum non atteint : 29 membres présents ou représentés sur 120, soit 24,2 % (seuil : 25 %) ; il en fallait au moins 30.');
  });

  it('is reached at exactly the threshold for "at least", not for "more than"', () => {
    expect(evaluateQuorum(quarter, 'first', { votingMembers: 100, present: 25, remote: 0, represented: 0 }).reached).toBe(true);
    const moreThanHalf: QuorumRules = { ...quarter, firstConvocation: { share: '1/2', comparison: 'moreThan' } };
    const q = evaluateQuorum(moreThanHalf, 'first', { votingMembers: 10, present: 5, remote: 0, represented: 0 });
    expect(q.reached).toBe(false);
    expect(q.needed).toBe(6);
    expect(q.explanation.fr).toContain('(seuil : plus de 50 %)');
  });

  it('requires no quorum on second convocation when the profile says none', () => {
    const q = evaluateQuorum(quarter, 'second', { votingMembers: 120, present: 12, remote: 0, represented: 0 });
    expect(q.reached).toBe(true);
    expect(q.required).toBe(false);
    expect(q.explanation.fr).toBe('Aucun quorum requis en seconde convocation : 12 membres présents ou représentés sur 120, soit 10 %.');
  });

  it('leaves out remote members and proxies when the profile does not count them', () => {
    const strict: QuorumRules = { ...quarter, countRemote: false, countRepresented: false };
    const q = evaluateQuorum(strict, 'first', { votingMembers: 100, present: 20, remote: 10, represented: 10 });
    expect(q.counted).toBe(20);
    expect(q.reached).toBe(false);
    expect(q.explanation.fr).toContain('20 membres présents sur place sur 100');
  });

  it('uses the singular for one member', () => {
    const q = evaluateQuorum(quarter, 'first', { votingMembers: 3, present: 1, remote: 0, represented: 0 });
    expect(q.explanation.fr).toBe('Quorum atteint : 1 membre présent ou représenté sur 3, soit 33,3 % (seuil : 25 %).');
    expect(q.explanation.en).toBe('Quorum reached: 1 member present or represented out of 3, i.e. 33.3% (threshold: 25%).');
  });

  it('refuses negative or inconsistent counts, naming the count', () => {
    expect(() => evaluateQuorum(quarter, 'first', { votingMembers: 10, present: -1, remote: 0, represented: 0 })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidCount, message: expect.stringContaining('"present"') }),
    );
    expect(() => evaluateQuorum(quarter, 'first', { votingMembers: 10, present: 8, remote: 2, represented: 1 })).toThrow(GovernanceError);
    expect(() => evaluateQuorum(quarter, 'first', { votingMembers: 10.5, present: 1, remote: 0, represented: 0 })).toThrow(GovernanceError);
  });

  it('follows the profile per body, meeting kind and convocation', () => {
    const scop = presetProfile('scop');
    const counts = { votingMembers: 40, present: 12, remote: 0, represented: 0 };
    expect(quorumFor(scop, 'generalAssembly', 'ordinary', 'first', counts).reached).toBe(true); // 1/4
    expect(quorumFor(scop, 'generalAssembly', 'extraordinary', 'first', counts).reached).toBe(false); // 1/2
    expect(quorumFor(scop, 'generalAssembly', 'extraordinary', 'second', counts).reached).toBe(true); // 1/4
    expect(() => quorumFor(scop, 'steeringCommittee', 'ordinary', 'first', counts)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.UnknownBody }));
    expect(() => quorumFor(scop, 'board', 'extraordinary', 'first', counts)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.UnknownMeetingKind }));
  });

  it('counts the attendance sheet against the roll: a principal who attends counts once, as present', () => {
    const counts = countAttendance(
      ['a', 'b', 'c', 'd', 'e'],
      [
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'remote' },
        { memberId: 'c', status: 'represented' },
        { memberId: 'c', status: 'present' },
        { memberId: 'd', status: 'represented' },
        { memberId: 'x', status: 'present' },
        { memberId: 'e', status: 'absent' },
      ],
    );
    expect(counts).toEqual({ votingMembers: 5, present: 2, remote: 1, represented: 1 });
  });

  it('is monotone in attendance: more members present never loses a reached quorum', () => {
    const threshold = fc.record({
      share: fc
        .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 }))
        .filter(([n, d]) => n <= d)
        .map(([n, d]) => `${n}/${d}`),
      comparison: fc.constantFrom('atLeast' as const, 'moreThan' as const),
    });
    const rules = fc.record({
      countRemote: fc.boolean(),
      countRepresented: fc.boolean(),
      firstConvocation: fc.option(threshold, { nil: null }),
      secondConvocation: fc.option(threshold, { nil: null }),
    });
    const attendance = fc.integer({ min: 0, max: 200 }).chain((base) =>
      fc
        .tuple(fc.integer({ min: 0, max: base }), fc.integer({ min: 0, max: base }), fc.integer({ min: 0, max: base }))
        .filter(([p, r, x]) => p + r + x <= base)
        .chain(([p, r, x]) =>
          fc.record({
            counts: fc.constant({ votingMembers: base, present: p, remote: r, represented: x }),
            extra: fc.constantFrom('present' as const, 'remote' as const, 'represented' as const),
            room: fc.constant(base - p - r - x),
          }),
        ),
    );
    fc.assert(
      fc.property(rules, fc.constantFrom('first' as const, 'second' as const), attendance, (r, conv, { counts, extra, room }) => {
        const before = evaluateQuorum(r, conv, counts);
        if (room === 0) return;
        const after = evaluateQuorum(r, conv, { ...counts, [extra]: counts[extra] + 1 });
        if (before.reached) expect(after.reached).toBe(true);
        expect(after.counted).toBeGreaterThanOrEqual(before.counted);
      }),
    );
  });
});

describe('quorum per college', () => {
  const threeQuartersOfEach: QuorumRules = {
    ...quarter,
    perCollege: { firstConvocation: { share: '3/4', comparison: 'atLeast' }, secondConvocation: null },
  };
  const byCollege = {
    employees: { votingMembers: 12, present: 9, remote: 0, represented: 0 },
    users: { votingMembers: 40, present: 20, remote: 5, represented: 4 },
  };

  it('requires three quarters of each college as well as the overall quorum', () => {
    const q = evaluateQuorum(threeQuartersOfEach, 'first', { votingMembers: 52, present: 29, remote: 5, represented: 4, byCollege });
    expect(q.colleges.map((c) => [c.college, c.reached, c.needed])).toEqual([
      ['employees', true, 9],
      ['users', false, 30],
    ]);
    expect(q.reached).toBe(false);
    expect(q.explanation.fr).toContain('Quorum atteint : 38 membres présents ou représentés sur 52');
    expect(q.explanation.fr).toContain('Collège users : 29 sur 40, soit 72,5 % (seuil : 75 %) — non atteint, il en fallait au moins 30.');
    expect(q.explanation.fr).toContain("Quorum non atteint dans le collège users : l'assemblée ne peut délibérer.");
    const enough = evaluateQuorum(threeQuartersOfEach, 'first', {
      votingMembers: 52,
      present: 30,
      remote: 5,
      represented: 4,
      byCollege: { ...byCollege, users: { ...byCollege.users, present: 21 } },
    });
    expect(enough.reached).toBe(true);
  });

  it('applies per convocation, names colleges from the profile, and needs the counts per college', () => {
    expect(evaluateQuorum(threeQuartersOfEach, 'second', { votingMembers: 52, present: 1, remote: 0, represented: 0 }).reached).toBe(true);
    expect(() => evaluateQuorum(threeQuartersOfEach, 'first', { votingMembers: 52, present: 40, remote: 0, represented: 0 })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidArgument }),
    );
    const p = presetProfile('scic');
    p.bodies.generalAssembly!.ordinary.quorum.perCollege = threeQuartersOfEach.perCollege;
    const q = quorumFor(p, 'generalAssembly', 'ordinary', 'first', { votingMembers: 52, present: 29, remote: 5, represented: 4, byCollege });
    expect(q.colleges.map((c) => c.name)).toEqual(['salariés', 'usagers']);
  });
});
