// Screenshots of the console's main pages for the README, from a running platform: CONSOLE_URL (default
// http://localhost:8080) with its demo accounts and demo plan. A unit submits a report through the form first (unless
// it already has), so that the dashboard, the review queue and the receipt show something. Writes
// ../docs/screenshots/*.png (the repository's docs/screenshots).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSOLE_URL, launch, newPage, signIn } from '../e2e/support.mjs';

const OUT = process.env.SCREENSHOTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
mkdirSync(OUT, { recursive: true });

async function shot(page, name, fullPage = false) {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-label="Đang tải"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`  ${name}.png`);
}

const browser = await launch();
try {
  const visitor = await newPage(browser);
  await visitor.goto(CONSOLE_URL);
  await visitor.getByRole('button', { name: /Đăng nhập/ }).waitFor();
  await shot(visitor, 'sign-in');

  // a unit on its phone: its plans, the form with an error at a field, the receipt
  const unit = await newPage(browser, PHONE);
  await signIn(unit, 'ldld-tb');
  await unit.getByRole('link', { name: /Lập báo cáo|Xem báo cáo/ }).first().waitFor({ timeout: 60_000 });
  await shot(unit, 'unit-my-plans', true);
  const form = unit.getByRole('link', { name: /Lập báo cáo/ }).first();
  if (await form.count()) {
    await form.click();
    await unit.getByLabel('Số buổi tuyên truyền').fill('6,5');
    await unit.getByLabel('Số lượt người dự tuyên truyền').fill('420');
    await unit.getByLabel('Số đoàn viên, CNVCLĐ tham gia làm công tác dân vận').fill('85');
    await unit.getByLabel('Kinh phí vận động').fill('185000000').catch(() => undefined);
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByText('Phải là số nguyên, không có phần lẻ.').waitFor();
    await unit.getByLabel('Số buổi tuyên truyền').scrollIntoViewIfNeeded();
    await shot(unit, 'unit-report-form-error');
    await unit.getByLabel('Số buổi tuyên truyền').fill('6');
    await unit.getByLabel('Kết quả thực hiện').fill('Phối hợp tổ chức 6 buổi tuyên truyền, thăm và tặng quà gia đình chính sách.');
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByTestId('receipt-number').waitFor();
  } else {
    await unit.getByRole('link', { name: /Xem báo cáo/ }).first().click();
    await unit.getByTestId('receipt-number').waitFor();
  }
  await shot(unit, 'unit-receipt', true);

  const staff = await newPage(browser);
  await signIn(staff, 'staff');
  await shot(staff, 'staff-plans');
  await staff.getByRole('link', { name: /dân vận/ }).first().click();
  await staff.getByRole('heading', { name: 'Lịch sử phiên bản' }).waitFor();
  await shot(staff, 'staff-plan');
  await staff.getByRole('main').getByRole('link', { name: 'Theo dõi tiến độ' }).click();
  await staff.getByTestId('submitted-count').waitFor();
  await shot(staff, 'staff-dashboard');
  await staff.getByRole('tab', { name: 'Biểu đồ' }).click();
  await staff.locator('.recharts-surface').first().waitFor();
  await staff.waitForTimeout(800);
  await shot(staff, 'staff-dashboard-charts');
  await staff.goto(`${CONSOLE_URL}/review`);
  await shot(staff, 'staff-review-queue');
  await staff.goto(`${CONSOLE_URL}/plans/new`);
  await shot(staff, 'staff-plan-editor');
  await staff.goto(`${CONSOLE_URL}/units`);
  await staff.getByLabel('Tìm đơn vị (có dấu hoặc không dấu)').fill('lien doan');
  await shot(staff, 'staff-units');
} finally {
  await browser.close();
}
