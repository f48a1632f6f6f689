#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx saraptama` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src-main/cli.ts');
const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  env: process.env,
});
process.exitCode = code;
