import { GovernanceError, GovernanceErrorCode } from './governance-error';
import type { CollegeRules, MajorityRules } from './profile/governance-profile';
import { presetProfile } from './profile/presets';
import { Rational } from './rational';
import { resolutionResult, tallyResolution, type ResolutionBallot } from './resolution-result';

const simple: MajorityRules = {
  base: 'expressed',
  rule: { kind: 'simple' },
  castingVote: false,
  abstention: 'notExpressed',
  blank: 'notExpressed',
};

const scicColleges: CollegeRules = {
  colleges: [
    { id: 'employees', name: 'salariés', weight: '2/5' },
    { id: 'users', name: 'usagers', weight: '3/10' },
    { id: 'publicBodies', name: 'collectivités', weight: '1/5' },
    { id: 'partners', name: 'partenaires', weight: '1/10' },
  ],
  bounds: { min: '1/10', max: '1/2' },
  emptyCollege: 'redistribute',
};

function ballots(college: string, yes: number, no: number, abstain: number): ResolutionBallot[] {
  return [
    ...Array.from({ length: yes }, () => ({ choice: 'yes' as const, college })),
    ...Array.from({ length: no }, () => ({ choice: 'no' as const, college })),
    ...Array.from({ length: abstain }, () => ({ choice: 'abstain' as const, college })),
  ];
}

const workedExample = [...ballots('employees', 6, 2, 1), ...ballots('users', 10, 15, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 0, 0, 2)];

describe('resolution results (DOMAIN.md worked example)', () => {
  const result = tallyResolution({ majority: simple, colleges: scicColleges, ballots: workedExample });

  it('a SCIC resolution is adopted when the weighted yes share of expressed votes passes one half: 26/45', () => {
    expect(result.yesShare.toString()).toBe('26/45');
    expect(result.adopted).toBe(true);
    expect(result.outcome).toBe('adopted');
    expect(result.decidedBy).toBe('majority');
    expect(result.yesShare.toPercent('fr')).toBe('57,8 %');
  });

  it('shares the weight of the college without expressed votes among the others: 4/9, 3/9, 2/9', () => {
    const w = Object.fromEntries(result.colleges.map((c) => [c.college, c.effectiveWeight.toString()]));
    expect(w).toEqual({ employees: '4/9', users: '1/3', publicBodies: '2/9', partners: '0' });
    const shares = Object.fromEntries(result.colleges.map((c) => [c.college, c.yesShare?.toString() ?? null]));
    expect(shares).toEqual({ employees: '3/4', users: '2/5', publicBodies: '1/2', partners: null });
  });

  it('by heads the same ballots give 17 yes against 18 no, rejected', () => {
    expect(result.byHeads?.yes.toString()).toBe('17');
    expect(result.byHeads?.no.toString()).toBe('18');
    expect(result.byHeads?.adopted).toBe(false);
  });

  it('explains the arithmetic college by college in French and English', () => {
    expect(result.explanation.fr).toContain('Collège salariés (poids 40 %) : 6 pour, 2 contre, 1 abstention, 0 blanc ; part des pour : 6/8 = 75 %.');
    expect(result.explanation.fr).toContain('Collège partenaires (poids 10 %)');
    expect(result.explanation.fr).toContain('salariés 4/9, usagers 3/9, collectivités 2/9');
    expect(result.explanation.fr).toContain('4/9 × 3/4 + 3/9 × 2/5 + 2/9 × 1/2 = 1/3 + 2/15 + 1/9 = 26/45, soit 57,8 %');
    expect(result.explanation.fr).toContain('Résolution adoptée.');
    expect(result.explanation.fr).toContain('17 pour et 18 contre');
    expect(result.explanation.en).toContain('26/45, i.e. 57.8%');
    expect(result.explanation.en).toContain('Resolution adopted.');
  });

  it('gives the same result through the SCIC preset', () => {
    const r = resolutionResult(presetProfile('scic'), { body: 'generalAssembly', convocation: 'first', ballots: workedExample });
    expect(r.yesShare.toString()).toBe('26/45');
    expect(r.adopted).toBe(true);
  });
});

