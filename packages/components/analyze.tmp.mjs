import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const configs = (await import(process.cwd() + '/rollup.config.js')).default;
const cfg = configs[0];
const bundle = await rollup({ ...cfg, plugins: cfg.plugins.filter((p) => p.name !== 'actie-clean-chunks') });
const { output } = await bundle.generate({ ...cfg.output, dir: undefined, plugins: [] , sourcemap:false});
const want = process.argv[2] ?? 'session';
for (const c of output) {
  if (c.type !== 'chunk') continue;
  if (!c.fileName.includes(want)) continue;
  console.log(c.fileName, (c.code.length/1000).toFixed(1), 'kB raw');
  const rows = Object.entries(c.modules).map(([id, m]) => [m.renderedLength, gzipSync(m.code ?? '').length, id.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/.*packages\//, '')]);
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows.slice(0, 45)) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);
}
