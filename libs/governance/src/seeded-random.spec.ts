import { GovernanceError } from './governance-error';
import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('gives the same draw for the same seed, and another for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const a = new SeededRandom('AG 2025 — tirage').shuffle(items);
    const b = new SeededRandom('AG 2025 — tirage').shuffle(items);
    const c = new SeededRandom('AG 2025 — tirage 2').shuffle(items);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect([...a].sort()).toEqual([...items].sort());
  });

  it('keeps its algorithm stable (a recorded draw can be replayed)', () => {
    const r = new SeededRandom('collegial');
    expect([r.nextUint32(), r.nextUint32(), r.nextInt(6)]).toEqual([3160907906, 2986880894, 5]);
  });

  it('draws integers within bounds, roughly uniformly', () => {
    const r = new SeededRandom('uniform');
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.nextInt(3)]++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });

  it('refuses an empty seed', () => {
    expect(() => new SeededRandom('  ')).toThrow(GovernanceError);
  });
});
