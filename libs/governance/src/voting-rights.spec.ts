import { GovernanceError } from './governance-error';
import type { VotingRightsRules } from './profile/governance-profile';
import { presetProfile } from './profile/presets';
import { votingRight, votingRoll, type MemberStanding } from './voting-rights';

const rules: VotingRightsRules = { minimumAgeYears: 16, minimumSeniorityMonths: 12, duesRequired: true, joinedBeforeConvocation: true };
const base: MemberStanding = { memberId: 'm', birthDate: '1990-01-01', memberSince: '2020-01-01', duesPaid: true };
const meeting = '2025-06-14';

describe('voting rights', () => {
  it('a member of age, with seniority and dues paid, has a vote', () => {
    const r = votingRight(rules, base, meeting, '2025-05-30');
    expect(r.hasVote).toBe(true);
    expect(r.explanation.fr).toBe('A voix délibérative le 14/06/2025.');
  });

  it('a member under the minimum age has no vote, until their birthday', () => {
    expect(votingRight(rules, { ...base, birthDate: '2009-06-15' }, meeting).reasons).toEqual(['tooYoung']);
    expect(votingRight(rules, { ...base, birthDate: '2009-06-14' }, meeting).hasVote).toBe(true);
    expect(votingRight(rules, { ...base, birthDate: null }, meeting).reasons).toEqual(['birthDateUnknown']);
  });

  it('a member for less than the required seniority has no vote', () => {
    expect(votingRight(rules, { ...base, memberSince: '2024-06-15' }, meeting).reasons).toEqual(['insufficientSeniority']);
    expect(votingRight(rules, { ...base, memberSince: '2024-06-14' }, meeting).hasVote).toBe(true);
  });

  it('a member whose dues are unpaid, or whose right is suspended, has no vote', () => {
    const r = votingRight(rules, { ...base, duesPaid: false, suspended: true }, meeting);
    expect(r.reasons).toEqual(['duesUnpaid', 'suspended']);
    expect(r.explanation.fr).toBe("N'a pas voix délibérative le 14/06/2025 : cotisation non réglée ; droit de vote suspendu.");
    expect(r.explanation.en).toBe('Has no vote on 2025-06-14: dues unpaid; voting right suspended.');
    expect(votingRight({ ...rules, duesRequired: false }, { ...base, duesPaid: false }, meeting).hasVote).toBe(true);
  });

  it('a member who joined after the convocation was sent has no vote at that meeting', () => {
    const r = votingRight({ ...rules, minimumSeniorityMonths: null }, { ...base, memberSince: '2025-06-01' }, meeting, '2025-05-30');
    expect(r.reasons).toEqual(['joinedAfterConvocation']);
  });

  it('a former member, or a future one, has no vote', () => {
    expect(votingRight(rules, { ...base, memberUntil: '2025-06-01' }, meeting).reasons).toEqual(['membershipEnded']);
    expect(votingRight(rules, { ...base, memberSince: '2025-07-01' }, meeting).reasons).toEqual(['notYetMember']);
  });

  it('a legal entity has no age but votes only through a named representative', () => {
    const city: MemberStanding = { memberId: 'city', legalEntity: true, memberSince: '2020-01-01', duesPaid: true };
    expect(votingRight(rules, city, meeting).reasons).toEqual(['noRepresentative']);
    expect(votingRight(rules, { ...city, representative: 'Mme Martin' }, meeting).hasVote).toBe(true);
  });

  it('builds the roll under a profile', () => {
    const roll = votingRoll(presetProfile('association'), [base, { ...base, memberId: 'late', duesPaid: false }], meeting);
    expect(roll.voters).toEqual(['m']);
    expect(roll.excluded.map((x) => [x.memberId, x.reasons])).toEqual([['late', ['duesUnpaid']]]);
  });

  it('refuses malformed dates', () => {
    expect(() => votingRight(rules, { ...base, memberSince: '2020-13-01' }, meeting)).toThrow(GovernanceError);
  });

  it('a member for exactly the required months has no vote when statutes ask "more than" that seniority', () => {
    const moreThan: VotingRightsRules = { ...rules, seniorityComparison: 'moreThan' };
    expect(votingRight(rules, { ...base, memberSince: '2024-06-14' }, meeting).hasVote).toBe(true);
    expect(votingRight(moreThan, { ...base, memberSince: '2024-06-14' }, meeting).reasons).toEqual(['insufficientSeniority']);
    expect(votingRight(moreThan, { ...base, memberSince: '2024-06-13' }, meeting).hasVote).toBe(true);
  });

  it('a minor votes through their legal representative when the statutes allow it', () => {
    const minor: MemberStanding = { ...base, memberId: 'kid', birthDate: '2015-03-01', representative: 'Mme Durand (mère)' };
    expect(votingRight(rules, minor, meeting).reasons).toEqual(['tooYoung']);
    const allowed: VotingRightsRules = { ...rules, minorsVoteThroughRepresentative: true };
    const r = votingRight(allowed, minor, meeting);
    expect(r.hasVote).toBe(true);
    expect(r.castBy).toBe('representative');
    expect(r.representative).toBe('Mme Durand (mère)');
    expect(r.explanation.fr).toBe('A voix délibérative le 14/06/2025, exprimée par son représentant légal (Mme Durand (mère)).');
    expect(votingRight(allowed, { ...minor, representative: null }, meeting).reasons).toEqual(['minorWithoutRepresentative']);
    // Of age, the member votes in person, whatever representative is on file.
    expect(votingRight(allowed, { ...minor, birthDate: '1990-01-01' }, meeting).castBy).toBe('member');
  });

  it("a legal entity's vote is cast by its representative", () => {
    const city: MemberStanding = { memberId: 'city', legalEntity: true, memberSince: '2020-01-01', duesPaid: true, representative: 'Mme Martin' };
    const r = votingRight(rules, city, meeting);
    expect([r.castBy, r.representative]).toEqual(['representative', 'Mme Martin']);
    expect(votingRight(rules, base, meeting).castBy).toBe('member');
  });
});