describe('resolution results without colleges', () => {
  it('a simple majority needs more yes than no among expressed votes', () => {
    const r = tallyResolution({ majority: simple, ballots: ballots('', 12, 5, 3) });
    expect(r.adopted).toBe(true);
    expect(r.yesShare.toString()).toBe('12/17');
    expect(r.explanation.fr).toBe(
      'Votes : 12 pour, 5 contre, 3 abstentions, 0 blanc. Les abstentions ne sont pas des suffrages exprimés. Pour : 12 sur 17 suffrages exprimés, soit 70,6 % (majorité requise : plus de 50 %). Résolution adoptée.',
    );
    expect(r.explanation.en).toBe(
      'Votes: 12 yes, 5 no, 3 abstentions, 0 blank. Abstentions are not expressed votes. Yes: 12 out of 17 expressed votes, i.e. 70.6% (required majority: more than 50%). Resolution adopted.',
    );
  });

  it('a simple majority with yes = no is rejected', () => {
    const r = tallyResolution({ majority: simple, ballots: ballots('', 5, 5, 0), chairChoice: 'yes' });
    expect(r.adopted).toBe(false);
    expect(r.decidedBy).toBe('tie');
  });

  it("the chair's casting vote decides a tie when the profile gives one", () => {
    const m = { ...simple, castingVote: true };
    const yes = tallyResolution({ majority: m, ballots: ballots('', 5, 5, 0), chairChoice: 'yes' });
    expect(yes.adopted).toBe(true);
    expect(yes.decidedBy).toBe('castingVote');
    expect(yes.explanation.fr).toContain('voix prépondérante du président (pour)');
    const no = tallyResolution({ majority: m, ballots: ballots('', 5, 5, 0), chairChoice: 'no' });
    expect(no.adopted).toBe(false);
    expect(no.decidedBy).toBe('castingVote');
    const abstained = tallyResolution({ majority: m, ballots: ballots('', 5, 5, 0), chairChoice: 'abstain' });
    expect(abstained.adopted).toBe(false);
    expect(abstained.decidedBy).toBe('tie');
  });

  it('the casting vote does not fire without an equal split: 6 for and 2 against out of 12 members is rejected', () => {
    const m: MajorityRules = { ...simple, base: 'allMembers', castingVote: true };
    const r = tallyResolution({ majority: m, ballots: ballots('', 6, 2, 0), baseVotes: { total: 12 }, chairChoice: 'yes' });
    expect(r.yesShare.toString()).toBe('1/2');
    expect(r.adopted).toBe(false);
    expect(r.decidedBy).toBe('majority');
    expect(r.explanation.fr).not.toContain('Partage égal');
    expect(r.explanation.en).not.toContain('Tied');
    expect(r.explanation.fr).toContain('Résolution rejetée.');
  });

  it('the casting vote does not fire on 10 for, 8 against and 2 abstentions "not expressed" on a base of voters', () => {
    const m: MajorityRules = { ...simple, base: 'voters', castingVote: true };
    const r = tallyResolution({ majority: m, ballots: ballots('', 10, 8, 2), chairChoice: 'yes' });
    expect(r.yesShare.toString()).toBe('1/2');
    expect(r.adopted).toBe(false);
    expect(r.decidedBy).toBe('majority');
    expect(r.explanation.fr).not.toContain('Partage égal');
  });

  it('the casting vote settles an equal split where abstentions count as against because the profile says so', () => {
    const m: MajorityRules = { ...simple, base: 'voters', castingVote: true, abstention: 'against' };
    const r = tallyResolution({ majority: m, ballots: ballots('', 10, 8, 2), chairChoice: 'yes' });
    expect(r.decidedBy).toBe('castingVote');
    expect(r.adopted).toBe(true);
    expect(r.explanation.fr).toContain('Partage égal des voix');
  });

  it('on a base of all members, an equal split among those who voted is settled by the casting vote', () => {
    const m: MajorityRules = { ...simple, base: 'allMembers', castingVote: true };
    const r = tallyResolution({ majority: m, ballots: ballots('', 5, 5, 0), baseVotes: { total: 12 }, chairChoice: 'yes' });
    expect(r.decidedBy).toBe('castingVote');
    expect(r.adopted).toBe(true);
  });

  it('a weighted result is a tie only when the weighted votes for equal the weighted votes against', () => {
    const m: MajorityRules = { ...simple, base: 'allMembers', castingVote: true };
    const r = tallyResolution({
      majority: m,
      colleges: scicColleges,
      ballots: [...ballots('employees', 2, 0, 0), ...ballots('users', 1, 1, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 1, 1, 0)],
      baseVotes: { byCollege: { employees: 4, users: 2, publicBodies: 2, partners: 2 } },
      chairChoice: 'yes',
    });
    // 2/5·2/4 + 3/10·1/2 + 1/5·1/2 + 1/10·1/2 = 1/2 for, against 0 + 3/20 + 1/10 + 1/20 = 3/10.
    expect(r.yesShare.toString()).toBe('1/2');
    expect(r.decidedBy).toBe('majority');
    expect(r.adopted).toBe(false);
  });

  it('a two-thirds majority is reached at exactly 2/3 of expressed votes', () => {
    const m: MajorityRules = { ...simple, rule: { kind: 'fraction', fraction: '2/3', comparison: 'atLeast' } };
    expect(tallyResolution({ majority: m, ballots: ballots('', 10, 5, 4) }).adopted).toBe(true);
    expect(tallyResolution({ majority: m, ballots: ballots('', 9, 5, 0) }).adopted).toBe(false);
    expect(tallyResolution({ majority: m, ballots: ballots('', 10, 5, 0) }).explanation.fr).toContain('au moins 2/3 (66,7 %)');
  });

  it('on the present-and-represented base, members who abstain or do not vote weigh against', () => {
    const m: MajorityRules = { ...simple, base: 'presentAndRepresented', abstention: 'against', blank: 'against' };
    const r = tallyResolution({ majority: m, ballots: ballots('', 12, 5, 3), baseVotes: { total: 30 } });
    expect(r.yesShare.toString()).toBe('2/5');
    expect(r.adopted).toBe(false);
    expect(r.explanation.fr).toContain('Pour : 12 sur 30 voix des membres présents ou représentés, soit 40 %');
    expect(r.explanation.fr).toContain('Les abstentions comptent comme des voix contre.');
  });

  it('abstentions may count as consent when the profile says "qui ne dit mot consent"', () => {
    const m: MajorityRules = { ...simple, abstention: 'consent' };
    const r = tallyResolution({ majority: m, ballots: ballots('', 4, 6, 3) });
    expect(r.yesShare.toString()).toBe('7/13');
    expect(r.adopted).toBe(true);
  });

  it('abstentions counted against change a simple majority under the expressed base', () => {
    const m: MajorityRules = { ...simple, abstention: 'against' };
    expect(tallyResolution({ majority: m, ballots: ballots('', 6, 4, 3) }).adopted).toBe(false);
    expect(tallyResolution({ majority: simple, ballots: ballots('', 6, 4, 3) }).adopted).toBe(true);
  });

  it('the voters base counts abstentions and blanks in the base', () => {
    const m: MajorityRules = { ...simple, base: 'voters' };
    const r = tallyResolution({ majority: m, ballots: [...ballots('', 6, 4, 3), { choice: 'blank' }] });
    expect(r.yesShare.toString()).toBe('3/7');
    expect(r.adopted).toBe(false);
  });

  it('is rejected with nothing to count', () => {
    const r = tallyResolution({ majority: simple, ballots: ballots('', 0, 0, 4) });
    expect(r.adopted).toBe(false);
    expect(r.decidedBy).toBe('noVotes');
  });

  it('counts a ballot carrying several votes', () => {
    const r = tallyResolution({
      majority: simple,
      ballots: [
        { choice: 'yes', weight: 3 },
        { choice: 'no', weight: 2 },
      ],
    });
    expect(r.totals.yes.toString()).toBe('3');
    expect(r.adopted).toBe(true);
  });
});

