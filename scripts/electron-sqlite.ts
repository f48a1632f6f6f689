// better-sqlite3 (the SQLite3 Multiple Ciphers build, installed under its name) is a native addon: the copy in node_modules is built for Node (the CLI, the tests),
// and Electron needs one built for its own ABI. This puts that second build beside the project, in
// build/electron-sqlite/<platform>-<arch>/, and leaves node_modules alone, so `npm test` and
// `npm start` can take turns. A prebuilt binary is fetched when one is published; otherwise it is
// compiled against Electron's headers. Both need the network, once per Electron version.
//
//   tsx scripts/electron-sqlite.ts [--platform win32|linux] [--arch x64]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDir } from '../src-main/core/fs';

const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: { platform: { type: 'string' }, arch: { type: 'string' } },
});
const platform = values.platform ?? process.platform;
const arch = values.arch ?? process.arch;
const electron = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;
const dest = join(import.meta.dirname, '..', 'build', 'electron-sqlite', `${platform}-${arch}`);
const stamp = join(dest, 'electron-version');

if (existsSync(join(dest, 'better_sqlite3.node')) && readFileSync(stamp, 'utf8') === electron) {
  process.stdout.write(`better-sqlite3 for Electron ${electron} (${platform}-${arch}) is ready\n`);
  process.exit(0);
}

const pkg = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'electron-sqlite-'));
try {
  cpSync(pkg, work, { recursive: true, filter: (src) => !src.startsWith(join(pkg, 'build')) });
  const bin = (name: string) => join(dirname(require.resolve(`${name}/package.json`)), 'bin.js');
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: work, stdio: 'inherit' });
  try {
    run([
      bin('prebuild-install'),
      '--runtime',
      'electron',
      '--target',
      electron,
      '--platform',
      platform,
      '--arch',
      arch,
    ]);
  } catch {
    if (platform !== process.platform) throw new Error(`no prebuilt better-sqlite3 for ${platform}-${arch}`);
    const gyp = join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    run([
      gyp,
      'rebuild',
      '--release',
      `--target=${electron}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  }
  ensureDir(dest);
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(dest, 'better_sqlite3.node'));
  writeFileSync(stamp, electron);
  process.stdout.write(`better-sqlite3 built for Electron ${electron} (${platform}-${arch}) in ${dest}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
