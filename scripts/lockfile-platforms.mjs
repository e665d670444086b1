#!/usr/bin/env node
/**
 * Restores the lockfile entries of platform-specific optional packages (rollup's and esbuild's
 * native builds for other systems) that `npm install` leaves out when the registry it talks to
 * serves only this machine's build. Without them `npm ci` refuses the lockfile as out of sync.
 * Each entry is marked optional with its os/cpu, exactly as npm records them, so `npm ci` skips
 * it on other platforms and installs it where it matches.
 *
 * Run after any `npm install` that changes package-lock.json:  node scripts/lockfile-platforms.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const PLATFORM = /^(?:rollup|esbuild)-(android|darwin|freebsd|linux|win32|openbsd|netbsd|sunos|aix|openharmony)-([a-z0-9]+)/;
let added = 0;
for (const meta of Object.values(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (key in packages) continue;
    const m = PLATFORM.exec(dep.split('/').pop());
    if (m === null) continue;
    packages[key] = { version, cpu: [m[2]], ...(meta.dev ? { dev: true } : {}), license: 'MIT', optional: true, os: [m[1]] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: ${added} platform entries restored`);
