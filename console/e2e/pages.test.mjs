// The main pages on a phone (360 px wide) and on a desktop: nothing wider than the screen, the menu behind its button
// on a phone, and no accessibility violation that axe-core finds (WCAG 2.1 A and AA).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONSOLE_URL, axeViolations, launch, missingBrowser, newPage, signIn } from './support.mjs';

const skip = missingBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-label="Đang tải"]').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
}

async function assertNoViolations(page, what) {
  await settle(page);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

async function assertFitsTheScreen(page, what) {
  await settle(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${what} is ${width} px wide on a 360 px screen`);
}

describe('the main pages', { skip: skip ?? false, concurrency: 1 }, () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => browser?.close());

  it('fit a 360 px phone for a unit reporter, the menu behind its button', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(CONSOLE_URL);
    await assertFitsTheScreen(page, 'the start page');
    await signIn(page, 'ldld-ct');
    await assertFitsTheScreen(page, 'my plans');
    assert.equal(await page.getByRole('link', { name: 'Thông báo', exact: true }).isVisible(), false, 'the menu is folded away');
    await page.getByRole('button', { name: 'Mở danh mục trang' }).click();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).click();
    await page.getByRole('heading', { name: 'Thông báo của đơn vị' }).waitFor();
    await assertFitsTheScreen(page, 'the inbox');
    await page.goto(`${CONSOLE_URL}/my/plans`);
    await page.getByRole('link', { name: /Lập báo cáo/ }).first().click();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).waitFor();
    await assertFitsTheScreen(page, 'the report form');
  });

  it('have no axe-core violations for a signed-out visitor and a unit reporter', async () => {
    const page = await newPage(browser);
    await page.goto(CONSOLE_URL);
    await page.getByRole('button', { name: /Đăng nhập/ }).waitFor();
    await assertNoViolations(page, 'the start page');
    await signIn(page, 'ldld-ct');
    await assertNoViolations(page, 'my plans');
    await page.getByRole('link', { name: /Lập báo cáo/ }).first().click();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText('Hãy sửa các ô được đánh dấu.').waitFor();
    await assertNoViolations(page, 'the report form with its errors shown');
    for (const [path, what] of [['/my/inbox', 'the inbox'], ['/my/preferences', 'the channel preferences'],
      ['/my/reports', 'the reports sent']]) {
      await page.goto(`${CONSOLE_URL}${path}`);
      await assertNoViolations(page, what);
    }
  });

  it('have no axe-core violations for province staff and viewers', async () => {
    const page = await newPage(browser);
    await signIn(page, 'staff');
    for (const [path, what] of [['/plans', 'the plans'], ['/plans/new', 'the plan editor'], ['/units', 'the units directory'],
      ['/review', 'the review queue'], ['/webhooks', 'the webhooks to approve'], ['/dashboards', 'the dashboards list']]) {
      await page.goto(`${CONSOLE_URL}${path}`);
      await assertNoViolations(page, what);
    }
    await page.goto(`${CONSOLE_URL}/plans`);
    await page.getByRole('link', { name: /dân vận/ }).first().click();
    await page.getByRole('heading', { name: 'Lịch sử phiên bản' }).waitFor();
    await assertNoViolations(page, 'a plan');
    await page.getByRole('main').getByRole('link', { name: 'Theo dõi tiến độ' }).click();
    await page.getByTestId('submitted-count').waitFor();
    await assertNoViolations(page, 'a dashboard');
    await page.getByRole('tab', { name: 'Biểu đồ' }).click();
    await page.getByText('Tỷ lệ đầy đủ theo huyện, thị xã, thành phố (%)').waitFor();
    await assertNoViolations(page, 'the dashboard charts');

    const viewer = await newPage(browser);
    await signIn(viewer, 'viewer');
    await assertNoViolations(viewer, 'a viewer\'s dashboards');
    assert.equal(await viewer.getByRole('link', { name: 'Kế hoạch', exact: true }).count(), 0, 'a viewer does not edit plans');
  });
});
