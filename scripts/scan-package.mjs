// Runs n8n's community-package scanner rules without the network. The published CLI downloads the
// package and its provenance-attested source from the registry; here we pack the local build instead
// and feed both to the scanner's own analyzePackage, so the verdict matches what the real gate sees.
// Needs `npm run build` first. Exits non-zero when any rule reports an error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
	// source tree, where the node and credential rules can see the TypeScript class fields.
	const legs = [
		{ label: 'tarball', dir: packageDir, patterns: ['**/*.js', 'package.json'], prefix: `${packageDir}/` },
		{ label: 'source', dir: root, patterns: SOURCE_FILE_PATTERNS, prefix: root },
	];
	for (const leg of legs) {
		const result = await analyzePackage(leg.dir, leg.patterns);
		// "No files found" passes in the scanner, but for us it means the pack or the patterns went wrong.
		const empty = result.message === 'No files found to analyze';
		const ok = result.passed && !empty;
		failed ||= !ok;
		console.log(`\n${ok ? 'PASS' : 'FAIL'} ${leg.label}${result.message ? `: ${result.message}` : ''}`);
		// Stylish output names files by absolute path; trim it to package-relative paths.
		if (result.details) console.log(result.details.split(leg.prefix).join(''));
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

if (failed) {
	console.error('\nscan: the community-package scanner would reject this package.');
	process.exit(1);
}
console.log('\nscan: no scanner rule failed.');
