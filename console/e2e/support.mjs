// What the browser tests share: Debian's Chromium driven by playwright-core (no browser download), the console's
// address, signing in through the identity service's form, and axe-core injected into a page.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The console as the gateway serves it, e.g. http://localhost:8080 */
export const CONSOLE_URL = (process.env.CONSOLE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo';

/** Why the browser tests cannot run here, or null. */
export function missingBrowser() {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=vi-VN'],
    // a Vietnamese browser: its date inputs show dd/mm/yyyy
    env: { ...process.env, LANGUAGE: 'vi', LANG: 'vi_VN.UTF-8' },
  });
}

/** A fresh browser context (its own cookies and storage), desktop-sized unless told otherwise. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true,
    viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(30_000);
  return context.newPage();
}

/** Signs in from the console's start page through the identity service's form, back on the console. */
export async function signIn(page, username, path = '/') {
  const failed = [];
  const onResponse = (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  };
  page.on('response', onResponse);
  const pending = new Map();
  const onRequest = (request) => pending.set(request, `${request.method()} ${request.url()}`);
  const onDone = (request) => pending.delete(request);
  page.on('request', onRequest); page.on('requestfinished', onDone); page.on('requestfailed', (r) => { failed.push(`failed ${r.url()} ${r.failure()?.errorText}`); onDone(r); });
  try {
    await page.goto(`${CONSOLE_URL}${path}`);
    await page.getByRole('button', { name: /Đăng nhập/ }).first().click();
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await Promise.all([page.waitForURL(`${CONSOLE_URL}/**`), page.locator('button[type="submit"]').click()]);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  } catch (error) {
    await page.screenshot({ path: `test-results/sign-in-${username}.png` }).catch(() => undefined);
    throw new Error(`Signing in as ${username} did not end signed in on the console: the page is at ${page.url()}`
      + ` showing "${(await page.locator('body').innerText().catch(() => '')).slice(0, 300)}";`
      + ` answers that failed: ${failed.join('; ') || 'none'}; unanswered: ${[...pending.values()].join('; ')}`, { cause: error });
  } finally {
    page.off('response', onResponse);
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is (WCAG 2.1 A and AA rules). */
export async function axeViolations(page) {
  // evaluated through the browser's developer protocol, which the page's content security policy does not govern
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/** Runs a step; when it fails, the page as it was goes to test-results/<name>.png (CI keeps the failing picture). */
export async function step(page, name, action) {
  try {
    return await action();
  } catch (error) {
    const { mkdirSync } = await import('node:fs');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}
