import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The installer's two helpers decide which n8n release and which Node a leg gets; they run as plain Node scripts. */
const script = (name: string) => join(__dirname, '..', '..', '..', 'scripts', 'n8n-runtime', name);
const run = (name: string, args: string[], input = '') => execFileSync(process.execPath, [script(name), ...args], { input, encoding: 'utf8' }).trim();

describe('nodeMajorFor', () => {
	const [major] = process.versions.node.split('.').map(Number);

	test('a range the running Node satisfies needs nothing installed', () => {
		expect(run('nodeMajorFor.mjs', [`>=${major}.0 <= ${major}.x`])).toBe('current');
	});

	test('a lower bound above the running Node names that major (n8n 2.41 asks for >=24)', () => {
		expect(run('nodeMajorFor.mjs', [`>=${major + 4}.0.0`])).toBe(String(major + 4));
	});

	test('several ranges (n8n and its native modules): the highest lower bound under the lowest upper bound', () => {
		expect(run('nodeMajorFor.mjs', [`>=${major - 1}.19 <= ${major + 4}.x`, `>=${major + 2}.0.0`, ''])).toBe(String(major + 2));
		expect(run('nodeMajorFor.mjs', [`>=${major}.0 <= ${major}.x`, ''])).toBe('current');
	});

	test('an upper bound below the running Node names the newest major allowed', () => {
		expect(run('nodeMajorFor.mjs', [`>=${major - 6} <${major - 2}`])).toBe(String(major - 3));
	});
});

describe('releasesOfLine', () => {
	const versions = JSON.stringify(['2.40.9', '2.41.0', '2.41.10', '2.41.3', '2.41.1', '2.41.4-rc.1', '2.410.0', '3.41.2']);

	test('lists the stable releases of the line, newest patch first (numerically, not as text)', () => {
		expect(run('releasesOfLine.mjs', ['2.41'], versions).split('\n')).toEqual(['2.41.10', '2.41.3', '2.41.1', '2.41.0']);
	});

	test('a line without releases fails, naming it', () => {
		expect(() => execFileSync(process.execPath, [script('releasesOfLine.mjs'), '2.99'], { input: versions, stdio: 'pipe' })).toThrow(/no release of line 2\.99/);
	});
});
