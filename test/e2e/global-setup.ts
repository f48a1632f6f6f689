import { build } from 'electron-vite';

/** The e2e tests drive the renderer exactly as it ships: built by electron-vite, once per run. */
export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn' });
}
