import { GovernanceErrorCode } from './governance-error';
import {
  compositionOn,
  isMandateActive,
  mandateEffectiveEnd,
  mandateEndDate,
  mandateStatus,
  mandateTermEnd,
  mandateTermMonths,
  renewalByParts,
  renewalByThirds,
  renewalScheduleFor,
  termEndOf,
  type MandateRecord,
} from './mandates';
import { validateProfile } from './profile/validate-profile';
import { presetProfile } from './profile/presets';

describe('mandates', () => {
  it('end the same calendar day after their term, clamped to the end of the month', () => {
    expect(mandateEndDate('2024-06-15', 36)).toBe('2027-06-15');
    expect(mandateEndDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(mandateEndDate('2024-08-31', 6)).toBe('2025-02-28');
    expect(() => mandateEndDate('2024-06-15', 0)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidTerm }));
    expect(() => mandateEndDate('2024-06-31', 12)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidDate }));
  });

  it('take their term from the profile, null when none is fixed', () => {
    const p = presetProfile('association');
    expect(mandateTermMonths(p, 'board')).toBe(36);
    expect(mandateTermMonths(p, 'bureau')).toBe(12);
    expect(mandateTermMonths(p, 'generalAssembly')).toBeNull();
    expect(mandateTermMonths(p, 'workingGroup')).toBeNull();
  });

  it('give the composition of a body on any date, ending by term, resignation, revocation or death', () => {
    const mandates: MandateRecord[] = [
      { holderId: 'a', role: 'president', start: '2022-06-15', end: '2025-06-15' },
      { holderId: 'b', role: 'president', start: '2025-06-15', end: '2028-06-15' },
      { holderId: 'c', role: 'treasurer', start: '2022-06-15', end: '2025-06-15', endedOn: '2023-01-10', termination: 'resignation' },
      { holderId: 'd', role: 'director', start: '2020-01-01', end: null },
    ];
    expect(compositionOn(mandates, '2022-12-31').map((m) => m.holderId)).toEqual(['a', 'c', 'd']);
    expect(compositionOn(mandates, '2025-06-14').map((m) => m.holderId)).toEqual(['a', 'd']);
    expect(compositionOn(mandates, '2025-06-15').map((m) => m.holderId)).toEqual(['b', 'd']);
    expect(isMandateActive(mandates[0], '2022-06-14')).toBe(false);
    expect(isMandateActive({ ...mandates[3], endedOn: '2024-01-01', termination: 'death' }, '2024-01-01')).toBe(false);
  });

  it('renew a board by thirds, the first two renewals drawn by lot from the seed', () => {
    const members = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10'];
    const s = renewalByThirds({ memberIds: members, start: '2025-06-14', termMonths: 36, seed: 'CA 2025' });
    expect(s.groups.map((g) => [g.index, g.renewalDate, g.memberIds.length, g.drawnByLot])).toEqual([
      [1, '2026-06-14', 3, true],
      [2, '2027-06-14', 3, true],
      [3, '2028-06-14', 4, false],
    ]);
    expect(s.groups.flatMap((g) => g.memberIds).sort()).toEqual(members);
    expect(Object.keys(s.endDates).sort()).toEqual(members);
    // Same seed, any input order: same draw. Another seed: another draw.
    const again = renewalByThirds({ memberIds: [...members].reverse(), start: '2025-06-14', termMonths: 36, seed: 'CA 2025' });
    expect(again.groups).toEqual(s.groups);
    const other = renewalByThirds({ memberIds: members, start: '2025-06-14', termMonths: 36, seed: 'CA 2025 bis' });
    expect(other.groups.map((g) => g.memberIds)).not.toEqual(s.groups.map((g) => g.memberIds));
    expect(s.explanation.fr).toMatch(/^Renouvellement par tiers \(graine du tirage : « CA 2025 »\) : 1er renouvellement \(tiré au sort\), le 14\/06\/2026 : /);
    expect(s.explanation.en).toContain('at the end of the term, on 2028-06-14');
  });

  it('split 11 seats as 3, 4, 4 and refuse terms that are not a multiple of 3 months', () => {
    const members = Array.from({ length: 11 }, (_, i) => `m${i}`);
    expect(
      renewalByThirds({ memberIds: members, start: '2025-01-31', termMonths: 48, seed: 'x' }).groups.map((g) => [g.memberIds.length, g.renewalDate]),
    ).toEqual([
      [3, '2026-05-31'],
      [4, '2027-09-30'],
      [4, '2029-01-31'],
    ]);
    expect(() => renewalByThirds({ memberIds: members, start: '2025-01-31', termMonths: 40, seed: 'x' })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidTerm }),
    );
    expect(() => renewalByThirds({ memberIds: ['a', 'a'], start: '2025-01-31', termMonths: 36, seed: 'x' })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidArgument }),
    );
  });

  it('end on the anniversary by default', () => {
    const t = mandateTermEnd(presetProfile('association'), 'board', '2025-06-14');
    expect(t?.rule).toBe('anniversary');
    expect(t?.end).toBe('2028-06-14');
    expect(mandateTermEnd(presetProfile('association'), 'generalAssembly', '2025-06-14')).toBeNull();
  });

  it('end at the close of the ordinary general assembly held in the year the term expires, when the profile says so', () => {
    const rules = { termMonths: 36, termEnds: 'ordinaryAssembly' as const };
    const early = termEndOf(rules, '2025-06-14', ['2026-06-20', '2027-06-19', '2028-05-27', '2028-11-30']);
    expect(early.anniversary).toBe('2028-06-14');
    expect(early.expiryYear).toBe(2028);
    expect(early.end).toBe('2028-05-27');
    expect(termEndOf(rules, '2025-06-14', ['2028-06-24']).end).toBe('2028-06-24');
    expect(early.explanation.fr).toBe(
      "Mandat de 36 mois à compter du 14/06/2025, expirant en 2028 : il prend fin à l'issue de l'assemblée générale ordinaire de 2028 (le 27/05/2028).",
    );
  });

  it('stay held until the ordinary assembly of the expiry year has a date', () => {
    const t = termEndOf({ termMonths: 36, termEnds: 'ordinaryAssembly' }, '2025-06-14', ['2027-06-19']);
    expect(t.end).toBeNull();
    expect(t.explanation.en).toContain('the 2028 ordinary general assembly (date to be set)');
  });

  it('read the term-end rule from the profile', () => {
    const p = presetProfile('association');
    p.bodies.board!.mandate.termEnds = 'ordinaryAssembly';
    expect(validateProfile(p).bodies.board!.mandate.termEnds).toBe('ordinaryAssembly');
    expect(mandateTermEnd(p, 'board', '2025-06-14', ['2028-06-28'])?.end).toBe('2028-06-28');
  });

  it('renew by thirds at the ordinary assemblies when terms end at an assembly', () => {
    const members = ['a', 'b', 'c', 'd', 'e', 'f'];
    const s = renewalByThirds({
      memberIds: members,
      start: '2025-06-14',
      termMonths: 36,
      seed: 'CA',
      termEnds: 'ordinaryAssembly',
      ordinaryAssemblies: ['2026-06-06', '2027-05-29'],
    });
    expect(s.groups.map((g) => [g.renewalYear, g.renewalDate])).toEqual([
      [2026, '2026-06-06'],
      [2027, '2027-05-29'],
      [2028, null],
    ]);
    expect(s.explanation.fr).toContain("au terme du mandat, à l'AGO de 2028 (date à fixer)");
  });

  it('renew a body by halves as well as by thirds', () => {
    const members = ['a', 'b', 'c', 'd', 'e'];
    const s = renewalByParts({ memberIds: members, start: '2025-06-14', termMonths: 48, parts: 2, seed: 'CS' });
    expect(s.groups.map((g) => [g.index, g.renewalDate, g.memberIds.length, g.drawnByLot])).toEqual([
      [1, '2027-06-14', 2, true],
      [2, '2029-06-14', 3, false],
    ]);
    expect(s.explanation.fr).toMatch(/^Renouvellement par moitié/);
    expect(() => renewalByParts({ memberIds: members, start: '2025-06-14', termMonths: 45, parts: 2, seed: 'x' })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidTerm }),
    );
  });

  it('take term, renewal and term-end rule from the profile for the schedule', () => {
    const p = presetProfile('association');
    p.bodies.board!.mandate = { termMonths: 48, renewal: 'halves', termEnds: 'ordinaryAssembly' };
    const checked = validateProfile(p);
    const s = renewalScheduleFor(checked, 'board', {
      memberIds: ['a', 'b', 'c', 'd'],
      start: '2025-06-14',
      seed: 's',
      ordinaryAssemblies: ['2027-06-12', '2029-06-16'],
    });
    expect(s.parts).toBe(2);
    expect(s.groups.map((g) => g.renewalDate)).toEqual(['2027-06-12', '2029-06-16']);
    const thirds = renewalScheduleFor(presetProfile('association'), 'board', { memberIds: ['a', 'b', 'c'], start: '2025-06-14', seed: 's' });
    expect(thirds.groups.map((g) => g.renewalDate)).toEqual(['2026-06-14', '2027-06-14', '2028-06-14']);
    const parts = validateProfile({
      ...p,
      bodies: { ...p.bodies, board: { ...p.bodies.board, mandate: { termMonths: 48, renewal: { kind: 'parts', parts: 4 } } } },
    });
    expect(renewalScheduleFor(parts, 'board', { memberIds: ['a', 'b', 'c', 'd'], start: '2025-01-01', seed: 's' }).groups).toHaveLength(4);
    expect(() => renewalScheduleFor(presetProfile('association'), 'generalAssembly', { memberIds: [], start: '2025-06-14', seed: 's' })).toThrow(
      expect.objectContaining({ code: GovernanceErrorCode.InvalidTerm }),
    );
  });

  it('have one effective end: the actual end when recorded, else the planned term end', () => {
    expect(mandateEffectiveEnd({ termEndOn: '2028-06-14', endedOn: null })).toBe('2028-06-14');
    expect(mandateEffectiveEnd({ termEndOn: '2028-06-14', endedOn: '2026-01-10' })).toBe('2026-01-10');
    // A seat held past its anniversary until the assembly that renews it.
    expect(mandateEffectiveEnd({ termEndOn: '2028-06-14', endedOn: '2028-06-24' })).toBe('2028-06-24');
    expect(mandateEffectiveEnd({ termEndOn: null })).toBeNull();
    expect(() => mandateEffectiveEnd({ termEndOn: '2028-02-30' })).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidDate }));
  });

  it('are upcoming before their start, running until their effective end, ended from it', () => {
    const m = { startOn: '2025-06-14', termEndOn: '2028-06-14', endedOn: null };
    expect(mandateStatus(m, '2025-06-13')).toBe('upcoming');
    expect(mandateStatus(m, '2025-06-14')).toBe('running');
    expect(mandateStatus(m, '2028-06-13')).toBe('running');
    expect(mandateStatus(m, '2028-06-14')).toBe('ended');
    expect(mandateStatus({ ...m, endedOn: '2028-06-24' }, '2028-06-20')).toBe('running');
    expect(mandateStatus({ ...m, termEndOn: null }, '2099-01-01')).toBe('running');
    expect(isMandateActive({ holderId: 'a', role: 'director', start: '2025-06-14', end: '2028-06-14', endedOn: '2028-06-24' }, '2028-06-20')).toBe(true);
  });
});
