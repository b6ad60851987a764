// How long the dashboard of a plan with 3,000 must-report units takes to render, in Debian's Chromium: the built
// console (target/classes/static) is served to the browser with the API's answers for such a plan (3,000 unit rows, a
// roll-up per district, a submission curve) made up here, so the figure is the browser's work alone. Prints each run
// and the median; also how long the unit table takes to filter as one types. Run after the build:
//   npm run build && npm run bench:dashboard
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { launch } from '../e2e/support.mjs';

const STATIC = 'target/classes/static';
const UNITS = 3000;
const RUNS = Number(process.env.RUNS ?? 7);
const PLAN = '00000000-0000-4000-8000-000000003000';
const deadline = new Date(Date.now() + 86_400_000).toISOString();

const districts = Array.from({ length: 30 }, (_, d) => ({ code: `LDLD-${d}`, name: `Liên đoàn Lao động huyện số ${d + 1}`, kind: 'DISTRICT_FEDERATION', parentCode: 'LDLD-TN' }));
const statuses = ['MISSING', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'RESUBMITTED', 'OVERDUE'];
const units = Array.from({ length: UNITS }, (_, i) => {
  const district = districts[i % districts.length];
  const status = i < districts.length ? 'SUBMITTED' : statuses[i % statuses.length];
  const reported = !['MISSING', 'OVERDUE'].includes(status);
  return {
    code: i < districts.length ? district.code : `CDCS-${i}`, name: i < districts.length ? district.name : `Công đoàn cơ sở Công ty số ${i}`,
    kind: i < districts.length ? 'DISTRICT_FEDERATION' : 'GRASSROOTS_UNION', parentCode: i < districts.length ? 'LDLD-TN' : district.code,
    status, reportId: reported ? `r-${i}` : null, receiptNumber: reported ? i : null,
    receivedAt: reported ? new Date(Date.now() - i * 60_000).toISOString() : null, onTime: reported ? i % 5 !== 0 : null,
    lateSeconds: reported && i % 5 === 0 ? i * 60 : 0, revision: reported ? 1 : 0, values: {}, narrative: {},
  };
});
const submitted = units.filter((u) => u.reportId).length;
const summary = { planId: PLAN, planNumber: '99/KH-LĐLĐ', planTitle: 'kế hoạch thử 3.000 đơn vị', planVersion: 1, planStatus: 'PUBLISHED',
  phaseNumber: 1, phaseName: 'Đợt I', startDate: '2023-07-17', endDate: '2023-07-31', reportDeadline: deadline, expected: UNITS,
  submitted, onTime: submitted - 400, late: 400, missing: UNITS - submitted, overdue: 500, returned: 500, accepted: 500,
  awaitingReview: 1000, unexpectedReports: 0, completenessRate: (submitted * 100) / UNITS, timelinessRate: 50,
  averageLatenessSeconds: 3600, maxLatenessSeconds: 7200, remindersSent: 6000 };
const totals = [{ code: 'SO_BUOI', label: 'Số buổi tuyên truyền', unitOfMeasure: 'buổi', type: 'COUNT', reports: submitted, sum: 12000, min: 0, max: 9, mean: 4 },
  { code: 'KINH_PHI', label: 'Kinh phí vận động', unitOfMeasure: 'đồng', type: 'MONEY_VND', reports: submitted, sum: 1_500_000_000, min: 0, max: 9, mean: 4 }];
const rollups = [{ unitCode: 'LDLD-TN', unitName: 'LĐLĐ tỉnh', depth: 0, expected: UNITS, submitted, onTime: submitted - 400, late: 400, missing: UNITS - submitted, completenessRate: 66.7, timelinessRate: 50, sums: {} },
  ...districts.map((d) => ({ unitCode: d.code, unitName: d.name, depth: 1, expected: 100, submitted: 66, onTime: 50, late: 16, missing: 34, completenessRate: 66, timelinessRate: 50, sums: {} }))];
const points = Array.from({ length: 48 }, (_, h) => ({ start: new Date(Date.now() - (48 - h) * 3_600_000).toISOString(), submitted: 40, onTime: 30, late: 10, cumulative: 40 * (h + 1) }));
const answers = {
  '/session': { username: 'staff', name: 'Văn phòng LĐLĐ tỉnh Tây Ninh', roles: ['PROVINCE_STAFF'], unit: null },
  [`/api/analytics/plans/${PLAN}`]: { planId: PLAN, number: '99/KH-LĐLĐ', title: summary.planTitle, version: 1, status: 'PUBLISHED', phases: [{ summary, totals }] },
  [`/api/analytics/plans/${PLAN}/phases/1`]: { summary, totals, rollups },
  [`/api/analytics/plans/${PLAN}/phases/1/units`]: units,
  [`/api/analytics/plans/${PLAN}/phases/1/timeline`]: { planId: PLAN, phaseNumber: 1, interval: 'HOUR', timeZone: 'Asia/Ho_Chi_Minh', points },
};
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

if (!existsSync(join(STATIC, 'index.html'))) {
  console.error(`No built console in ${STATIC}: run npm run build first`);
  process.exit(1);
}
const browser = await launch();
const timings = [];
const filtering = [];
const mainThread = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await context.route('http://console.test/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path in answers) return route.fulfill({ json: answers[path] });
      const file = join(STATIC, path === '/' || !extname(path) ? 'index.html' : path);
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' })
        : route.fulfill({ status: 404, body: '' });
    });
    const page = await context.newPage();
    // the main thread's busy time (Chrome's TaskDuration): what the page itself costs, less swayed than the wall clock
    // by other processes on a shared machine
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(`http://console.test/dashboards/${PLAN}`);
    await page.getByTestId('submitted-count').waitFor();
    await page.getByRole('row').filter({ hasText: 'Liên đoàn Lao động huyện số 1' }).first().waitFor();
    const rendered = Date.now() - started;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => Math.round(1000 * metrics.find((m) => m.name === name).value);
    const busy = metric('TaskDuration');
    if (process.env.DETAIL) {
      console.log(`  script ${metric('ScriptDuration')} ms, layout ${metric('LayoutDuration')} ms, style ${metric('RecalcStyleDuration')} ms`);
    }
    const rows = await page.getByRole('row').count();
    const typing = Date.now();
    await page.getByLabel('Tìm đơn vị').fill('cong ty so 2999');
    await page.getByRole('row').filter({ hasText: 'Công đoàn cơ sở Công ty số 2999' }).waitFor();
    const filtered = Date.now() - typing;
    timings.push(rendered);
    filtering.push(filtered);
    mainThread.push(busy);
    console.log(`run ${run + 1}: dashboard with ${UNITS} units rendered in ${rendered} ms, main thread busy ${busy} ms `
      + `(${rows} rows in the DOM); filtered in ${filtered} ms`);
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`median of ${RUNS}: rendered in ${median(timings)} ms (main thread busy ${median(mainThread)} ms), `
  + `filtered in ${median(filtering)} ms (first run, cold: ${timings[0]} ms)`);
