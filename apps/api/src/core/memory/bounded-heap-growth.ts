import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent.
 * Left to itself it grows up to 4× under throughput, so a room's worth of short-lived voter
 * connections (each promoted, then dropped) took the api from 120 MB of live objects to
 * 450 MB resident. At 1.5× it collects earlier, for the same CPU per vote (bench:vote),
 * and with no ceiling: a larger live set (10,000 members connected) still fits.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Applies the bound, unless the process was started with its own (node --heap-growing-percent=…). */
export function boundHeapGrowth(execArgv: readonly string[], nodeOptions: string): void {
  const ownSetting = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => /^--heap[-_]growing[-_]percent/.test(arg));
  if (!ownSetting) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
