// Takes the screenshot in docs/README.md: the gemeente example after a few answers, at
// 1200 × 900 in the system Chromium (playwright-core, no browser download). Run it again after a
// visible change to the elements or the example, and commit docs/images/gemeente.png.
//
//   pnpm run build && node scripts/screenshots.js
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.js';
import { startServer } from './serve.js';

const out = fileURLToPath(new URL('../docs/images/gemeente.png', import.meta.url));
mkdirSync(fileURLToPath(new URL('../docs/images/', import.meta.url)), { recursive: true });

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/gemeente/`);
  const assessment = page.locator('actie-assessment');
  await assessment.locator('[part~="step-heading"]').waitFor();

  // A few intake answers, then the first area with some answers.
  await assessment.locator('input[name="intake-phase"][value="running"]').check();
  await assessment.locator('input[name="intake-origin"][value="residents"]').check();
  await assessment.locator('[part~="text-input"]').fill('Moestuin achter het buurthuis');
  await assessment.locator('[part~="step-button"]', { hasText: 'Animo' }).click();
  await assessment.locator('#question-A1 input[value="yes"]').check();
  await assessment.locator('#question-A2 input[value="partly"]').check();
  await assessment.locator('#question-A3 input[value="no"]').check();
  await page.evaluate(() => document.activeElement?.blur());

  // From the "Stap 1" heading down: the widget in the municipality's colours and font.
  await page.evaluate(() => document.querySelector('#stap-vragen').scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -16));
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
