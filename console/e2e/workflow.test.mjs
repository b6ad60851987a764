// The console's main path, in a real browser against the real platform: province staff draft and publish a plan, a
// unit reports (a wrong value first, a reload and an ended sign-in on the way), the dashboard shows it without a reload, staff return it, the unit revises it,
// staff accept it, the XLSX export downloads, and another unit cannot reach the report by its address.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONSOLE_URL, PASSWORD, launch, missingBrowser, newPage, signIn, step } from './support.mjs';

const skip = missingBrowser();
const TITLE = `phối hợp kiểm tra trình duyệt ${Date.now()}`;

/** dd/MM/yyyy (and HH:mm) in the province (UTC+7), days from now, as a Vietnamese types it. */
function provinceDate(days, withTime = false) {
  const shifted = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString();
  const date = `${shifted.slice(8, 10)}/${shifted.slice(5, 7)}/${shifted.slice(0, 4)}`;
  return withTime ? `${date} ${shifted.slice(11, 16)}` : date;
}

async function pick(page, label, search, option) {
  const input = page.getByLabel(label, { exact: true }).first();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

describe('the console end to end', { skip: skip ?? false, concurrency: 1 }, () => {
  let browser;
  let staff;
  let dashboard;
  let unit;
  let planId;
  let reportUrl;

  before(async () => {
    browser = await launch();
    staff = await newPage(browser);
    dashboard = await newPage(browser);
    unit = await newPage(browser, { viewport: { width: 390, height: 844 } });
  });
  after(async () => browser?.close());

  it('lets province staff draft and publish a plan', async () => {
    await signIn(staff, 'staff');
    await staff.goto(`${CONSOLE_URL}/plans/new`);
    await staff.getByLabel('Trích yếu (tên kế hoạch)').fill(TITLE);
    await staff.getByRole('button', { name: 'Thêm đợt' }).click();
    await staff.getByLabel('Tên đợt 1').fill('Đợt I');
    await staff.getByLabel('Ngày bắt đầu đợt 1').fill(provinceDate(-1));
    await staff.getByLabel('Ngày kết thúc đợt 1').fill(provinceDate(10));
    await staff.getByLabel('Hạn báo cáo đợt 1 (trước thời điểm)').fill(provinceDate(3, true));
    await staff.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await staff.getByLabel('Mã chỉ tiêu 1').fill('SO_BUOI');
    await staff.getByLabel('Tên chỉ tiêu 1').fill('Số buổi tuyên truyền');
    await staff.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await staff.getByLabel('Mã chỉ tiêu 2').fill('KINH_PHI');
    await staff.getByLabel('Tên chỉ tiêu 2').fill('Kinh phí vận động');
    await staff.getByRole('combobox', { name: 'Kiểu giá trị chỉ tiêu 2' }).click();
    await staff.getByRole('option', { name: 'Số tiền (đồng)' }).click();
    // recipients found without diacritics (the directory is searched on the server; the grassroots unions of a
    // district carry its name too)
    await pick(staff, 'Đơn vị phải báo cáo', 'trang bang', /^Liên đoàn Lao động thị xã Trảng Bàng/);
    await pick(staff, 'Đơn vị phải báo cáo', 'hoa thanh', /^Liên đoàn Lao động thị xã Hòa Thành/);
    await staff.getByLabel('Họ và tên').fill('Nguyễn Văn A');
    await staff.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await staff.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planId = staff.url().split('/').pop();
    await staff.getByText('Dự thảo', { exact: true }).waitFor();
    await staff.getByRole('button', { name: 'Ban hành' }).click();
    // the signer's name, often known only on the day of issue, is confirmed when publishing
    await staff.getByLabel('Họ và tên người ký').fill('Trần Thị Thu Hà');
    await staff.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await staff.getByText('Đã ban hành', { exact: true }).waitFor();
    await staff.getByText(/Số \d+\/KH-LĐLĐ/).waitFor();
  });

  it('shows the new plan on the dashboard, nobody reported yet', async () => {
    await signIn(dashboard, 'staff', `/dashboards/${planId}`);
    await dashboard.goto(`${CONSOLE_URL}/dashboards/${planId}`);
    await dashboard.getByTestId('submitted-count').filter({ hasText: /^0$/ }).waitFor({ timeout: 60_000 });
  });

  it('shows a unit its error at the field, keeps the form over a reload, and gives the receipt', () => step(unit, 'unit-report', async () => {
    await signIn(unit, 'ldld-tb');
    await unit.goto(`${CONSOLE_URL}/my/plans/${planId}/phases/1`);
    const sessions = unit.getByLabel('Số buổi tuyên truyền');
    await sessions.fill('2,5');
    await unit.getByLabel('Kinh phí vận động').fill('1500000');
    assert.equal(await unit.getByLabel('Kinh phí vận động').inputValue(), '1.500.000');
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByText('Phải là số nguyên, không có phần lẻ.').waitFor();
    assert.equal(await sessions.getAttribute('aria-invalid'), 'true');
    const described = await sessions.getAttribute('aria-describedby');
    assert.ok(described && (await unit.locator(`[id="${described.split(' ').find((id) => id.includes('error')) ?? described}"]`).count()) > 0,
      'the error is tied to its input');
    await sessions.fill('6');
    await unit.getByLabel('Kết quả thực hiện').fill('Tổ chức 6 buổi tuyên truyền tại các khu công nghiệp.');
    await unit.reload();
    assert.equal(await unit.getByLabel('Số buổi tuyên truyền').inputValue(), '6');
    assert.equal(await unit.getByLabel('Kinh phí vận động').inputValue(), '1.500.000');
    // the sign-in ends while the form is open: signing in again brings the user back to it, nothing lost
    await unit.context().clearCookies();
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' }).waitFor();
    await unit.getByRole('button', { name: 'Đăng nhập lại' }).click();
    await unit.locator('input[name="username"]').fill('ldld-tb');
    await unit.locator('input[name="password"]').fill(PASSWORD);
    await unit.locator('button[type="submit"]').click();
    await unit.waitForURL(`${CONSOLE_URL}/my/plans/${planId}/phases/1`);
    assert.equal(await unit.getByLabel('Số buổi tuyên truyền').inputValue(), '6');
    assert.equal(await unit.getByLabel('Kết quả thực hiện').inputValue(), 'Tổ chức 6 buổi tuyên truyền tại các khu công nghiệp.');
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByText('Đã gửi báo cáo', { exact: true }).waitFor();
    await unit.getByTestId('receipt-number').waitFor();
    await unit.getByText('Đúng hạn', { exact: true }).waitFor();
    reportUrl = unit.url().replace(/\?.*$/, '');
  }));

  it('updates the staff dashboard without a reload', async () => {
    await dashboard.getByTestId('submitted-count').filter({ hasText: /^1$/ }).waitFor({ timeout: 30_000 });
  });

  it('lets staff return the report with a reason, the unit revise it and staff accept it', async () => {
    await staff.goto(reportUrl);
    await staff.getByRole('button', { name: 'Trả lại để sửa' }).click();
    await staff.getByLabel('Lý do trả lại').fill('Bổ sung số liệu kinh phí của khu công nghiệp Trảng Bàng.');
    await staff.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await staff.getByText('Trả lại để sửa', { exact: true }).first().waitFor();

    await unit.goto(reportUrl);
    await unit.getByText(/Lý do: Bổ sung số liệu kinh phí/).waitFor();
    await unit.getByRole('button', { name: 'Sửa và gửi lại báo cáo' }).click();
    await unit.getByLabel('Kinh phí vận động').fill('2500000');
    await unit.getByRole('button', { name: 'Gửi lại báo cáo' }).click();
    await unit.getByText('Đã gửi lại, chờ duyệt').waitFor();

    await staff.goto(reportUrl);
    await staff.getByRole('table', { name: 'So sánh hai lần gửi' }).getByText('Kinh phí vận động (đã sửa)').waitFor();
    await staff.getByRole('button', { name: 'Duyệt báo cáo' }).click();
    await staff.getByText('Đã duyệt', { exact: true }).waitFor();
  });

  it('downloads the XLSX export', async () => {
    const [download] = await Promise.all([dashboard.waitForEvent('download'),
      dashboard.getByRole('link', { name: 'Tải bảng tổng hợp (XLSX)' }).click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an Office Open XML file');
  });

  it('does not show another unit the report at its address', async () => {
    const other = await newPage(browser);
    await signIn(other, 'ldld-ht');
    await other.goto(reportUrl);
    await other.getByText('Không tìm thấy báo cáo').waitFor();
    assert.equal(await other.getByTestId('receipt-number').count(), 0);
  });
});
