import { CoalescingRefresher } from './coalescing-refresher';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < deadline) await sleep(5);
}

// Timings are loose: the machine running the tests may be loaded.
describe('CoalescingRefresher', () => {
  let refresher: CoalescingRefresher | undefined;
  afterEach(() => refresher?.close());

  function start(intervalMs: number, work: (key: string) => Promise<number | void> = () => Promise.resolve()) {
    const refreshes: { key: string; at: number }[] = [];
    refresher = new CoalescingRefresher(
      intervalMs,
      async (key) => {
        refreshes.push({ key, at: Date.now() });
        return work(key);
      },
      () => undefined,
    );
    return { refresher, refreshes };
  }

  it('refreshes once for marks made together, at once', async () => {
    const { refresher, refreshes } = start(1_000);
    const before = Date.now();
    for (let i = 0; i < 1000; i++) refresher.mark('a');
    await until(() => refreshes.length > 0);
    await sleep(50);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].at - before).toBeLessThan(500);
  });

  it('refreshes at most once per interval during a burst, and once after its last mark', async () => {
    const { refresher, refreshes } = start(100);
    const started = Date.now();
    let lastMark = 0;
    while (Date.now() - started < 550) {
      refresher.mark('a');
      lastMark = Date.now();
      await sleep(2);
    }
    await until(() => refreshes.at(-1)!.at >= lastMark);
    const gaps = refreshes.slice(1).map((r, i) => r.at - refreshes[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(98);
    expect(refreshes.length).toBeGreaterThanOrEqual(3);
    expect(refreshes.length).toBeLessThanOrEqual(7);
    expect(refreshes.at(-1)!.at).toBeGreaterThanOrEqual(lastMark);
  });

  it('rests longer than the interval after a refresh that asks for it', async () => {
    // Each refresh asks for 240 ms of rest (a large room), more than the 20 ms interval.
    const { refresher, refreshes } = start(20, () => Promise.resolve(240));
    const started = Date.now();
    while (Date.now() - started < 800) {
      refresher.mark('a');
      await sleep(5);
    }
    const gaps = refreshes.slice(1).map((r, i) => r.at - refreshes[i].at);
    expect(gaps.length).toBeGreaterThanOrEqual(1);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(235);
    expect(refreshes.length).toBeLessThanOrEqual(4);
  });

  it('keeps keys apart', async () => {
    const { refresher, refreshes } = start(1_000);
    refresher.mark('a');
    refresher.mark('b');
    await until(() => refreshes.length === 2);
    expect(refreshes.map((r) => r.key).sort()).toEqual(['a', 'b']);
  });

  it('never runs two refreshes of one key at once, and refreshes again after one that a mark overtook', async () => {
    let running = 0;
    let overlap = false;
    const { refresher, refreshes } = start(10, async () => {
      running++;
      overlap ||= running > 1;
      await sleep(50);
      running--;
    });
    refresher.mark('a');
    await until(() => refreshes.length === 1);
    refresher.mark('a');
    refresher.markUrgent('a');
    await until(() => refreshes.length === 2);
    await sleep(100);
    expect(overlap).toBe(false);
    expect(refreshes).toHaveLength(2);
  });

  it('does not wait for the interval when marked urgent', async () => {
    const { refresher, refreshes } = start(5_000);
    refresher.mark('a');
    await until(() => refreshes.length === 1);
    await sleep(10);
    refresher.mark('a');
    const urgentAt = Date.now();
    refresher.markUrgent('a');
    await until(() => refreshes.length === 2);
    expect(refreshes).toHaveLength(2);
    expect(refreshes[1].at - urgentAt).toBeLessThan(1_000);
  });

  it('forgets a key an interval after its last refresh', async () => {
    const { refresher } = start(30);
    refresher.mark('a');
    await until(() => refresher.size === 0);
    expect(refresher.size).toBe(0);
  });
});
