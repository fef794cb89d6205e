// Runs n8n's community-package scanner rules without the network. The published CLI downloads the
// package and its provenance-attested source from the registry; here we pack the local build instead
// and feed both to the scanner's own analyzePackage, so the verdict matches what the real gate sees.
// Needs `npm run build` first. Exits non-zero when any rule reports an error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUEUE_MODE_EXCEPTIONS, QUEUE_MODE_FOLDER } from './queueModeExceptions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
	console.error(`scan: ${message}`);
	process.exit(1);
}

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.error) fail(`${command} could not start: ${result.error.message}`);
	if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
	return result.stdout;
}

const distDir = join(root, 'dist');
if (!existsSync(distDir) || readdirSync(distDir).length === 0) {
	fail('dist/ is missing or empty. Run `npm run build` first: the scanner checks the built package.');
}

const work = mkdtempSync(join(tmpdir(), 'n8n-scan-'));
// The scanner module makes a temp dir as soon as it loads and never removes it; pointing TMPDIR at
// our own folder means it is deleted with everything else below.
process.env.TMPDIR = work;

let failed = false;
try {
	// --pack-destination keeps the tarball out of the repo; --ignore-scripts stops a prepack from rebuilding.
	const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
	run('tar', ['-xzf', join(work, packed[0].filename), '-C', work], work);
	const packageDir = join(work, 'package');
	console.log(`Packed ${packed[0].name}@${packed[0].version}: ${packed[0].entryCount} files`);

	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');

	// The same two legs as the real scan: the shipped tarball (compiled .js + package.json), and the
	// source tree, where the node and credential rules can see the TypeScript class fields. The queue-mode folder
	// is scanned on its own: there, and only there, the rules in queueModeExceptions.mjs are allowed exceptions.
	const legs = [
		{ label: 'tarball', dir: packageDir, patterns: ['**/*.js', 'package.json'], exempt: `dist/${QUEUE_MODE_FOLDER}**/*.js`, prefix: `${packageDir}/` },
		{ label: 'source', dir: root, patterns: SOURCE_FILE_PATTERNS, exempt: `${QUEUE_MODE_FOLDER}**/*.ts`, prefix: root },
	];
	for (const leg of legs) {
		const result = await analyzePackage(leg.dir, [...leg.patterns, `!${leg.exempt}`]);
		// "No files found" passes in the scanner, but for us it means the pack or the patterns went wrong.
		const empty = result.message === 'No files found to analyze';
		const ok = result.passed && !empty;
		failed ||= !ok;
		console.log(`\n${ok ? 'PASS' : 'FAIL'} ${leg.label}${result.message ? `: ${result.message}` : ''}`);
		// Stylish output names files by absolute path; trim it to package-relative paths.
		if (result.details) console.log(result.details.split(leg.prefix).join(''));
		failed ||= !(await scanQueueModeFolder(analyzePackage, leg));
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

/** Scans the queue-mode folder alone; passes when every rule it breaks is a named exception. */
async function scanQueueModeFolder(analyzePackage, leg) {
	const result = await analyzePackage(leg.dir, [leg.exempt]);
	if (result.message === 'No files found to analyze') {
		console.log(`FAIL ${leg.label} (${QUEUE_MODE_FOLDER}): no files found`);
		return false;
	}
	const hits = (result.details ?? '').split('\n').filter((line) => /^\s+\d+:\d+\s+error\s/.test(line));
	const rules = hits.map((line) => line.trim().split(/\s+/).pop());
	const unexpected = hits.filter((_, i) => !(rules[i] in QUEUE_MODE_EXCEPTIONS));
	console.log(`\n${unexpected.length ? 'FAIL' : 'PASS'} ${leg.label} (${QUEUE_MODE_FOLDER}, with allowed exceptions)`);
	for (const rule of new Set(rules)) {
		if (rule in QUEUE_MODE_EXCEPTIONS) console.log(`  allowed: ${rule} (${rules.filter((r) => r === rule).length}x): ${QUEUE_MODE_EXCEPTIONS[rule]}`);
	}
	if (unexpected.length) console.log((result.details ?? '').split(leg.prefix).join(''));
	return unexpected.length === 0 && (result.passed || hits.length > 0);
}

if (failed) {
	console.error('\nscan: the community-package scanner would reject this package.');
	process.exit(1);
}
console.log('\nscan: no scanner rule failed.');
