import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findFreePort } from '@collegial/database';
import { launchChromium, requireChromium } from '@collegial/testing';
import { startTestApp, type TestApp } from '../../../api/test/support';

export const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR ?? join(process.cwd(), 'dist/screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface WebApp {
  api: TestApp;
  /** The app's address, where the api serves the built web app and /graphql. */
  url: string;
  browser: Browser;
  /** A new browser profile (nothing stored), in French unless told, on a desktop screen unless told. */
  newPage(options?: { phone?: boolean; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** The api on this worker's database serving the built web app, and a headless Chromium to drive it. */
export async function startWebApp(environment: Record<string, string> = {}): Promise<WebApp> {
  const webRoot = join(process.cwd(), 'dist/web');
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('The web app is not built: run `npm run build:web` first (npm test does).');
  requireChromium();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const api = await startTestApp({ PUBLIC_URL: url, WEB_ROOT: webRoot, ...environment }, port);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    api,
    url,
    browser,
    async newPage({ phone = false, locale = 'fr-FR' } = {}) {
      const context = await browser.newContext({
        baseURL: url,
        locale,
        viewport: phone ? PHONE : DESKTOP,
        isMobile: phone,
        hasTouch: phone,
        timezoneId: 'Europe/Paris',
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await api.close();
    },
  };
}

/** What AxeBuilder evaluates in the page when axe-core is there already: nothing. */
const AXE_ALREADY_IN_PAGE = '/* axe-core is in the page already */';

/**
 * An axe-core scan of the page as it is. axe-core goes into each document once: AxeBuilder
 * evaluates its 0.5 MB source again at every scan (twice), and by default merges the frames'
 * results in a new blank page it opens for the purpose, which cost ten times the scan itself.
 * The app has no frames, so the scan run in the page (legacy mode) finds the same violations.
 */
export async function axeScan(page: Page): Promise<AxeBuilder> {
  const present = await page.evaluate<boolean>("typeof window.axe?.run === 'function'");
  if (!present) await page.evaluate(axe.source);
  return new AxeBuilder({ page, axeSource: AXE_ALREADY_IN_PAGE }).setLegacyMode(true);
}

/**
 * The serious and critical accessibility violations axe-core finds on the page (or only in
 * the part `within` selects), described for a failing test.
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  // The page at rest: what a transition shows half-way (a dialog opening, a menu closing) is not what a person reads.
  await page.waitForFunction('document.getAnimations().every((animation) => animation.effect?.getTiming().iterations === Infinity)');
  const scan = await axeScan(page);
  if (within) scan.include(within);
  // Only violations are gathered in full: passes and incomplete results cost time and are not read.
  const { violations } = await scan.options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Closes the notifications the page shows and waits until they have gone: axe misreads their
 * colours while they fade, and by themselves they close only after 4 s. The close buttons are
 * clicked in the page, so the pointer stays where the test put it.
 */
export async function withoutNotifications(page: Page): Promise<void> {
  await page.evaluate("document.querySelectorAll('.mantine-Notification-root .mantine-Notification-closeButton').forEach((button) => button.click())");
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
}

/** A picture of the page for people to look at (the README shows some): dist/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * Opens the app already signed in with an account's session (the sign-in page has its own
 * journey). The session is stored once per tab, so signing out there stays signed out.
 */
export async function signedIn(page: Page, account: { token: string; email: string; displayName?: string }, path = '/'): Promise<Page> {
  const session = JSON.stringify({ token: account.token, email: account.email, displayName: account.displayName ?? account.email });
  // Runs in the page, before its scripts, on every document of the tab.
  await page.addInitScript({
    content: `if (!sessionStorage.getItem('collegial.test.seeded')) {
      sessionStorage.setItem('collegial.test.seeded', '1');
      localStorage.setItem('collegial.session', ${JSON.stringify(session)});
    }`,
  });
  await page.goto(path);
  return page;
}
