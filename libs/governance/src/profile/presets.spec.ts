import { GovernanceErrorCode } from '../governance-error';
import { checkProxyFor, proxyCap } from '../proxies';
import { quorumFor } from '../quorum';
import { Rational } from '../rational';
import { resolutionResult } from '../resolution-result';
import { mandateTermMonths } from '../mandates';
import { convocationDeadline } from '../notice-period';
import { writtenConsultationAllowed } from '../written-consultation';
import { PRESET_KINDS, presetProfile } from './presets';
import { meetingRules, profileSources, valueAtPath } from './profile-access';
import { validateProfile } from './validate-profile';

describe('presets', () => {
  it.each(PRESET_KINDS)('the %s preset is a valid, JSON-serialisable profile', (kind) => {
    const profile = presetProfile(kind);
    const json = JSON.parse(JSON.stringify(profile));
    expect(json).toEqual(profile);
    expect(validateProfile(json)).toEqual(profile);
  });

  it.each(PRESET_KINDS)('the %s preset cites its source and flags figures to verify that exist in the profile', (kind) => {
    const sources = profileSources(presetProfile(kind));
    expect(sources.sources.length).toBeGreaterThan(0);
    for (const s of sources.sources) {
      expect(s.citation).not.toBe('');
      expect(s.note.fr).not.toBe('');
      expect(s.note.en).not.toBe('');
    }
    expect(sources.verify.length).toBeGreaterThan(0);
    for (const f of sources.verify) expect(f.value).not.toBeUndefined();
    expect(sources.verifyHeading.fr).toBe('À vérifier dans vos statuts');
  });

  it('returns a fresh object each time', () => {
    const a = presetProfile('association');
    a.bodies.generalAssembly!.ordinary.quorum.firstConvocation = null;
    expect(presetProfile('association').bodies.generalAssembly!.ordinary.quorum.firstConvocation).not.toBeNull();
  });

  it("gives the association preset for 'other', keeping the legal form", () => {
    const other = presetProfile('other');
    expect(other.legalForm).toBe('other');
    expect(other.preset).toBe('association');
    expect(other.bodies).toEqual(presetProfile('association').bodies);
  });

  describe('association', () => {
    const p = presetProfile('association');
    it('has an ordinary GA quorum of a quarter on first convocation and none on second', () => {
      const counts = { votingMembers: 120, present: 30, remote: 0, represented: 4 };
      expect(quorumFor(p, 'generalAssembly', 'ordinary', 'first', counts).explanation.fr).toBe(
        'Quorum atteint : 34 membres présents ou représentés sur 120, soit 28,3 % (seuil : 25 %).',
      );
      expect(quorumFor(p, 'generalAssembly', 'ordinary', 'second', { ...counts, present: 2 }).reached).toBe(true);
    });
    it('adopts an extraordinary resolution only with two thirds of expressed votes', () => {
      const ballots = (yes: number, no: number) => [
        ...Array.from({ length: yes }, () => ({ choice: 'yes' as const })),
        ...Array.from({ length: no }, () => ({ choice: 'no' as const })),
      ];
      expect(resolutionResult(p, { body: 'generalAssembly', convocation: 'first', meetingKind: 'extraordinary', ballots: ballots(20, 10) }).adopted).toBe(true);
      expect(resolutionResult(p, { body: 'generalAssembly', convocation: 'first', meetingKind: 'extraordinary', ballots: ballots(19, 10) }).adopted).toBe(
        false,
      );
    });
    it('gives the board chair a casting vote', () => {
      const r = resolutionResult(p, { body: 'board', convocation: 'first', ballots: [{ choice: 'yes' }, { choice: 'no' }], chairChoice: 'yes' });
      expect(r.decidedBy).toBe('castingVote');
      expect(r.adopted).toBe(true);
    });
    it('renews its board by thirds over three years and sends GA convocations 15 days ahead', () => {
      expect(mandateTermMonths(p, 'board')).toBe(36);
      expect(p.bodies.board!.mandate.renewal).toBe('thirds');
      expect(mandateTermMonths(p, 'generalAssembly')).toBeNull();
      expect(convocationDeadline(p, 'generalAssembly', 'ordinary', '2025-06-14').latestSendingDate).toBe('2025-05-30');
    });
    it('caps proxies at two per holder, blank proxies aside', () => {
      expect(proxyCap(p.proxies.cap, 500)).toBe(2);
      expect(p.proxies.blankProxies).toEqual({ allowed: true, countTowardCap: false });
      expect(p.votingRights.minimumAgeYears).toBe(16);
      expect(p.votingRights.duesRequired).toBe(true);
    });
    it('does not replace its general assembly by a written consultation', () => {
      expect(writtenConsultationAllowed(p, 'generalAssembly').allowed).toBe(false);
      expect(writtenConsultationAllowed(p, 'board').allowed).toBe(true);
    });
  });

  describe('SCOP (loi 78-763)', () => {
    const p = presetProfile('scop');
    it('caps proxies at 1 below 20 members and one twentieth from 20 (60 → 3, 30 → 1)', () => {
      expect(proxyCap(p.proxies.cap, 12)).toBe(1);
      expect(proxyCap(p.proxies.cap, 19)).toBe(1);
      expect(proxyCap(p.proxies.cap, 20)).toBe(1);
      expect(proxyCap(p.proxies.cap, 30)).toBe(1);
      expect(proxyCap(p.proxies.cap, 40)).toBe(2);
      expect(proxyCap(p.proxies.cap, 60)).toBe(3);
      expect(proxyCap(p.proxies.cap, 79)).toBe(3);
    });
    it('lets only another member with a vote hold a proxy', () => {
      const d = checkProxyFor(p, 'generalAssembly', 'ordinary', {
        principal: { id: 'a', hasVote: true },
        holder: { id: 'spouse', isMember: false, hasVote: false, isFamilyOfPrincipal: true },
        existing: [],
        votingMembers: 30,
      });
      expect(d.allowed).toBe(false);
      expect(d.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxyHolderNotEligible]);
    });
    it('measures majorities on the votes of members present or represented', () => {
      const rules = meetingRules(p, 'generalAssembly', 'ordinary');
      expect(rules.majority.firstConvocation.base).toBe('presentAndRepresented');
      expect(rules.majority.secondConvocation.base).toBe('presentAndRepresented');
      expect(rules.quorum.countRepresented).toBe(true);
      const r = resolutionResult(p, {
        body: 'generalAssembly',
        convocation: 'first',
        ballots: [...Array.from({ length: 10 }, () => ({ choice: 'yes' as const })), ...Array.from({ length: 5 }, () => ({ choice: 'abstain' as const }))],
        baseVotes: { total: 21 },
      });
      expect(r.yesShare.toString()).toBe('10/21');
      expect(r.adopted).toBe(false);
    });
    it('keeps employee members at 65 % of the votes at least', () => {
      expect(p.voteCaps).toEqual([{ category: 'employee', label: { fr: 'associés salariés', en: 'employee members' }, minShare: '13/20' }]);
    });
    it('has an extraordinary GA quorum of half, then a quarter', () => {
      const rules = meetingRules(p, 'generalAssembly', 'extraordinary');
      expect(rules.quorum.firstConvocation).toEqual({ share: '1/2', comparison: 'atLeast' });
      expect(rules.quorum.secondConvocation).toEqual({ share: '1/4', comparison: 'atLeast' });
      expect(rules.majority.firstConvocation.rule).toEqual({ kind: 'fraction', fraction: '2/3', comparison: 'atLeast' });
    });
    it('gives directors a six-year term and the supervisory board four', () => {
      expect(mandateTermMonths(p, 'board')).toBe(72);
      expect(mandateTermMonths(p, 'supervisoryBoard')).toBe(48);
    });
  });

  describe('SCOP in SARL form (code de commerce L. 223-29)', () => {
    const p = presetProfile('scopSarl');
    const votes = (yes: number, no: number, abstain = 0) => [
      ...Array.from({ length: yes }, () => ({ choice: 'yes' as const })),
      ...Array.from({ length: no }, () => ({ choice: 'no' as const })),
      ...Array.from({ length: abstain }, () => ({ choice: 'abstain' as const })),
    ];
    it('keeps the SCOP rules and cites L. 223-29, flagging both convocations to verify', () => {
      expect(p.legalForm).toBe('scop');
      expect(p.preset).toBe('scopSarl');
      expect(p.voteCaps).toEqual(presetProfile('scop').voteCaps);
      expect(p.proxies.cap).toEqual(presetProfile('scop').proxies.cap);
      expect(p.sources.map((x) => x.citation).join(' ')).toContain('L. 223-29');
      expect(p.verify.map((v) => v.path)).toEqual(
        expect.arrayContaining(['bodies.generalAssembly.ordinary.majority.firstConvocation', 'bodies.generalAssembly.ordinary.majority.secondConvocation']),
      );
    });
    it('decides on first consultation by more than half of all members', () => {
      // 40 members, 18 yes, 2 no: a clear majority of votes cast, but not more than half of the members.
      const first = resolutionResult(p, { body: 'generalAssembly', convocation: 'first', ballots: votes(18, 2), baseVotes: { total: 40 } });
      expect(first.base).toBe('allMembers');
      expect(first.yesShare.toString()).toBe('9/20');
      expect(first.adopted).toBe(false);
      expect(resolutionResult(p, { body: 'generalAssembly', convocation: 'first', ballots: votes(21, 2), baseVotes: { total: 40 } }).adopted).toBe(true);
    });
    it('decides on second consultation by a majority of the votes cast, whatever the number of voters', () => {
      const second = resolutionResult(p, { body: 'generalAssembly', convocation: 'second', ballots: votes(6, 2, 3) });
      expect(second.base).toBe('expressed');
      expect(second.yesShare.toString()).toBe('3/4');
      expect(second.adopted).toBe(true);
    });
    it('changes the statutes by two thirds of those present or represented, quorum a quarter then a fifth', () => {
      const rules = meetingRules(p, 'generalAssembly', 'extraordinary');
      expect(rules.quorum.firstConvocation).toEqual({ share: '1/4', comparison: 'atLeast' });
      expect(rules.quorum.secondConvocation).toEqual({ share: '1/5', comparison: 'atLeast' });
      expect(rules.majority.secondConvocation.rule).toEqual({ kind: 'fraction', fraction: '2/3', comparison: 'atLeast' });
    });
    it('the SA-form SCOP preset keeps one majority on both convocations', () => {
      const sa = presetProfile('scop');
      const a = resolutionResult(sa, { body: 'generalAssembly', convocation: 'first', ballots: votes(10, 0, 5), baseVotes: { total: 21 } });
      const b = resolutionResult(sa, { body: 'generalAssembly', convocation: 'second', ballots: votes(10, 0, 5), baseVotes: { total: 21 } });
      expect(a.yesShare.equals(b.yesShare)).toBe(true);
    });
  });

  describe('SCIC (loi 47-1775, art. 19 octies)', () => {
    const p = presetProfile('scic');
    it('has colleges within 10–50 % summing to 100 %', () => {
      const weights = p.colleges!.colleges.map((c) => Rational.parse(c.weight));
      expect(Rational.sum(weights).equals(1)).toBe(true);
      expect(p.colleges!.bounds).toEqual({ min: '1/10', max: '1/2' });
      expect(p.colleges!.emptyCollege).toBe('redistribute');
    });
    it('weights general assembly results by college but not board results', () => {
      expect(meetingRules(p, 'generalAssembly').collegeWeighted).toBe(true);
      expect(meetingRules(p, 'generalAssembly', 'extraordinary').collegeWeighted).toBe(true);
      expect(meetingRules(p, 'board').collegeWeighted).toBe(false);
      expect(p.elections.collegeWeighted).toBe(true);
    });
    it('counts the quorum by heads', () => {
      const q = quorumFor(p, 'generalAssembly', 'ordinary', 'first', { votingMembers: 100, present: 20, remote: 0, represented: 0 });
      expect(q.reached).toBe(true);
      expect(q.threshold.toString()).toBe('1/5');
    });
    it('cites article 19 octies', () => {
      expect(p.sources[0].citation).toContain('19 octies');
      expect(valueAtPath(p, 'colleges.emptyCollege')).toBe('redistribute');
    });
  });

  describe('steering committee', () => {
    const p = presetProfile('steeringCommittee');
    it('has no legal source and flags every figure', () => {
      expect(p.legalForm).toBe('other');
      expect(p.sources[0].note.fr).toContain('Aucune loi');
      expect(p.verify.map((v) => v.path)).toContain('bodies.steeringCommittee.ordinary.quorum');
    });
    it('decides by simple majority with the chair breaking ties, and has no fixed terms', () => {
      const r = resolutionResult(p, { body: 'steeringCommittee', convocation: 'first', ballots: [{ choice: 'yes' }, { choice: 'no' }], chairChoice: 'no' });
      expect(r.adopted).toBe(false);
      expect(r.decidedBy).toBe('castingVote');
      expect(mandateTermMonths(p, 'steeringCommittee')).toBeNull();
      expect(mandateTermMonths(p, 'board')).toBeNull();
    });
    it('refuses blank proxies', () => {
      const d = checkProxyFor(p, 'steeringCommittee', 'ordinary', { principal: { id: 'a', hasVote: true }, holder: null, existing: [], votingMembers: 12 });
      expect(d.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.BlankProxiesNotAllowed]);
    });
  });
});
