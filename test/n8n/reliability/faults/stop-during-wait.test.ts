import type { Fault } from '../../../mocks/shared/faults';
import { settleFaultCase } from '../../../reliability/faults/faultCase';
import type { LogEntry } from '../../../mocks/shared/requestLog';
import { hive429, hiveFaultWorld, onSkuPage, pageOf, SKUS_PATH } from '../../../reliability/faults/hiveFaults';
import { worldPerTest } from '../../../reliability/faults/worldLifecycle';
import { UNFINISHED_STATUSES, type ExecutionRecord } from '../../harness/execution';
import { sleep, waitFor } from '../../harness/wait';

/**
 * Stopping an execution while the engine waits (a 429's Retry-After in the throttle, a 503's retry backoff) must
 * end the wait at once with n8n's cancellation: the run is "canceled", and the request it was waiting to repeat is
 * never sent. On n8n 2.41 the old abortable sleep is gone, so this is where a wrong import shows.
 */
const world = worldPerTest(hiveFaultWorld, (opened) => opened.mock.close());

/** Long enough that a wait served out is told apart from one cut short, short enough to check that nothing follows. */
const WAIT_SECONDS = 6;

const unavailable: Fault = { kind: 'status', status: 503, body: { success: false, errors: ['Service unavailable'] }, headers: { 'retry-after': String(WAIT_SECONDS) } };

interface StoppedRun {
	execution: ExecutionRecord;
	/** From the stop request to n8n reporting the execution ended. */
	endedAfterStopMs: number;
	/** Every request for the refused page, including any sent after the stop. */
	refusedPage: LogEntry[];
}

async function stopWhileWaiting(fault: Fault): Promise<StoppedRun> {
	const { faults, n8n, mark, requestsSince, hive } = world();
	faults.add(onSkuPage(2, { fault, times: Infinity }));
	const since = mark();
	const pageTwo = () => requestsSince(since).filter((entry) => SKUS_PATH.test(entry.path) && pageOf(entry) === 2);
	const answer = n8n.run([hive({ resource: 'sku', operation: 'getAll', returnAll: true })], undefined, { timeoutMs: 60_000 }).catch((error: Error) => error);

	await waitFor('page 2 to be refused', async () => (pageTwo().length > 0 ? true : undefined), { timeoutMs: 30_000, intervalMs: 50 });
	const running = await waitFor('the waiting execution', async () => (await n8n.listAllExecutions()).find((execution) => execution.status === 'running'), {
		timeoutMs: 10_000,
		intervalMs: 50,
	});
	const stoppedAt = Date.now();
	await n8n.rest('POST', `/executions/${running.id}/stop`);
	const execution = await waitFor(
		`execution ${running.id} to end`,
		async () => {
			const record = await n8n.getExecution(running.id);
			return UNFINISHED_STATUSES.includes(record.status) ? undefined : record;
		},
		{ timeoutMs: 30_000, intervalMs: 50 },
	);
	const endedAfterStopMs = Date.now() - stoppedAt;
	await answer;
	// Past the moment the wait would have ended: a wait that went on in the background would send the request now.
	await sleep(Math.max(0, stoppedAt + (WAIT_SECONDS + 1.5) * 1000 - Date.now()));
	return { execution, endedAfterStopMs, refusedPage: pageTwo() };
}

describe('Stopping an execution during a wait, in a real n8n', () => {
	test.each([
		['a 429 Retry-After wait in the throttle', 'execution stopped in a 429 Retry-After wait', hive429(WAIT_SECONDS)],
		['a 503 retry wait', 'execution stopped in a 503 retry wait', unavailable],
	])('%s ends at once as cancelled, and the request is not sent again', async (_wait, trial, fault) => {
		const { execution, endedAfterStopMs, refusedPage } = await stopWhileWaiting(fault);
		expect(execution.status).toBe('canceled');
		expect(JSON.stringify(execution.error ?? {})).not.toMatch(/is not a function/);
		expect(endedAfterStopMs).toBeLessThan(WAIT_SECONDS * 1000);
		expect(refusedPage.map((entry) => entry.status)).toEqual([fault.kind === 'status' ? fault.status : 0]);
		settleFaultCase(
			{ service: 'Hive', subject: 'SKU: Get Many', trial, expected: 'cancelled at once, nothing sent after', runtime: 'real n8n' },
			{ observed: `${execution.status}, ${refusedPage.length} request for page 2`, tried: 1, doubleSent: refusedPage.length - 1 },
		);
	});
});
