// Fails the build when the JavaScript the first page loads (the entry script and the modules it preloads, gzipped)
// is over the budget. Lazy-loaded routes and the chart library are not part of it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 300 * 1024;
const dist = process.argv[2] ?? 'target/classes/static';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((match) => match[1]);
let total = 0;
for (const src of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
  total += size;
  console.log(`  ${src}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const verdict = `First page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`;
if (total > BUDGET) {
  console.error(`${verdict}: over budget`);
  process.exit(1);
}
console.log(verdict);
