#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx saraptama` works right after `npm ci`.
import { register } from 'tsx/esm/api';

// Output read only in part (`analyze --json | head`): the reader has what it wanted, and the command ends
// quietly rather than with a stack trace about the closed pipe.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { runCli } = await import('../src-main/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  env: process.env,
});
process.exitCode = code;
