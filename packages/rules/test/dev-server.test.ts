/**
 * The demo server of the repository (scripts/serve.js, behind `pnpm start` and the end-to-end
 * tests) under malformed request targets. It lives in this node:test suite because that is the
 * one that runs plain Node tests in CI besides e2e/.
 */
import assert from 'node:assert/strict';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';

interface Reply {
  readonly status: number;
  readonly body: string;
}

let server: Server;
let port = 0;

before(async () => {
  const { startServer } = (await import(new URL('../../../scripts/serve.js', import.meta.url).href)) as {
    startServer: (options: { port: number }) => Promise<Server>;
  };
  server = await startServer({ port: 0 });
  port = (server.address() as AddressInfo).port;
});

after(() => {
  server.close();
});

/** GET a raw request target, exactly as written (no URL normalisation on the way). */
function get(target: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server: malformed URLs', () => {
  it('answers 400 Bad request, without an error message or stack, for targets it cannot read', async () => {
    // "//" made `new URL` throw and "/%E0%A4%A" made decodeURIComponent throw: both gave 500 with
    // the error text ("TypeError: Invalid URL", "URIError: URI malformed").
    for (const target of ['//', '//example.org/x', '/%E0%A4%A', '/%', '/examples/%ZZ', '/%00', '*']) {
      const reply = await get(target);
      assert.equal(reply.status, 400, target);
      assert.equal(reply.body, 'Bad request: malformed URL', target);
    }
  });

  it('still serves and refuses what it did before', async () => {
    assert.equal((await get('/examples/')).status, 200);
    assert.equal((await get('/examples/basic/index.html')).status, 200);
    assert.equal((await get('/no-such-file.txt')).status, 404);
    assert.equal((await get('/..%2F..%2F..%2Fetc%2Fpasswd')).status, 403);
  });
});
