/**
 * `npm start`: the local sandbox. Starts every service mock, installs the freshly built pack into a persistent n8n
 * user folder, starts n8n, creates the owner, one credential per mock and the example workflows, and prints where
 * everything is. `--check` (or SANDBOX_CHECK=1) also runs the Manual Trigger examples and looks at the pack in the
 * editor through a headless Chromium, then stops.
 * See docs/SANDBOX.md.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { n8nVersion } from '../../test/n8n/harness/n8nInstall';
import { banner } from './banner';
import { checkCredentials, checkExamples, type CheckResult } from './check';
import { readConfig } from './config';
import { ensureCredentials } from './credentials';
import { checkEditor } from './editor/editorCheck';
import { importExamples } from './examples';
import { Lifecycle } from './lifecycle';
import { SandboxLock } from './lock';
import { locateN8n, reinstallPack, startSandboxN8n } from './n8n';
import { ownerSession } from './owner';
import { loadServices, startMocks, stopMocks } from './registry';
import { Timings } from './timings';
import { checkTriggers } from './trigger-check';

const say = (line: string) => console.log(`[sandbox] ${line}`);
const lifecycle = new Lifecycle(say);

async function main(): Promise<number> {
	const config = readConfig();
	const timings = new Timings();

	say('locating n8n (the first run installs it: several minutes, npm progress below)...');
	const n8nDir = timings.measure('n8n install/locate', () => locateN8n());
	const version = n8nVersion(n8nDir);

	mkdirSync(config.sandboxDir, { recursive: true });
	const lock = new SandboxLock(config.sandboxDir);
	lock.acquire();
	lifecycle.onStop(() => lock.release());

	const services = await loadServices();
	const mocks = await timings.measureAsync('mocks', () => startMocks(services, config.repoRoot, say));
	lifecycle.onStop(() => stopMocks(mocks.running));
	say(`mocks running: ${mocks.running.map(({ service, mock }) => `${service.title} ${mock.url}`).join(', ') || 'none'}`);

	const packageName = (JSON.parse(readFileSync(join(config.repoRoot, 'package.json'), 'utf8')) as { name: string }).name;
	const pack = timings.measure('pack + install into user folder', () => reinstallPack(config.sandboxDir, packageName));
	if (pack.missingFiles.length > 0) say(`warning: n8n will refuse the pack, these listed files are missing: ${pack.missingFiles.join(', ')}`);

	say(`starting n8n ${version}...`);
	const n8n = await timings.measureAsync('n8n start until ready', () =>
		startSandboxN8n({ n8nDir, userFolder: config.sandboxDir, port: config.n8nPort, logLevel: config.logLevel, say }),
	);
	lifecycle.watchN8n(n8n.child.pid!, n8n.logPath, n8n.child);
	lock.recordN8n(n8n.child.pid!, n8n.baseUrl);

	const { session, created } = await timings.measureAsync('owner + login', () => ownerSession(n8n.baseUrl, config.owner));
	const credentials = await timings.measureAsync('credentials', () => ensureCredentials(session, mocks.running));
	const examples = await timings.measureAsync('examples', () =>
		importExamples(session, config.examplesDir, mocks.running, services, credentials.byType, say),
	);
	timings.total('ready');

	console.log(
		banner({
			repoRoot: config.repoRoot,
			baseUrl: n8n.baseUrl,
			owner: config.owner,
			ownerCreated: created,
			n8nVersion: version,
			services: mocks.running,
			examples,
			sandboxDir: config.sandboxDir,
			logPath: n8n.logPath,
			check: config.check,
		}),
	);
	say(`timings: ${timings.format()}`);
	if (!config.check) return new Promise<number>(() => {}); // Runs until Ctrl-C; Lifecycle stops everything.

	const results = await timings.measureAsync('check', async () => [
		...(await checkCredentials(session, mocks.running, credentials.byType)),
		...(await checkExamples(session, examples)),
		...(await checkTriggers(session, examples, mocks.running)),
		...(await checkEditor({ session, login: config.owner, packageName, examples, credentials: credentials.byType })),
	]);
	for (const result of results) say(`${result.ok ? 'ok  ' : 'FAIL'} ${result.what} (${result.ms} ms): ${result.detail}`);
	await timings.measureAsync('stop', () => lifecycle.stop('--check done'));
	return summarise(results, mocks.failed, timings);
}

function summarise(results: CheckResult[], failedMocks: string[], timings: Timings): number {
	for (const title of failedMocks) say(`FAIL the ${title} mock did not start`);
	const failedResults = results.filter((result) => !result.ok).length;
	say(`check: ${results.length - failedResults} ok, ${failedResults + failedMocks.length} failed`);
	say(`timings: ${timings.format()}`);
	return failedResults + failedMocks.length === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`[sandbox] ${error.message}`);
		void lifecycle.stop('error').finally(() => process.exit(1));
	},
);
