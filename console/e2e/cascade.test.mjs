// A plan that cascades down the levels, in a real browser against the real platform: the district's office makes its
// implementing plan of the province's demo plan and publishes it, a grassroots union reports to it, the district's
// office accepts the report, the district's reporter fills its own report from its units' accepted figures, and the
// province's dashboard shows the plan carried down two levels. With SCREENSHOTS_DIR set, the new pages are also
// photographed for the README.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_URL, axeViolations, launch, missingBrowser, newPage, signIn, step } from './support.mjs';

const skip = missingBrowser();
const DEMO_TITLE = 'phối hợp tham gia làm công tác dân vận đợt I/2023';
const SESSIONS = '7';
const SHOTS = process.env.SCREENSHOTS_DIR;

async function shot(page, name, fullPage = false) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Clicks a submit button until the receipt shows: the report service may not have learnt of a new plan yet. */
async function submitUntilReceived(page) {
  for (let attempt = 0; ; attempt++) {
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const outcome = await Promise.race([
      page.getByTestId('receipt-number').waitFor().then(() => 'received'),
      page.getByText('Chưa gửi được báo cáo').first().waitFor().then(() => 'refused'),
    ]);
    if (outcome === 'received') return;
    if (attempt >= 30) throw new Error(`the report was refused: ${await page.locator('main').innerText()}`);
    await page.waitForTimeout(1000);
  }
}

