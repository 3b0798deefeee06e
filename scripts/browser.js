// Where the system Chromium is and how to start it headless. No test tool may download a browser:
// tests use Debian's `chromium` package (or the path in CHROMIUM_PATH).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that work as root in a container, with no background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The path of the Chromium executable, or a clear error telling how to install one. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. The browser tests use the system Chromium and never download one.\n' +
      'On Debian or Ubuntu: sudo apt-get install -y --no-install-recommends chromium\n' +
      'Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
