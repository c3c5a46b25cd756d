/**
 * `npm test` pre-flight: the tools the test suite needs beyond npm packages. Java 17 and Maven
 * (for Neo4j) must be there; Debian's Chromium (browser tests) is installed with apt when it is
 * missing and we are allowed to. Prints what it does; exits non-zero with a clear message otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';

function has(cmd: string, args: string[] = ['--version']): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

function main(): number {
  const missing: string[] = [];
  if (!has('java', ['-version'])) missing.push('Java 17 (java)');
  if (!has('mvn', ['-v']) && !process.env.NEO4J_URI) missing.push('Maven (mvn)');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!has(chromium)) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && has('apt-get', ['--version'])) {
      process.stderr.write('Installing Debian\'s chromium for the browser tests (apt-get)...\n');
      try {
        execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
        execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      } catch {
        missing.push('Chromium (apt-get install chromium failed)');
      }
    } else missing.push(`Chromium at ${chromium} (sudo apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  if (missing.length) {
    process.stderr.write(`The test suite needs: ${missing.join('; ')}.\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
