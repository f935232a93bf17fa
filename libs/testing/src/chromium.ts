import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { testConfig } from './test-config';

/**
 * How the journeys and bench:web launch Chromium. Without these flags, Chromium keeps trying
 * to reach Google's hosts, which this machine's network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium (never a downloaded build), or the one CHROMIUM_PATH names; says how to install it when absent. */
export function requireChromium(): string {
  const path = testConfig.chromiumPath();
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's package (apt-get install chromium), as .ci/run does.`);
  return path;
}

/** A headless Chromium with the flags above. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_FLAGS, headless: true });
}
