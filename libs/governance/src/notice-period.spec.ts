import { GovernanceErrorCode } from './governance-error';
import {
  assertConvocationInTime,
  checkConvocationTiming,
  checkSecondMeetingInterval,
  convocationChannel,
  convocationDeadline,
  earliestSecondMeetingDate,
  latestSendingDate,
} from './notice-period';
import { presetProfile } from './profile/presets';
import { writtenConsultationAllowed } from './written-consultation';

const association = presetProfile('association');

describe('convocations', () => {
  it('must leave at least the notice period before the meeting', () => {
    expect(latestSendingDate('2025-06-14', 15)).toBe('2025-05-30');
    expect(latestSendingDate('2025-06-14', 15, 'clearDays')).toBe('2025-05-29');
    expect(latestSendingDate('2025-03-01', 15)).toBe('2025-02-14');
    const d = convocationDeadline(association, 'generalAssembly', 'ordinary', '2025-06-14');
    expect(d.latestSendingDate).toBe('2025-05-30');
    expect(d.explanation.fr).toBe('Convocation à envoyer au plus tard le 30/05/2025 (15 jours avant la réunion du 14/06/2025).');
    expect(d.explanation.en).toBe('Convocation to be sent by 2025-05-30 (15 days before the meeting on 2025-06-14).');
    expect(convocationDeadline(association, 'generalAssembly', 'ordinary', '2025-06-14', 'second').latestSendingDate).toBe('2025-06-06');
  });

  it('tells whether a sending date is in time', () => {
    const onTime = checkConvocationTiming(association, 'generalAssembly', 'ordinary', { meetingDate: '2025-06-14', sentOn: '2025-05-30' });
    expect(onTime.inTime).toBe(true);
    expect(onTime.accepted).toBe(true);
    expect(onTime.daysBefore).toBe(15);
    const late = checkConvocationTiming(association, 'generalAssembly', 'ordinary', { meetingDate: '2025-06-14', sentOn: '2025-05-31' });
    expect(late.inTime).toBe(false);
    expect(late.accepted).toBe(false);
    expect(late.explanation.fr).toBe('Convocation envoyée le 31/05/2025, hors délai : elle devait partir au plus tard le 30/05/2025.');
  });

  it('refuses a late convocation unless a secretary overrides it with a recorded reason', () => {
    const input = { meetingDate: '2025-06-14', sentOn: '2025-06-01' };
    expect(() => assertConvocationInTime(association, 'generalAssembly', 'ordinary', input)).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.ConvocationLate }),
    );
    expect(() => assertConvocationInTime(association, 'generalAssembly', 'ordinary', { ...input, overrideReason: '   ' })).toThrow();
    const ok = assertConvocationInTime(association, 'generalAssembly', 'ordinary', { ...input, overrideReason: 'Urgence : fermeture du local' });
    expect(ok.accepted).toBe(true);
    expect(ok.inTime).toBe(false);
    expect(ok.explanation.fr).toContain('Acceptée sur décision motivée : Urgence : fermeture du local');
  });

  it('respects the minimum interval before a second meeting', () => {
    expect(earliestSecondMeetingDate(association, 'generalAssembly', 'ordinary', '2025-06-14')).toBe('2025-06-21');
    expect(checkSecondMeetingInterval(association, 'generalAssembly', 'ordinary', '2025-06-14', '2025-06-20').allowed).toBe(false);
    const ok = checkSecondMeetingInterval(association, 'generalAssembly', 'ordinary', '2025-06-14', '2025-06-21');
    expect(ok.allowed).toBe(true);
    const scop = presetProfile('scop');
    expect(earliestSecondMeetingDate(scop, 'generalAssembly', 'extraordinary', '2025-06-14')).toBe('2025-06-24');
    expect(earliestSecondMeetingDate(association, 'board', 'ordinary', '2025-06-14')).toBeNull();
    expect(checkSecondMeetingInterval(association, 'board', 'ordinary', '2025-06-14', '2025-06-14').allowed).toBe(false);
  });

  it('goes by e-mail only to members who consented, by post to the others', () => {
    expect(convocationChannel({ eNoticeConsent: true, email: 'a@b.fr' })).toBe('email');
    expect(convocationChannel({ eNoticeConsent: false, email: 'a@b.fr' })).toBe('post');
    expect(convocationChannel({ eNoticeConsent: true, email: null })).toBe('post');
  });

  it('tells whether a written consultation may replace a meeting', () => {
    const r = writtenConsultationAllowed(association, 'generalAssembly', 'extraordinary');
    expect(r.allowed).toBe(false);
    expect(r.explanation.fr).toBe('Les statuts ne permettent pas de remplacer la réunion (assemblée générale extraordinaire) par une consultation écrite.');
    expect(writtenConsultationAllowed(presetProfile('steeringCommittee'), 'steeringCommittee').allowed).toBe(true);
  });
});
