// A small static file server for the examples (no dependencies). Serves the repository root on
// localhost so example pages can load packages/components/dist/actie.js. Pages under
// /examples/csp/, /examples/react/ and /examples/vue/ are sent with a strict Content-Security-Policy.
//
//   node scripts/serve.js [--port 8080] [--host 127.0.0.1]     (or PORT=8080)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of the csp/ example: only our own files, no inline script or style, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Where the strict policy applies: the csp/ example, and the React and Vue apps (no eval, no inline code). */
const STRICT_PATHS = ['/examples/csp/', '/examples/react/', '/examples/vue/'];

/**
 * The decoded path of a request target, or undefined when it is not a path this server can
 * answer: not starting with a single "/" (such as "//" or "*"), or with broken percent-encoding
 * (such as "/%E0%A4%A") or an encoded NUL.
 */
function requestPath(target = '/') {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  let pathname;
  try {
    pathname = new URL(target, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  return path.includes('\0') ? undefined : path;
}

/**
 * Serve files under the repository root. Resolves to the listening server.
 *
 * @param options.gzip compress text files (HTML, JavaScript, CSS, JSON, SVG) for a browser that
 *   accepts gzip, as a municipal web server would; off by default (the tests read the bytes).
 * @param options.pages extra documents by path (path → `{ type, body }`), served before the
 *   files: pages a benchmark makes up, sent the same way as the examples.
 */
export function startServer({ port = 8080, host = '127.0.0.1', gzip = false, pages = {} } = {}) {
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const path = requestPath(request.url);
      if (path === undefined) {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL');
        return;
      }
      if (path === '/') {
        response.writeHead(302, { Location: '/examples/' }).end();
        return;
      }
      const made = Object.hasOwn(pages, path) ? pages[path] : undefined;
      if (made) {
        send(request, response, Buffer.from(made.body), made.type, gzip);
        return;
      }
      const file = normalize(join(ROOT, path));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      let target = file;
      const info = await stat(target).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: path + '/' }).end();
          return;
        }
        target = join(target, 'index.html');
      }
      const body = await readFile(target).catch(() => undefined);
      if (!body) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
        return;
      }
      const strict = STRICT_PATHS.some((prefix) => path.startsWith(prefix));
      send(request, response, body, TYPES[extname(target)] ?? 'application/octet-stream', gzip, strict);
    } catch (error) {
      // The details go to the console of whoever runs the server, not to the browser.
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal server error');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

/** Sends one file: its type, no caching, and gzip when asked and the browser accepts it. */
function send(request, response, body, type, gzip, strict = false) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (strict) headers['Content-Security-Policy'] = STRICT_CSP;
  let bytes = body;
  if (
    gzip &&
    /^(text\/|application\/json|image\/svg)/.test(type) &&
    /\bgzip\b/.test(String(request.headers['accept-encoding']))
  ) {
    bytes = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Accept-Encoding';
  }
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${values.port ?? process.env.PORT}`);
    process.exit(2);
  }
  startServer({ port, host }).then(
    (server) => {
      const address = server.address();
      const shown = typeof address === 'object' && address ? address.port : port;
      console.log(`ACTIE examples: http://${host === '0.0.0.0' ? 'localhost' : host}:${shown}/examples/`);
      console.log('Stop with Ctrl+C. Another port: pnpm start -- --port 9000');
    },
    (error) => {
      console.error(
        error.code === 'EADDRINUSE' ? `Port ${port} is in use; try: pnpm start -- --port ${port + 1}` : String(error),
      );
      process.exit(1);
    },
  );
}
