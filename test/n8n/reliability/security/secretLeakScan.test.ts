import { recordReliability } from '../../../reliability/ledger';
import { connectN8n } from '../../harness/client';
import { UNFINISHED_STATUSES } from '../../harness/execution';
import { registeredSecrets } from '../../harness/runRecords';
import { waitFor } from '../../harness/wait';
import { describeLeaks, findLeaks } from './leakScan';
import { answerTexts, executionTexts, logText } from './n8nTexts';
import { runOwnWorkflows, SCANNED_SERVICES, type OwnRuns } from './serviceRuns';

/**
 * The secret-leak scan. It runs after every other n8n test file of the jest run (see harness/lastTestsSequencer.js)
 * and first runs failing and succeeding workflows of all five services itself, so it means something alone too.
 * Then it reads every execution n8n stored (run data, items and errors), n8n's whole log and every webhook answer
 * the harness recorded, looking for each secret the run registered: credential secrets (harness createCredential)
 * and tokens the mocks issued, as is, URL-encoded, JSON-escaped and in base64.
 */
const n8n = connectN8n();
const ownRuns = new Map<string, OwnRuns>();

beforeAll(async () => {
	for (const service of SCANNED_SERVICES) ownRuns.set(service.service, await runOwnWorkflows(n8n, service));
}, 300_000);

test('no credential secret or issued token appears in any execution, log line or webhook answer', async () => {
	// Executions that are still being saved would be missed.
	await waitFor(
		'every execution of the run to finish',
		async () => {
			const page = await n8n.rest<{ results: Array<{ status: (typeof UNFINISHED_STATUSES)[number] }> }>('GET', '/executions?limit=100');
			return page.results.some((execution) => UNFINISHED_STATUSES.includes(execution.status)) ? undefined : true;
		},
		{ timeoutMs: 60_000, intervalMs: 250 },
	);
	const secrets = registeredSecrets(n8n.info.tempDir);
	const executions = await executionTexts(n8n);
	const log = logText(n8n);
	const answers = answerTexts(n8n);
	const leaks = findLeaks([...executions, log, ...answers], secrets);
	const textsScanned = executions.length + log.lineCount + answers.length;

	for (const service of SCANNED_SERVICES) {
		const own = secrets.filter((secret) => secret.credentialType === service.credentialType);
		const prefix = `${n8n.info.packageName}.${service.nodeName}`;
		const involved = executions.filter((execution) => execution.nodeTypes.some((type) => type.startsWith(prefix)));
		const failed = involved.filter((execution) => execution.status === 'error').length;
		const leaked = leaks.filter((leak) => leak.secret.credentialType === service.credentialType).length;
		const tokens = own.filter((secret) => secret.field === 'issued token').length;
		recordReliability({
			table: 'secrets',
			service: service.service,
			subject: tokens > 0 ? `${own.length} secrets (${tokens} issued tokens)` : `${own.length} secrets`,
			trial: 'all runs, n8n log, webhook answers',
			expected: '0 hits',
			observed: `${involved.length} runs of its nodes (${failed} failed), ${leaked} hits`,
			tried: textsScanned,
			lost: 0,
			duplicated: 0,
			doubleSent: 0,
			leaked,
			runtime: 'real n8n',
		});
		// The scan only means something if the service's secrets were there to leak, in good runs and failed ones.
		expect({ service: service.service, secrets: own.length >= 2, succeeded: involved.length > failed, failed: failed >= 1 }).toEqual({
			service: service.service,
			secrets: true,
			succeeded: true,
			failed: true,
		});
	}
	expect(ownRuns.size).toBe(SCANNED_SERVICES.length);
	expect(log.lineCount).toBeGreaterThan(0);
	if (leaks.length > 0) throw new Error(describeLeaks(leaks));
	expect(leaks).toHaveLength(0);
}, 300_000);
