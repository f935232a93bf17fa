import { GovernanceError, GovernanceErrorCode } from '../governance-error';
import { presetProfile } from './presets';
import { profileFromPreset, type ProfileOverrides } from './profile-from-preset';

function thrown(f: () => unknown): GovernanceError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GovernanceError);
    return e as GovernanceError;
  }
  throw new Error('expected a GovernanceError');
}

describe('profileFromPreset', () => {
  it('without overrides is the preset', () => {
    expect(profileFromPreset('scic')).toEqual(presetProfile('scic'));
  });

  it('changes one figure deep in the preset and keeps every other', () => {
    const p = profileFromPreset('association', { bodies: { board: { mandate: { termMonths: 48, renewal: 'halves', termEnds: 'ordinaryAssembly' } } } });
    expect(p.bodies.board!.mandate).toEqual({ termMonths: 48, renewal: 'halves', termEnds: 'ordinaryAssembly' });
    expect(p.bodies.board!.ordinary).toEqual(presetProfile('association').bodies.board!.ordinary);
    expect(p.bodies.generalAssembly).toEqual(presetProfile('association').bodies.generalAssembly);
  });

  it('returns fractions in canonical form and replaces a rule of another kind whole', () => {
    const p = profileFromPreset('association', {
      bodies: { generalAssembly: { extraordinary: { majority: { firstConvocation: { rule: { kind: 'simple' } } } } } },
      proxies: { cap: { kind: 'fractionOfMembers', fraction: '5 %', minimum: 1 } },
    });
    expect(p.bodies.generalAssembly!.extraordinary!.majority.firstConvocation.rule).toEqual({ kind: 'simple' });
    expect(p.bodies.generalAssembly!.extraordinary!.majority.secondConvocation.rule).toEqual({ kind: 'fraction', fraction: '2/3', comparison: 'atLeast' });
    expect(p.proxies.cap).toEqual({ kind: 'fractionOfMembers', fraction: '1/20', minimum: 1 });
  });

  it('replaces lists whole and removes a body given as null', () => {
    const colleges = [
      { id: 'a', name: 'A', weight: '1/2' },
      { id: 'b', name: 'B', weight: '1/2' },
    ];
    const p = profileFromPreset('scic', { colleges: { colleges }, bodies: { board: null as never } });
    expect(p.colleges!.colleges).toEqual(colleges);
    expect(p.bodies.board).toBeUndefined();
  });

  it('refuses bad overrides with a typed error naming the path and the preset', () => {
    const e = thrown(() => profileFromPreset('association', { bodies: { board: { mandate: { termMonths: -1 } } } }));
    expect(e.code).toBe(GovernanceErrorCode.InvalidProfile);
    expect(e.path).toBe('bodies.board.mandate.termMonths');
    expect(e.messages.fr).toMatch(/^Modèle « Association \(loi 1901\) » modifié : Profil invalide/);
    const unknown = thrown(() => profileFromPreset('association', { bodies: { board: { quorom: {} } } } as unknown as ProfileOverrides));
    expect(unknown.path).toBe('bodies.board.quorom');
    expect(thrown(() => profileFromPreset('scic', { colleges: { colleges: [{ id: 'a', name: 'A', weight: '1/2' }] } })).code).toBe(
      GovernanceErrorCode.InvalidCollegeWeights,
    );
    expect(thrown(() => profileFromPreset('scic', 'no' as never)).path).toBe('(overrides)');
    expect(thrown(() => profileFromPreset('scic', { version: 2 } as never)).path).toBe('version');
  });
});
