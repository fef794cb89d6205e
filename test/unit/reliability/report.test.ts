import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderLedger, spliceLedger, testFilesNamed, type LedgerEntry } from '../../../scripts/reliability/render';

const root = join(__dirname, '..', '..', '..');

const row = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
	table: 'faults',
	service: 'Hive',
	subject: 'SKU: Get Many',
	trial: '503 twice',
	expected: 'retry, all rows',
	observed: '2 retries, 60/60 rows',
	tried: 2,
	lost: 0,
	duplicated: 0,
	doubleSent: 0,
	leaked: 0,
	runtime: 'real n8n',
	testFile: 'test/n8n/reliability/faults/hive.test.ts',
	...overrides,
});

function reliabilityTestFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return reliabilityTestFiles(path);
		return entry.name.endsWith('.test.ts') && path !== __filename ? [relative(root, path).split('\\').join('/')] : [];
	});
}

describe('the reliability report', () => {
	it('renders one table per kind with totals that add up the rows', () => {
		const text = renderLedger([row({}), row({ service: 'Forsta', tried: 5, lost: 1 }), row({ table: 'secrets', service: 'All', leaked: 0, tried: 900 })], '2026-11-23');
		expect(text).toContain('### Faults injected by the mocks');
		expect(text).toContain('| **Total** | 2 rows | | | | 7 | 1 | 0 | 0 | 0 | | |');
		expect(text).toContain('| **Total** | 1 rows | | | | 900 | 0 | 0 | 0 | 0 | | |');
		expect(text.indexOf('| Hive |')).toBeLessThan(text.indexOf('| Forsta |'));
		expect(testFilesNamed(spliceLedger('# Title\n', text))).toEqual(['test/n8n/reliability/faults/hive.test.ts']);
	});

	it('replaces the generated section and keeps the prose around it', () => {
		const first = spliceLedger('# Reliability\n\nProse.\n', renderLedger([row({})], '2026-11-23'));
		const second = spliceLedger(`${first}\nAfter.\n`, renderLedger([row({ tried: 3 })], '2026-11-24'));
		expect(second).toContain('Prose.');
		expect(second).toContain('After.');
		expect(second).not.toContain('2026-11-23');
		expect(second.match(/reliability-ledger:start/g)).toHaveLength(1);
	});

	it('docs/RELIABILITY.md names every reliability test file, and only those', () => {
		const named = testFilesNamed(readFileSync(join(root, 'docs', 'RELIABILITY.md'), 'utf8')).sort();
		const recording = [...reliabilityTestFiles(join(root, 'test', 'unit', 'reliability')), ...reliabilityTestFiles(join(root, 'test', 'n8n', 'reliability'))].sort();
		expect(named).toEqual(recording);
	});
});