describe('resolution results: bad input', () => {
  const expectCode = (f: () => unknown, code: GovernanceErrorCode, text?: string): void => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(GovernanceError);
      expect((e as GovernanceError).code).toBe(code);
      if (text) expect((e as GovernanceError).messages.en).toContain(text);
      return;
    }
    throw new Error('expected a GovernanceError');
  };

  it('refuses an unknown choice, naming it', () => {
    expectCode(() => tallyResolution({ majority: simple, ballots: [{ choice: 'maybe' as never }] }), GovernanceErrorCode.UnknownChoice, '"maybe"');
  });

  it('refuses an unknown or missing college in a weighted result', () => {
    expectCode(
      () => tallyResolution({ majority: simple, colleges: scicColleges, ballots: [{ choice: 'yes', college: 'aliens' }] }),
      GovernanceErrorCode.UnknownCollege,
      '"aliens"',
    );
    expectCode(() => tallyResolution({ majority: simple, colleges: scicColleges, ballots: [{ choice: 'yes' }] }), GovernanceErrorCode.UnknownCollege);
  });

  it('refuses negative, zero or fractional-number weights', () => {
    expectCode(() => tallyResolution({ majority: simple, ballots: [{ choice: 'yes', weight: -1 }] }), GovernanceErrorCode.InvalidWeight);
    expectCode(() => tallyResolution({ majority: simple, ballots: [{ choice: 'yes', weight: 0 }] }), GovernanceErrorCode.InvalidWeight);
    expectCode(() => tallyResolution({ majority: simple, ballots: [{ choice: 'yes', weight: 0.5 }] }), GovernanceErrorCode.InvalidWeight);
  });

  it('needs the present-and-represented count, and refuses one below the votes cast', () => {
    const m: MajorityRules = { ...simple, base: 'presentAndRepresented' };
    expectCode(() => tallyResolution({ majority: m, ballots: ballots('', 1, 0, 0) }), GovernanceErrorCode.InvalidArgument);
    expectCode(() => tallyResolution({ majority: m, ballots: ballots('', 3, 0, 0), baseVotes: { total: 2 } }), GovernanceErrorCode.InvalidCount);
    expectCode(() => tallyResolution({ majority: m, ballots: [], baseVotes: { total: -2 } }), GovernanceErrorCode.InvalidCount);
  });
});

