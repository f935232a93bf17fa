import fc from 'fast-check';
import { categoryVoteWeights, redistributeCollegeWeights, validateCollegeWeights } from './college-weighting';
import { GovernanceError, GovernanceErrorCode } from './governance-error';
import { Rational } from './rational';

const p = Rational.parse;

function thrown(f: () => unknown): GovernanceError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GovernanceError);
    return e as GovernanceError;
  }
  throw new Error('expected a GovernanceError');
}

describe('college weights', () => {
  it('accepts SCIC colleges between 10 % and 50 % summing to 100 %', () => {
    expect(() =>
      validateCollegeWeights([
        { name: 'salariés', weight: p('40%') },
        { name: 'usagers', weight: p('30%') },
        { name: 'collectivités', weight: p('20%') },
        { name: 'partenaires', weight: p('10%') },
      ]),
    ).not.toThrow();
  });

  it('refuses weights that do not sum to 100 %, giving the sum', () => {
    const e = thrown(() =>
      validateCollegeWeights([
        { name: 'a', weight: p('40%') },
        { name: 'b', weight: p('50%') },
      ]),
    );
    expect(e.code).toBe(GovernanceErrorCode.InvalidCollegeWeights);
    expect(e.messages.fr).toBe('Les poids des collèges totalisent 90 % (9/10) au lieu de 100 %.');
    expect(e.messages.en).toBe('College weights sum to 90% (9/10) instead of 100%.');
  });

  it('refuses a college outside 10–50 %, naming the college and the figure', () => {
    const e = thrown(() =>
      validateCollegeWeights([
        { name: 'salariés', weight: p('60%') },
        { name: 'usagers', weight: p('30%') },
        { name: 'partenaires', weight: p('10%') },
      ]),
    );
    expect(e.messages.fr).toBe('Le collège « salariés » pèse 60 %, hors des bornes 10 % – 50 %.');
    expect(e.messages.en).toBe('College "salariés" weighs 60%, outside the bounds 10%–50%.');
    const small = thrown(() =>
      validateCollegeWeights([
        { name: 'a', weight: p('50%') },
        { name: 'b', weight: p('45%') },
        { name: 'c', weight: p('5%') },
      ]),
    );
    expect(small.messages.en).toContain('"c" weighs 5%');
  });

  it('accepts custom bounds, and refuses duplicate names and empty lists', () => {
    expect(() =>
      validateCollegeWeights(
        [
          { name: 'a', weight: p('65%') },
          { name: 'b', weight: p('35%') },
        ],
        { min: Rational.ZERO, max: Rational.ONE },
      ),
    ).not.toThrow();
    expect(
      thrown(() =>
        validateCollegeWeights([
          { name: 'a', weight: p('1/2') },
          { name: 'a', weight: p('1/2') },
        ]),
      ).messages.en,
    ).toContain('twice');
    expect(thrown(() => validateCollegeWeights([])).code).toBe(GovernanceErrorCode.InvalidCollegeWeights);
  });

  it('after redistribution every active college keeps a share proportional to its weight', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(weights, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (ws, active, k) => {
        const colleges = ws.map((w, i) => ({ id: `c${i}`, weight: Rational.of(w, 100) }));
        const isActive = (id: string): boolean => active[Number(id.slice(1))];
        const out = redistributeCollegeWeights(colleges, isActive);
        const act = colleges.filter((c) => isActive(c.id));
        const total = Rational.sum([...out.values()]);
        if (act.length === 0) {
          expect(total.isZero()).toBe(true);
          return;
        }
        expect(total.equals(1)).toBe(true);
        for (const a of act) {
          for (const b of act) {
            // share_a / share_b = weight_a / weight_b
            expect(out.get(a.id)!.mul(b.weight).equals(out.get(b.id)!.mul(a.weight))).toBe(true);
          }
        }
        for (const c of colleges) if (!isActive(c.id)) expect(out.get(c.id)!.isZero()).toBe(true);
        // Scaling every weight by a constant changes nothing.
        const scaled = redistributeCollegeWeights(
          colleges.map((c) => ({ ...c, weight: c.weight.mul(k) })),
          isActive,
        );
        for (const c of colleges) expect(scaled.get(c.id)!.equals(out.get(c.id)!)).toBe(true);
      }),
    );
  });
});

describe('vote caps by category (SCOP)', () => {
  const employeesAtLeast65 = [{ category: 'employee', minShare: p('65%') }];

  it('reduces outside members’ votes so that employees hold exactly 65 %', () => {
    const w = categoryVoteWeights({ employee: 10, external: 10 }, employeesAtLeast65);
    expect(w.employee.toString()).toBe('1');
    expect(w.external.toString()).toBe('7/13');
    const employees = w.employee.mul(10);
    expect(employees.div(employees.add(w.external.mul(10))).toString()).toBe('13/20');
  });

  it('changes nothing when the cap already holds', () => {
    const w = categoryVoteWeights({ employee: 30, external: 5 }, employeesAtLeast65);
    expect(w.employee.toString()).toBe('1');
    expect(w.external.toString()).toBe('1');
  });

  it('caps a category at a maximum share', () => {
    const w = categoryVoteWeights({ employee: 6, external: 4 }, [{ category: 'external', maxShare: p('35%') }]);
    const ext = w.external.mul(4);
    expect(ext.div(ext.add(6)).toString()).toBe('7/20');
  });

  it('refuses negative counts and impossible caps', () => {
    expect(() => categoryVoteWeights({ employee: -1 }, employeesAtLeast65)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidCount }));
    expect(() => categoryVoteWeights({ employee: 1 }, [{ category: 'employee', minShare: Rational.ONE }])).toThrow(GovernanceError);
  });
});
