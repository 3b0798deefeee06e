// The "prepublishOnly" guard of both packages: `npm publish` and `pnpm publish` (also through
// `pnpm changeset publish`) run it in the package's folder of this repository before anything is
// uploaded, as `node ../../scripts/prepublish-check.js`. Neither package ships its scripts, and a
// publish always runs from the repository, so the one copy here serves both.
//
// Stops the release while the package.json of the current folder lacks the fields that tell users
// where the project lives: "repository", "homepage" and "bugs". The project has no public
// repository address yet; they are left out on purpose rather than filled with a guess. Add them
// when the address exists (docs/releasing.md). scripts/pack-check.js runs the guard and requires
// it to stop a publish while they are missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
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
