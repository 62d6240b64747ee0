// Runs `npm ci` only when package-lock.json changed since node_modules was last installed from it:
// npm ci always deletes node_modules first, which would add half a minute to every Maven build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.installed-from-lock';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  console.log('webui: node_modules matches package-lock.json');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit' });
  writeFileSync(stamp, lock);
}
