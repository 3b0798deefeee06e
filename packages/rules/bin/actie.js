#!/usr/bin/env node
// The `actie` command. The command line itself is built into dist/cli/main.js by
// `pnpm run build`; this small file is there before the build, so that `pnpm install` can link
// the command (`pnpm exec actie` in this repository), and it says so when the build is missing.
import('../dist/cli/main.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('actie: the command line is not built yet; run "pnpm run build" first.\n');
    process.exitCode = 1;
    return;
  }
  throw error;
});
