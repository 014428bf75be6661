// Makes sure Debian's Chromium is installed for the end-to-end tests: no test
// tool can download its own browser on these machines.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  console.log(`Chromium found at ${chromium}`);
} else {
  console.log('Chromium not found: installing Debian chromium (needs root and apt)…');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
}
