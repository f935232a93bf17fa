import { GovernanceError, GovernanceErrorCode } from './governance-error';
import type { ProxyRules } from './profile/governance-profile';
import { presetProfile } from './profile/presets';
import { assertProxyAllowed, blankProxyChoice, blankProxyRecipient, checkProxy, checkProxyFor, effectiveProxies, type ProxyRecord } from './proxies';

const rules: ProxyRules = {
  holder: 'memberWithVote',
  sameCollege: false,
  cap: { kind: 'fixed', max: 2 },
  blankProxies: { allowed: true, countTowardCap: false },
};
const principal = { id: 'alice', hasVote: true };
const holder = { id: 'bob', isMember: true, hasVote: true };

describe('proxies', () => {
  it('accepts a proxy to another member with a vote under the cap', () => {
    const d = checkProxy(rules, { principal, holder, existing: [{ principalId: 'carol', holderId: 'bob' }], votingMembers: 50 });
    expect(d.allowed).toBe(true);
    expect(d.cap).toBe(2);
    expect(d.held).toBe(1);
    expect(d.explanation.fr).toBe('Pouvoir accepté : le mandataire en détiendra 2 (plafond : 2).');
  });

  it('refuses one more proxy to a holder at the cap', () => {
    const existing: ProxyRecord[] = [
      { principalId: 'carol', holderId: 'bob' },
      { principalId: 'dan', holderId: 'bob' },
    ];
    const d = checkProxy(rules, { principal, holder, existing, votingMembers: 50 });
    expect(d.allowed).toBe(false);
    expect(d.refusals[0].code).toBe(GovernanceErrorCode.ProxyCapReached);
    expect(d.refusals[0].messages.fr).toBe('Le mandataire détient déjà 2 pouvoirs sur 2 autorisés.');
  });

  it('does not count blank proxies toward the cap, unless the profile says so', () => {
    const existing: ProxyRecord[] = [
      { principalId: 'carol', holderId: 'chair' },
      { principalId: 'dan', holderId: null },
      { principalId: 'erin', holderId: null },
    ];
    const chair = { id: 'chair', isMember: true, hasVote: true };
    expect(checkProxy(rules, { principal, holder: chair, existing, votingMembers: 50, chairId: 'chair' }).allowed).toBe(true);
    const counting = { ...rules, blankProxies: { allowed: true, countTowardCap: true } };
    const d = checkProxy(counting, { principal, holder: chair, existing, votingMembers: 50, chairId: 'chair' });
    expect(d.held).toBe(3);
    expect(d.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxyCapReached]);
    expect(checkProxy(counting, { principal, holder: null, existing, votingMembers: 50, chairId: 'chair' }).allowed).toBe(false);
    expect(checkProxy(rules, { principal, holder: null, existing, votingMembers: 50, chairId: 'chair' }).allowed).toBe(true);
  });

  it('refuses a proxy to oneself like any other refusal, without throwing', () => {
    const d = checkProxy(rules, { principal, holder: { ...holder, id: 'alice' }, existing: [], votingMembers: 5 });
    expect(d.allowed).toBe(false);
    expect(d.refusals).toEqual([
      {
        code: GovernanceErrorCode.ProxyToSelf,
        messages: { fr: 'Un membre ne peut pas se donner pouvoir à lui-même (alice).', en: 'A member cannot give a proxy to themselves (alice).' },
      },
    ]);
    expect(d.explanation.en).toBe('A member cannot give a proxy to themselves (alice).');
    const attending = checkProxy(rules, { principal: { ...principal, attending: true }, holder: { ...holder, id: 'alice' }, existing: [], votingMembers: 5 });
    expect(attending.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxyToSelf, GovernanceErrorCode.ProxyPrincipalAttends]);
    expect(() => assertProxyAllowed(rules, { principal, holder: { ...holder, id: 'alice' }, existing: [], votingMembers: 5 })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.ProxyToSelf }),
    );
  });

  it('sends blank proxies to the office the profile names (the manager of a SARL-form SCOP)', () => {
    const sarl = presetProfile('scopSarl');
    expect(blankProxyRecipient(sarl.proxies)).toEqual({ goesTo: 'manager', label: { fr: 'gérant', en: 'manager (gérant)' } });
    expect(blankProxyRecipient(rules).goesTo).toBe('chair');
    const d = checkProxyFor(sarl, 'generalAssembly', 'ordinary', { principal, holder: null, existing: [], votingMembers: 30 });
    expect(d.explanation.fr).toBe('Pouvoir en blanc accepté : il sera remis au gérant.');
    const president = { ...rules, blankProxies: { allowed: true, countTowardCap: false, goesTo: 'president' as const } };
    expect(checkProxy(president, { principal, holder: null, existing: [], votingMembers: 5 }).explanation.en).toBe(
      'Blank proxy accepted: it goes to the president.',
    );
    const e = effectiveProxies([{ principalId: 'alice', holderId: null }], ['gerant'], 'gerant');
    expect(e.proxies).toEqual([{ principalId: 'alice', holderId: 'gerant', blank: true }]);
  });

  it('counts blank proxies toward the cap of the office that receives them, when the profile says so', () => {
    const counting = { ...rules, blankProxies: { allowed: true, countTowardCap: true, goesTo: 'manager' as const } };
    const existing: ProxyRecord[] = [
      { principalId: 'dan', holderId: null },
      { principalId: 'erin', holderId: null },
    ];
    const gerant = { id: 'gerant', isMember: true, hasVote: true };
    expect(checkProxy(counting, { principal, holder: gerant, existing, votingMembers: 50, blankRecipientId: 'gerant' }).refusals.map((r) => r.code)).toEqual([
      GovernanceErrorCode.ProxyCapReached,
    ]);
    expect(checkProxy(counting, { principal, holder: gerant, existing, votingMembers: 50, blankRecipientId: 'someone else' }).allowed).toBe(true);
  });

  it('refuses chains: a holder who gave a proxy, or a principal who holds proxies', () => {
    const d1 = checkProxy(rules, { principal, holder, existing: [{ principalId: 'bob', holderId: 'carol' }], votingMembers: 5 });
    expect(d1.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxyChain]);
    const d2 = checkProxy(rules, { principal, holder, existing: [{ principalId: 'carol', holderId: 'alice' }], votingMembers: 5 });
    expect(d2.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxyChain]);
  });

  it('refuses a proxy from a principal who attends, who already gave one, or who has no vote', () => {
    expect(checkProxy(rules, { principal: { ...principal, attending: true }, holder, existing: [], votingMembers: 5 }).refusals[0].code).toBe(
      GovernanceErrorCode.ProxyPrincipalAttends,
    );
    expect(checkProxy(rules, { principal, holder, existing: [{ principalId: 'alice', holderId: 'dan' }], votingMembers: 5 }).refusals[0].code).toBe(
      GovernanceErrorCode.ProxyAlreadyGiven,
    );
    expect(checkProxy(rules, { principal: { ...principal, hasVote: false }, holder, existing: [], votingMembers: 5 }).refusals[0].code).toBe(
      GovernanceErrorCode.ProxyPrincipalWithoutVote,
    );
  });

  it('checks the holder’s eligibility by the profile: member with a vote, member, or family', () => {
    const nonVoting = { id: 'bob', isMember: true, hasVote: false };
    const spouse = { id: 'sam', isMember: false, hasVote: false, isFamilyOfPrincipal: true };
    expect(checkProxy(rules, { principal, holder: nonVoting, existing: [], votingMembers: 5 }).allowed).toBe(false);
    expect(checkProxy({ ...rules, holder: 'member' }, { principal, holder: nonVoting, existing: [], votingMembers: 5 }).allowed).toBe(true);
    expect(checkProxy({ ...rules, holder: 'member' }, { principal, holder: spouse, existing: [], votingMembers: 5 }).allowed).toBe(false);
    expect(checkProxy({ ...rules, holder: 'memberOrFamily' }, { principal, holder: spouse, existing: [], votingMembers: 5 }).allowed).toBe(true);
  });

  it('requires the same college when the profile says so', () => {
    const same = { ...rules, sameCollege: true };
    expect(
      checkProxy(same, { principal: { ...principal, college: 'a' }, holder: { ...holder, college: 'b' }, existing: [], votingMembers: 5 }).refusals[0].code,
    ).toBe(GovernanceErrorCode.ProxyOtherCollege);
    expect(checkProxy(same, { principal: { ...principal, college: 'a' }, holder: { ...holder, college: 'a' }, existing: [], votingMembers: 5 }).allowed).toBe(
      true,
    );
  });

  it('refuses proxies at a meeting that does not accept them', () => {
    const d = checkProxyFor(presetProfile('association'), 'bureau', 'ordinary', { principal, holder, existing: [], votingMembers: 5 });
    expect(d.refusals.map((r) => r.code)).toEqual([GovernanceErrorCode.ProxiesNotAllowed]);
  });

  it('applies the SCOP cap: with 60 members a holder may hold 3 proxies, not 4', () => {
    const scop = presetProfile('scop');
    const existing = ['c', 'd', 'e'].map((p) => ({ principalId: p, holderId: 'bob' }));
    expect(checkProxyFor(scop, 'generalAssembly', 'ordinary', { principal, holder, existing: existing.slice(0, 2), votingMembers: 60 }).allowed).toBe(true);
    const d = checkProxyFor(scop, 'generalAssembly', 'ordinary', { principal, holder, existing, votingMembers: 60 });
    expect(d.allowed).toBe(false);
    expect(d.cap).toBe(3);
    expect(() => assertProxyAllowed(scop.proxies, { principal, holder, existing, votingMembers: 60 })).toThrow(GovernanceError);
    expect(() => assertProxyAllowed(scop.proxies, { principal, holder, existing: [], votingMembers: 30 })).not.toThrow();
    expect(() => assertProxyAllowed(scop.proxies, { principal, holder, existing: existing.slice(0, 1), votingMembers: 30 })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.ProxyCapReached }),
    );
  });

  it('when the meeting opens, a principal who attends cancels the proxy and blank proxies go to the chair', () => {
    const e = effectiveProxies(
      [
        { principalId: 'alice', holderId: 'bob' },
        { principalId: 'carol', holderId: 'bob' },
        { principalId: 'dan', holderId: null },
      ],
      ['bob', 'carol', 'chair'],
      'chair',
    );
    expect(e.cancelled).toEqual([{ principalId: 'carol', holderId: 'bob' }]);
    expect(e.proxies).toEqual([
      { principalId: 'alice', holderId: 'bob', blank: false },
      { principalId: 'dan', holderId: 'chair', blank: true },
    ]);
    expect(e.votesByHolder).toEqual({ bob: 2, carol: 1, chair: 2 });
  });

  it('a blank proxy votes for the resolutions the board put forward and against the others', () => {
    expect(blankProxyChoice(true)).toBe('yes');
    expect(blankProxyChoice(false)).toBe('no');
  });
});
