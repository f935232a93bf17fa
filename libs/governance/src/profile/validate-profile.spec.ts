import { GovernanceError, GovernanceErrorCode } from '../governance-error';
import { presetProfile } from './presets';
import { majorityOn } from './profile-access';
import { resolutionResult } from '../resolution-result';
import { validateProfile } from './validate-profile';

function thrown(input: unknown): GovernanceError {
  try {
    validateProfile(input);
  } catch (e) {
    expect(e).toBeInstanceOf(GovernanceError);
    return e as GovernanceError;
  }
  throw new Error('expected a GovernanceError');
}

function withChange(mutate: (p: any) => void): unknown {
  const p = JSON.parse(JSON.stringify(presetProfile('scic')));
  mutate(p);
  return p;
}

describe('validateProfile', () => {
  it('rewrites fractions in canonical form', () => {
    const p = validateProfile(withChange((x) => (x.colleges.colleges[0].weight = '40 %')));
    expect(p.colleges!.colleges[0].weight).toBe('2/5');
  });

  it('accepts a profile stored before majorities depended on the convocation: one majority for both', () => {
    const old = withChange((x) => {
      for (const body of Object.values<any>(x.bodies)) {
        for (const meeting of [body.ordinary, body.extraordinary]) {
          if (!meeting) continue;
          const { firstConvocation, castingVote, abstention, blank } = meeting.majority;
          meeting.majority = { ...firstConvocation, castingVote, abstention, blank };
        }
      }
    });
    expect((old as any).bodies.generalAssembly.extraordinary.majority.rule.fraction).toBe('2/3');
    const p = validateProfile(old);
    expect(p).toEqual(presetProfile('scic'));
    expect(p.bodies.generalAssembly!.extraordinary!.majority.secondConvocation.rule).toEqual({ kind: 'fraction', fraction: '2/3', comparison: 'atLeast' });
  });

  it('reads an old-shape majority directly, the same on both convocations', () => {
    const legacy = { base: 'presentAndRepresented', rule: { kind: 'simple' }, castingVote: true, abstention: 'against', blank: 'against' } as const;
    expect(majorityOn(legacy, 'second')).toEqual(legacy);
    const sarl = presetProfile('scopSarl').bodies.generalAssembly!.ordinary.majority;
    expect(majorityOn(sarl, 'first').base).toBe('allMembers');
    expect(majorityOn(sarl, 'second').base).toBe('expressed');
  });

  it('counts a resolution under an old-shape profile read as stored, without validation', () => {
    const stored = JSON.parse(JSON.stringify(presetProfile('association')));
    const { firstConvocation, castingVote, abstention, blank } = stored.bodies.board.ordinary.majority;
    stored.bodies.board.ordinary.majority = { ...firstConvocation, castingVote, abstention, blank };
    const r = resolutionResult(stored, { body: 'board', convocation: 'second', ballots: [{ choice: 'yes' }, { choice: 'no' }], chairChoice: 'yes' });
    expect(r.decidedBy).toBe('castingVote');
    expect(r.adopted).toBe(true);
  });

  it('refuses a majority that mixes the old and the new shapes', () => {
    const e = thrown(withChange((x) => (x.bodies.board.ordinary.majority.base = 'expressed')));
    expect(e.path).toBe('bodies.board.ordinary.majority.firstConvocation');
  });

  it('keeps the optional voting-right rules: seniority "more than", minors through their representative', () => {
    const p = validateProfile(withChange((x) => Object.assign(x.votingRights, { seniorityComparison: 'moreThan', minorsVoteThroughRepresentative: true })));
    expect(p.votingRights).toMatchObject({ seniorityComparison: 'moreThan', minorsVoteThroughRepresentative: true });
  });

  it('keeps the optional college rules of SCIC statutes', () => {
    const p = validateProfile(
      withChange((x) => {
        x.colleges.minimumMembers = 3;
        x.colleges.colleges[3].mergeInto = 'users';
        x.colleges.colleges[1].blockVote = { share: '50 %', comparison: 'moreThan' };
        x.bodies.generalAssembly.ordinary.majority.nonParticipants = 'consent';
        x.bodies.generalAssembly.ordinary.quorum.perCollege = { firstConvocation: { share: '3/4', comparison: 'atLeast' }, secondConvocation: null };
        x.proxies.blankProxies.goesTo = 'president';
      }),
    );
    expect(p.colleges!.minimumMembers).toBe(3);
    expect(p.colleges!.colleges[3].mergeInto).toBe('users');
    expect(p.colleges!.colleges[1].blockVote).toEqual({ share: '1/2', comparison: 'moreThan' });
    expect(p.bodies.generalAssembly!.ordinary.majority.nonParticipants).toBe('consent');
    expect(p.bodies.generalAssembly!.ordinary.quorum.perCollege!.firstConvocation).toEqual({ share: '3/4', comparison: 'atLeast' });
    expect(p.proxies.blankProxies.goesTo).toBe('president');
  });

  it('refuses something that is not a profile', () => {
    expect(thrown(null).code).toBe(GovernanceErrorCode.InvalidProfile);
    expect(thrown([]).code).toBe(GovernanceErrorCode.InvalidProfile);
    expect(thrown({ version: 2 }).code).toBe(GovernanceErrorCode.InvalidProfile);
  });

  it.each([
    ['a missing field', (x: any) => delete x.proxies.cap, 'proxies.cap', 'missing field'],
    ['an unknown field', (x: any) => (x.bodies.board.ordinary.quorom = {}), 'bodies.board.ordinary.quorom', 'unknown field'],
    ['an unknown body', (x: any) => (x.bodies.council = x.bodies.board), 'bodies.council', 'unknown field'],
    ['a bad legal form', (x: any) => (x.legalForm = 'sarl'), 'legalForm', 'expected one of'],
    [
      'a threshold above 100 %',
      (x: any) => (x.bodies.generalAssembly.ordinary.quorum.firstConvocation.share = '5/4'),
      'bodies.generalAssembly.ordinary.quorum.firstConvocation.share',
      'outside',
    ],
    [
      'an unreadable fraction',
      (x: any) => (x.bodies.generalAssembly.extraordinary.majority.secondConvocation.rule.fraction = 'deux tiers'),
      'bodies.generalAssembly.extraordinary.majority.secondConvocation.rule.fraction',
      'not a valid fraction',
    ],
    [
      'a zero majority fraction',
      (x: any) => (x.bodies.generalAssembly.extraordinary.majority.firstConvocation.rule.fraction = '0'),
      'bodies.generalAssembly.extraordinary.majority.firstConvocation.rule.fraction',
      'outside',
    ],
    [
      'a negative notice period',
      (x: any) => (x.bodies.generalAssembly.ordinary.notice.firstConvocationDays = -3),
      'bodies.generalAssembly.ordinary.notice.firstConvocationDays',
      'integer',
    ],
    ['a fractional term', (x: any) => (x.bodies.board.mandate.termMonths = 12.5), 'bodies.board.mandate.termMonths', 'integer'],
    [
      'an unknown abstention meaning',
      (x: any) => (x.bodies.board.ordinary.majority.abstention = 'maybe'),
      'bodies.board.ordinary.majority.abstention',
      'expected one of',
    ],
    ['a negative proxy cap', (x: any) => (x.proxies.cap = { kind: 'fixed', max: -1 }), 'proxies.cap.max', 'integer'],
    ['a duplicate college id', (x: any) => (x.colleges.colleges[1].id = x.colleges.colleges[0].id), 'colleges.colleges[1].id', 'duplicate'],
    ['a vote cap with no share', (x: any) => (x.voteCaps = [{ category: 'employee', label: { fr: 'a', en: 'b' } }]), 'voteCaps[0]', 'minShare or maxShare'],
    [
      'renewal by thirds without a term',
      (x: any) => (x.bodies.board.mandate = { termMonths: null, renewal: 'thirds' }),
      'bodies.board.mandate.termMonths',
      'multiple of 3',
    ],
    [
      'renewal by halves of an odd term',
      (x: any) => (x.bodies.board.mandate = { termMonths: 45, renewal: 'halves' }),
      'bodies.board.mandate.termMonths',
      'multiple of 2',
    ],
    ['an unknown seniority comparison', (x: any) => (x.votingRights.seniorityComparison = 'around'), 'votingRights.seniorityComparison', 'expected one of'],
    [
      'a non-boolean rule on minors',
      (x: any) => (x.votingRights.minorsVoteThroughRepresentative = 'yes'),
      'votingRights.minorsVoteThroughRepresentative',
      'boolean',
    ],
    ['a merge into an unknown college', (x: any) => (x.colleges.colleges[3].mergeInto = 'aliens'), 'colleges.colleges[3].mergeInto', 'unknown college'],
    ['a college merging into itself', (x: any) => (x.colleges.colleges[3].mergeInto = 'partners'), 'colleges.colleges[3].mergeInto', 'itself'],
    ['a zero minimum college size', (x: any) => (x.colleges.minimumMembers = 0), 'colleges.minimumMembers', 'integer'],
    [
      'a bad block-vote threshold',
      (x: any) => (x.colleges.colleges[0].blockVote = { share: '3/2', comparison: 'moreThan' }),
      'colleges.colleges[0].blockVote.share',
      'outside',
    ],
    [
      'an unknown meaning of silence',
      (x: any) => (x.bodies.generalAssembly.ordinary.majority.nonParticipants = 'maybe'),
      'bodies.generalAssembly.ordinary.majority.nonParticipants',
      'expected one of',
    ],
    [
      'a bad quorum per college',
      (x: any) => (x.bodies.generalAssembly.ordinary.quorum.perCollege = { firstConvocation: { share: '3/4' } }),
      'bodies.generalAssembly.ordinary.quorum.perCollege.secondConvocation',
      'missing field',
    ],
    ['an unknown term-end rule', (x: any) => (x.bodies.board.mandate.termEnds = 'whenever'), 'bodies.board.mandate.termEnds', 'expected one of'],
  ])('names the path of %s', (_what, mutate, path, text) => {
    const e = thrown(withChange(mutate));
    expect(e.code).toBe(GovernanceErrorCode.InvalidProfile);
    expect(e.path).toBe(path);
    expect(e.messages.en).toContain(`"${path}"`);
    expect(e.messages.en).toContain(text);
    expect(e.messages.fr).toContain(`« ${path} »`);
  });

  it('refuses college weights that do not sum to 100 %', () => {
    const e = thrown(withChange((x) => (x.colleges.colleges[0].weight = '1/2')));
    expect(e.code).toBe(GovernanceErrorCode.InvalidCollegeWeights);
    expect(e.messages.fr).toContain('110 %');
    expect(e.path).toBe('colleges.colleges');
  });

  it('refuses a college outside 10–50 %, naming it and its path', () => {
    const e = thrown(
      withChange((x) => {
        x.colleges.colleges[0].weight = '55/100';
        x.colleges.colleges[1].weight = '15/100';
      }),
    );
    expect(e.code).toBe(GovernanceErrorCode.InvalidCollegeWeights);
    expect(e.messages.en).toBe('College "salariés" weighs 55%, outside the bounds 10%–50%.');
    expect(e.path).toBe('colleges.colleges[0].weight');
  });

  it('refuses college weighting without colleges', () => {
    const e = thrown({ ...presetProfile('association'), elections: { method: 'plurality', tieBreak: 'oldest', collegeWeighted: true } });
    expect(e.path).toBe('elections.collegeWeighted');
    const board = presetProfile('association');
    board.bodies.board!.ordinary.collegeWeighted = true;
    expect(thrown(board).path).toBe('bodies.board.ordinary.collegeWeighted');
  });
});
