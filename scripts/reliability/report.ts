import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LEDGER_ENV } from '../../test/reliability/ledger';
import { renderLedger, spliceLedger, type LedgerEntry } from './render';

const root = join(__dirname, '..', '..');
const documentPath = join(root, 'docs', 'RELIABILITY.md');
const suites = ['test/unit/reliability', 'test/n8n/reliability', 'test/mocks/shared/faults.test.ts'];

/** Runs the reliability tests with the ledger on; rewrites the doc's generated section only if every test passed. */
function main(): number {
	const folder = mkdtempSync(join(tmpdir(), 'reliability-'));
	const ledger = join(folder, 'ledger.jsonl');
	try {
		// The report's own test checks the document this run is about to write, so it sits this run out.
		const jest = spawnSync('npx', ['jest', '--no-watchman', '--maxWorkers=1', '--testPathIgnorePatterns', 'reliability/report\\.test\\.ts', '--', ...suites], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, [LEDGER_ENV]: ledger },
		});
		if (jest.status !== 0) {
			console.error('\nSome reliability tests failed; docs/RELIABILITY.md was left as it was.');
			return jest.status ?? 1;
		}
		if (!existsSync(ledger)) {
			console.error('The tests passed but recorded no rows.');
			return 1;
		}
		const rows = readFileSync(ledger, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as LedgerEntry)
			.map((row) => ({ ...row, testFile: relative(root, row.testFile).split('\\').join('/') }));
		const generated = renderLedger(rows, new Date().toISOString().slice(0, 10));
		writeFileSync(documentPath, spliceLedger(readFileSync(documentPath, 'utf8'), generated));
		console.log(`\ndocs/RELIABILITY.md: ${rows.length} rows written.`);
		return 0;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

process.exitCode = main();