describe('SCOP vote caps by category', () => {
  it('employee members keep at least 65 % of the votes when outside members are many', () => {
    const scop = presetProfile('scop');
    // 10 employees and 10 outside members on the roll, all present, all voting:
    // employees 4 yes / 6 no, outside members 10 yes. By heads 14 yes / 6 no (70 %);
    // with the cap, an outside vote weighs 7/13 of an employee's.
    const ballotsList: ResolutionBallot[] = [
      ...Array.from({ length: 4 }, () => ({ choice: 'yes' as const, category: 'employee' })),
      ...Array.from({ length: 6 }, () => ({ choice: 'no' as const, category: 'employee' })),
      ...Array.from({ length: 10 }, () => ({ choice: 'yes' as const, category: 'external' })),
    ];
    const r = resolutionResult(scop, {
      body: 'generalAssembly',
      convocation: 'first',
      ballots: ballotsList,
      baseVotes: { byCategory: { employee: 10, external: 10 } },
      rollByCategory: { employee: 10, external: 10 },
    });
    // outside weight w: 10w / (10 + 10w) = 35 % ⇒ w = 7/13; yes = 4 + 70/13 = 122/13; base = 10 + 70/13 = 200/13.
    expect(r.yesShare.toString()).toBe('61/100');
    expect(r.adopted).toBe(true);
    expect(r.explanation.fr).toContain("Plafonnement des voix par catégorie d'associés : une voix « external » compte pour 7/13.");
    expect(r.explanation.fr).toContain('soit 61 %');
  });

  it('requires a category on each ballot when caps apply', () => {
    expect(() =>
      resolutionResult(presetProfile('scop'), {
        body: 'generalAssembly',
        convocation: 'first',
        ballots: [{ choice: 'yes' }],
        baseVotes: { total: 1 },
        rollByCategory: { employee: 1 },
      }),
    ).toThrow(GovernanceError);
  });

  it('leaves votes unchanged when employees already hold 65 % or more', () => {
    const r = resolutionResult(presetProfile('scop'), {
      body: 'generalAssembly',
      convocation: 'first',
      ballots: [
        ...Array.from({ length: 7 }, () => ({ choice: 'yes' as const, category: 'employee' })),
        ...Array.from({ length: 3 }, () => ({ choice: 'no' as const, category: 'external' })),
      ],
      baseVotes: { byCategory: { employee: 7, external: 3 } },
      rollByCategory: { employee: 7, external: 3 },
    });
    expect(r.yesShare.equals(Rational.of(7, 10))).toBe(true);
  });
});