describe('a plan cascading down the levels', { skip: skip ?? false, concurrency: 1 }, () => {
  let browser;
  let office;
  let demoPlanId;
  let planId;
  let reportUrl;
  let district;
  let staff;

  before(async () => {
    browser = await launch();
    office = await newPage(browser);
  });
  after(async () => browser?.close());

  it('lets a district office make its implementing plan of the province plan and publish it', () => step(office, 'cascade-implement', async () => {
    await signIn(office, 'ldld-tb-staff');
    await office.goto(`${CONSOLE_URL}/plans`);
    // the demo plan itself: the oldest of that title (plans are listed newest first; other tests publish the
    // contract's example plan, which bears the same title, and report on it)
    await office.getByRole('link', { name: DEMO_TITLE, exact: true }).last().click();
    await office.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    demoPlanId = office.url().split('/').pop();
    // the province plan is only read here: no editing, amending or closing it
    assert.equal(await office.getByRole('link', { name: 'Sửa dự thảo' }).count(), 0);
    assert.equal(await office.getByRole('link', { name: 'Điều chỉnh' }).count(), 0);
    await office.getByRole('button', { name: 'Lập kế hoạch triển khai' }).click();
    await office.waitForURL(/\/plans\/[0-9a-f-]{36}\/edit$/);
    planId = office.url().split('/').slice(-2)[0];
    assert.notEqual(planId, demoPlanId);
    await office.getByRole('heading', { name: 'Sửa dự thảo kế hoạch triển khai' }).waitFor();
    await office.getByText(/Triển khai Kế hoạch số \d+\/KH-/).first().waitFor();
    assert.match(await office.getByLabel('Trích yếu (tên kế hoạch)').inputValue(), /^triển khai phối hợp/);
    // the directory searched on the server: the district's own units are found without diacritics
    const informed = office.getByLabel('Đơn vị nhận để biết', { exact: true }).first();
    await informed.click();
    await informed.fill('giao duc');
    await office.getByRole('option', { name: /Phòng Giáo dục và Đào tạo thị xã Trảng Bàng/ }).waitFor();
    await office.keyboard.press('Escape');
    await informed.fill('');
    await office.getByLabel('Địa danh').fill('Trảng Bàng');
    await shot(office, 'cascade-implementing-editor');
    await office.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await office.waitForURL(`${CONSOLE_URL}/plans/${planId}`);
    await office.getByText('Dự thảo', { exact: true }).waitFor();
    await office.getByRole('button', { name: 'Ban hành' }).click();
    await office.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await office.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await office.getByText('Đã ban hành', { exact: true }).waitFor();
    await office.getByText(/^Số \d+\/KH-/).first().waitFor();
    const parent = office.getByTestId('implements').getByRole('link');
    assert.equal(await parent.getAttribute('href'), `/plans/${demoPlanId}`);
    await shot(office, 'cascade-implementing-plan');
  }));

  it('lets a grassroots union report to the district plan and the district office accept it', async () => {
    const union = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await step(union, 'cascade-union-report', async () => {
      await signIn(union, 'cdcs-tb-gd');
      await union.goto(`${CONSOLE_URL}/my/plans/${planId}/phases/1`);
      await union.getByLabel('Số buổi tuyên truyền').fill(SESSIONS);
      await union.getByLabel('Số lượt người dự tuyên truyền').fill('350');
      await union.getByLabel('Số đoàn viên, CNVCLĐ tham gia làm công tác dân vận').fill('40');
      await union.getByLabel('Kinh phí vận động').fill('2500000');
      await union.getByLabel('Kết quả thực hiện').fill('Tổ chức 7 buổi tuyên truyền tại các trường học của thị xã.');
      await submitUntilReceived(union);
      reportUrl = union.url().replace(/\?.*$/, '');
    });
    await step(office, 'cascade-accept', async () => {
      await office.goto(reportUrl);
      await office.getByRole('button', { name: 'Duyệt báo cáo' }).click();
      await office.getByText('Đã duyệt', { exact: true }).first().waitFor();
    });
  });

  it('fills the district\'s own report from its units\' accepted figures', async () => {
    district = await newPage(browser);
    await step(district, 'cascade-prefill', async () => {
      await signIn(district, 'ldld-tb');
      await district.goto(`${CONSOLE_URL}/my/plans/${demoPlanId}/phases/1`);
      await district.getByRole('button', { name: 'Lấy số liệu từ đơn vị cấp dưới' }).click();
      const sources = district.getByRole('table', { name: 'Nguồn số liệu' });
      await sources.getByText('Công đoàn cơ sở Phòng Giáo dục và Đào tạo thị xã Trảng Bàng').waitFor();
      assert.equal(await district.getByLabel('Số buổi tuyên truyền').inputValue(), SESSIONS);
      assert.equal(await district.getByLabel('Kinh phí vận động').inputValue(), '2.500.000');
      assert.match(await district.getByLabel('Kết quả thực hiện').inputValue(), /Tổ chức 7 buổi tuyên truyền/);
      await district.getByText(/Chưa được duyệt \(\d+\)/).waitFor();
      await district.getByRole('list', { name: 'Đơn vị chưa được duyệt' }).getByText(/Trung tâm Y tế/).first().waitFor();
      await shot(district, 'cascade-report-from-sub-units', true);
      // kept as a draft: a reload leaves the figures and where they came from
      await district.reload();
      assert.equal(await district.getByLabel('Số buổi tuyên truyền').inputValue(), SESSIONS);
      await district.getByRole('table', { name: 'Nguồn số liệu' }).waitFor();
    });
  });

  it('shows province staff the plan carried down two levels', async () => {
    staff = await newPage(browser);
    await step(staff, 'cascade-levels', async () => {
      await signIn(staff, 'staff');
      await staff.goto(`${CONSOLE_URL}/dashboards/${demoPlanId}`);
      await staff.getByRole('tab', { name: 'Theo cấp', exact: true }).click();
      await staff.getByTestId('level-2').waitFor({ timeout: 60_000 });
      await staff.getByText('Kế hoạch đã được triển khai xuống 2 cấp.').waitFor({ timeout: 60_000 });
      const units = staff.getByRole('table', { name: 'Đơn vị và kế hoạch triển khai' });
      await units.getByText('Liên đoàn Lao động thị xã Trảng Bàng').waitFor();
      await shot(staff, 'cascade-dashboard-levels', true);
    });
  });

  it('has no axe-core violations on the new pages', async () => {
    const pages = [[office, `/plans/${planId}`, 'the implementing plan'], [office, `/plans/${demoPlanId}`, 'the province plan with its button'],
      [office, '/plans', 'a district office\'s plans'], [district, null, 'the pre-filled report form'],
      [staff, null, 'the dashboard by level']];
    for (const [page, path, what] of pages) {
      if (path) await page.goto(`${CONSOLE_URL}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('[aria-label="Đang tải"]').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
    }
  });
});
