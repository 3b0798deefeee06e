// Run by `npm publish` / `pnpm publish` before anything is uploaded (the "prepublishOnly" script).
// Stops the release while package.json lacks the fields that tell users where the project lives:
// "repository", "homepage" and "bugs". The project has no public repository address yet; they are
// left out on purpose rather than filled with a guess. Add them when the address exists. The same
// guard as packages/rules/scripts/prepublish-check.js (docs/releasing.md).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const missing = ['repository', 'homepage', 'bugs'].filter((field) => {
  const value = pkg[field];
  if (typeof value === 'string') return value.trim() === '';
  return typeof value !== 'object' || value === null || typeof value.url !== 'string' || value.url.trim() === '';
});
if (missing.length) {
  console.error(
    `${pkg.name}: not published. package.json has no ${missing.map((f) => `"${f}"`).join(', ')}. ` +
      'The project has no public repository address yet; add these fields (with the real address) before publishing.',
  );
  process.exit(1);
}
