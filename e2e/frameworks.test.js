// The React 19 and Vue 3 examples of docs/embedding.md (examples/react/, examples/vue/), built by
// `pnpm run build` and served with the strict Content-Security-Policy: the app listens for
// `actie-plan-change` on <actie-session>, and a point put on the plan in <actie-results> must reach
// that listener (it shows the number of agreements), in every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { STRICT_CSP } from '../scripts/serve.js';
import { forEachEngine, importSample, newPage, open, root, setStep, settle } from './helpers.js';

const APPS = [
  { name: 'React 19', path: '/examples/react/', dir: 'examples/react' },
  { name: 'Vue 3', path: '/examples/vue/', dir: 'examples/vue' },
];

/** The app's own text, rendered by the framework from its listener. */
const planCount = (page) => page.evaluate(() => document.querySelector('#plan-count')?.textContent ?? '');

forEachEngine((env) => {
  for (const app of APPS) {
    test(`${app.name}: a point put on the plan in <actie-results> reaches the listener on <actie-session>`, async () => {
      assert.ok(existsSync(join(root, app.dir, 'dist/app.js')), `${app.dir}/dist/app.js is missing: run \`pnpm run build\``);
      const response = await fetch(env.base + app.path);
      assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, 'served with the strict policy');

      const page = await newPage(env);
      await open(page, env, app.path);
      assert.equal(await planCount(page), 'Afspraken op het actieplan: 0');

      // Answers from another device (not a plan change), then "Zet op actieplan" in the results.
      await importSample(page);
      await setStep(page, 'results'); // finished: the results show in full
      const before = await page.evaluate(() => document.querySelector('actie-session').store.plan.agreements.length);
      await page.waitForSelector('actie-results >>> [part~="point-summary"]');
      await page.click('actie-results >>> .condition--needs-work [part~="point-summary"]'); // open the point
      await page.click('actie-results >>> [part~="add-button"]');
      await page.waitFor(
        (n) => document.querySelector('#plan-count')?.textContent === `Afspraken op het actieplan: ${n}`,
        [before + 1],
        {
          message: `${app.name} to show ${before + 1} agreements`,
        },
      );
      await settle(page);
      assert.equal(await page.count('actie-action-plan >>> [part~="agreement"]'), before + 1, 'the action plan shows it too');

      // A change in the action plan reaches the same listener.
      await page.click('actie-action-plan >>> [part~="delete-button"]');
      await page.waitFor(
        (n) => document.querySelector('#plan-count')?.textContent === `Afspraken op het actieplan: ${n}`,
        [before],
        {
          message: `${app.name} to show ${before} agreements after a delete`,
        },
      );

      assert.deepEqual(await page.cspViolations(), [], 'no Content-Security-Policy violations');
      assert.deepEqual(await page.problems(), [], 'no console errors');
      await page.close();
    });
  }
});