describe('college rules from published SCIC statutes', () => {
  it('a college with fewer members than the minimum does not count: its weight is shared among the others in proportion', () => {
    const rules: CollegeRules = { ...scicColleges, minimumMembers: 3 };
    const r = tallyResolution({
      majority: simple,
      colleges: rules,
      ballots: [...ballots('employees', 6, 2, 0), ...ballots('users', 10, 15, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 0, 2, 0)],
      roll: { byCollege: { employees: 9, users: 25, publicBodies: 3, partners: 2 } },
    });
    // partners (2 members) drop out: 2/5, 3/10, 1/5 become 4/9, 3/9, 2/9, as in the worked example.
    expect(r.yesShare.toString()).toBe('26/45');
    expect(r.colleges.map((c) => c.college)).toEqual(['employees', 'users', 'publicBodies']);
    expect(r.collegeChanges).toEqual([{ college: 'partners', name: 'partenaires', members: 2, minimum: 3, change: 'shared', into: null, intoName: null }]);
    expect(r.explanation.fr).toContain(
      'Le collège partenaires ne compte que 2 membres (minimum : 3) : il ne compte pas comme collège et son poids est réparti entre les autres au prorata.',
    );
    // Without the minimum, partners' two votes against weigh 10 %.
    const without = tallyResolution({
      majority: simple,
      colleges: scicColleges,
      ballots: [...ballots('employees', 6, 2, 0), ...ballots('users', 10, 15, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 0, 2, 0)],
    });
    expect(without.yesShare.toString()).toBe('13/25');
  });

  it('a college with too few members merges into the college the statutes name, weights added', () => {
    const rules: CollegeRules = {
      ...scicColleges,
      minimumMembers: 3,
      colleges: scicColleges.colleges.map((c) => (c.id === 'partners' ? { ...c, mergeInto: 'users' } : c)),
    };
    const r = tallyResolution({
      majority: simple,
      colleges: rules,
      ballots: [...ballots('employees', 6, 2, 0), ...ballots('users', 10, 15, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 2, 0, 0)],
      roll: { byCollege: { employees: 9, users: 25, publicBodies: 3, partners: 2 } },
    });
    const users = r.colleges.find((c) => c.college === 'users')!;
    expect(users.weight.toString()).toBe('2/5');
    expect(users.members).toEqual(['users', 'partners']);
    expect(users.yesShare!.toString()).toBe('4/9');
    // 2/5·3/4 + 2/5·4/9 + 1/5·1/2 = 3/10 + 8/45 + 1/10 = 26/45
    expect(r.yesShare.toString()).toBe('26/45');
    expect(r.explanation.fr).toContain(
      'Le collège partenaires ne compte que 2 membres (minimum : 3) : il est fusionné avec le collège usagers, poids additionnés.',
    );
  });

  it('needs the roll per college when colleges have a minimum size', () => {
    expect(() => tallyResolution({ majority: simple, colleges: { ...scicColleges, minimumMembers: 3 }, ballots: ballots('users', 1, 0, 0) })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidArgument }),
    );
  });

  it('a college voting as a block gives its whole weight to the side that passes its threshold', () => {
    const rules: CollegeRules = {
      ...scicColleges,
      colleges: scicColleges.colleges.map((c) => (c.id === 'users' ? { ...c, blockVote: { share: '1/2', comparison: 'moreThan' } } : c)),
    };
    const r = tallyResolution({ majority: simple, colleges: rules, ballots: workedExample });
    const users = r.colleges.find((c) => c.college === 'users')!;
    expect(users.block).toBe('no');
    expect(users.yesShare!.toString()).toBe('0');
    // 4/9·3/4 + 3/9·0 + 2/9·1/2 = 1/3 + 1/9 = 4/9: rejected, where proportional counting adopted it.
    expect(r.yesShare.toString()).toBe('4/9');
    expect(r.adopted).toBe(false);
    expect(r.explanation.fr).toContain('vote en bloc : les contre (15/25) atteignent le seuil, tout le poids du collège compte contre.');
    // A split that passes no threshold counts in proportion.
    const even = tallyResolution({ majority: simple, colleges: rules, ballots: [...ballots('users', 5, 5, 0), ...ballots('employees', 1, 0, 0)] });
    expect(even.colleges.find((c) => c.college === 'users')!.block).toBeNull();
  });

  it('members who take no part count as consenting when the statutes say "qui ne dit mot consent"', () => {
    const consent: MajorityRules = { ...simple, nonParticipants: 'consent' };
    const r = tallyResolution({ majority: consent, ballots: ballots('', 4, 6, 0), roll: { total: 13 } });
    expect(r.nonParticipants.toString()).toBe('3');
    expect(r.yesShare.toString()).toBe('7/13');
    expect(r.adopted).toBe(true);
    expect(r.explanation.fr).toContain("3 membres n'ayant pas pris part au vote sont réputés consentir (« qui ne dit mot consent ») et comptent pour.");
    expect(tallyResolution({ majority: simple, ballots: ballots('', 4, 6, 0), roll: { total: 13 } }).adopted).toBe(false);
    expect(() => tallyResolution({ majority: consent, ballots: ballots('', 4, 6, 0) })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidArgument }),
    );
    expect(() => tallyResolution({ majority: consent, ballots: ballots('', 4, 6, 0), roll: { total: 5 } })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidCount }),
    );
  });

  it('silent members consent college by college in a weighted result', () => {
    const consent: MajorityRules = { ...simple, nonParticipants: 'consent' };
    const r = tallyResolution({
      majority: consent,
      colleges: scicColleges,
      ballots: [...ballots('employees', 1, 3, 0), ...ballots('users', 2, 2, 0), ...ballots('publicBodies', 1, 1, 0), ...ballots('partners', 1, 1, 0)],
      roll: { byCollege: { employees: 8, users: 4, publicBodies: 2, partners: 2 } },
    });
    expect(r.colleges.find((c) => c.college === 'employees')!.yesShare!.toString()).toBe('5/8');
    expect(r.nonParticipants.toString()).toBe('4');
  });
});

