// Entry of the `invitray` command (bin/invitray.js loads the built copy of this file).
import { defaultConfigDir } from './config-dir';
import { nodeIo } from './node-io';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), nodeIo(), {
  env: process.env,
  configDir: defaultConfigDir(),
});
