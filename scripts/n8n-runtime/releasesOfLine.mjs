// Reads `npm view n8n versions --json` on stdin; prints the releases of one line (e.g. 2.41), newest first.
import { readFileSync } from 'node:fs';

const line = process.argv[2];
const versions = JSON.parse(readFileSync(0, 'utf8'));
const patch = (version) => Number(version.split('.')[2]);
const releases = versions.filter((version) => /^\d+\.\d+\.\d+$/.test(version) && version.startsWith(`${line}.`));
if (releases.length === 0) {
	console.error(`n8n has no release of line ${line}`);
	process.exit(1);
}
console.log(releases.sort((a, b) => patch(b) - patch(a)).join('\n'));
