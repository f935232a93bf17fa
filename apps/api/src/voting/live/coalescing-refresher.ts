interface KeyState {
  /** When the last refresh ended (epoch ms): what it sent reached the clients then. */
  last: number;
  /** Marked since the last refresh started. */
  pending: boolean;
  /** Marked urgent: refresh without waiting for the interval. */
  urgent: boolean;
  running: boolean;
  timer: NodeJS.Timeout | undefined;
  /** The wait after a refresh before the next: the interval, or longer when the refresh asked for it. */
  spacing: number;
}

/**
 * Refreshes each key at most once per interval, however often it is marked, and always once
 * after the last mark: a burst of a thousand marks gives one refresh now and one per
 * interval while it lasts. The interval runs from the end of a refresh, so what two
 * refreshes send is an interval apart however long each took to compute. Refreshes of one key never overlap; an urgent mark (a ballot that
 * closed) skips the wait, and runs again right after a refresh under way, which may have read
 * the state before the change.
 *
 * A refresh may ask for a longer rest than the interval before the next (it resolves with
 * it, in ms): a tally sent to thousands of sockets comes less often rather than slow the
 * votes down.
 */
export class CoalescingRefresher {
  private readonly states = new Map<string, KeyState>();
  private closed = false;

  constructor(
    private readonly intervalMs: number,
    private readonly refresh: (key: string) => Promise<number | void>,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  mark(key: string): void {
    this.schedule(key, false);
  }

  markUrgent(key: string): void {
    this.schedule(key, true);
  }

  /** Keys marked or refreshed within the last interval (for tests and metrics). */
  get size(): number {
    return this.states.size;
  }

  close(): void {
    this.closed = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.states.clear();
  }

  private schedule(key: string, urgent: boolean): void {
    if (this.closed) return;
    let state = this.states.get(key);
    if (!state) {
      state = { last: 0, pending: false, urgent: false, running: false, timer: undefined, spacing: this.intervalMs };
      this.states.set(key, state);
    }
    state.pending = true;
    state.urgent ||= urgent;
    // A refresh under way schedules the next one when it ends.
    if (state.running) return;
    if (state.timer && !urgent) return;
    clearTimeout(state.timer);
    // On the next turn of the event loop at the earliest: marks made together refresh once.
    const delay = state.urgent ? 0 : Math.max(0, state.last + state.spacing - Date.now());
    state.timer = setTimeout(() => this.tick(key), delay);
  }

  /** The interval has passed: refresh if marked meanwhile, otherwise forget the key. */
  private tick(key: string): void {
    const state = this.states.get(key);
    if (!state) return;
    state.timer = undefined;
    if (!state.pending) {
      this.states.delete(key);
      return;
    }
    state.pending = false;
    state.urgent = false;
    state.running = true;
    void this.refresh(key)
      .then(
        (rest) => rest ?? 0,
        (error: unknown) => {
          this.onError(key, error);
          return 0;
        },
      )
      .then((restMs) => {
        state.running = false;
        state.last = Date.now();
        state.spacing = Math.max(this.intervalMs, restMs);
        if (this.closed) return;
        const delay = state.urgent ? 0 : Math.max(0, state.last + state.spacing - Date.now());
        state.timer = setTimeout(() => this.tick(key), delay);
      });
  }
}