describe('tallies from counts', () => {
  it('a weighted result from counts per college equals the one from ballots (the worked example)', () => {
    const r = tallyResolution({
      majority: simple,
      colleges: scicColleges,
      counts: {
        byCollege: {
          employees: { yes: 6, no: 2, abstain: 1 },
          users: { yes: 10, no: 15 },
          publicBodies: { yes: 1, no: 1 },
          partners: { abstain: 2 },
        },
      },
    });
    const fromBallots = tallyResolution({ majority: simple, colleges: scicColleges, ballots: workedExample });
    expect(r.yesShare.toString()).toBe('26/45');
    expect(r.explanation).toEqual(fromBallots.explanation);
  });

  it('counts overall, through a profile, and refuses bad counts', () => {
    const r = resolutionResult(presetProfile('association'), {
      body: 'generalAssembly',
      convocation: 'first',
      counts: { total: { yes: 12, no: 5, abstain: 3 } },
    });
    expect(r.yesShare.toString()).toBe('12/17');
    expect(() => tallyResolution({ majority: simple, counts: { total: { yes: -1 } } })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidCount }),
    );
    expect(() => tallyResolution({ majority: simple, counts: { total: { maybe: 1 } as never } })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.UnknownChoice }),
    );
    expect(() => tallyResolution({ majority: simple, ballots: [], counts: { total: { yes: 1 } } })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidArgument }),
    );
  });
});
