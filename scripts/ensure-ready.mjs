// Makes a fresh checkout runnable: installs devDependencies when missing and builds when the sources are newer
// than dist/. `npm start` and `npm test` call it first, so each is one command on a new machine.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

function newestMtime(dir) {
	let newest = 0;
	if (!existsSync(dir)) return newest;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

if (!existsSync(join(root, 'node_modules', '.bin', 'jest'))) {
	console.log('> Installing development dependencies (first run)...');
	run('npm ci --no-audit --no-fund');
}

const sources = Math.max(newestMtime(join(root, 'nodes')), newestMtime(join(root, 'credentials')), statSync(join(root, 'package.json')).mtimeMs);
if (newestMtime(join(root, 'dist')) < sources) {
	console.log('> Building the pack...');
	run('npm run build');
}
