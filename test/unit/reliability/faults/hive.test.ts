import { randomUUID } from 'node:crypto';
import { Hive } from '../../../../nodes/Hive/Hive.node';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { fakeContext } from '../../../helpers/fakeContext';
import { startHiveMock, type HiveMock } from '../../../mocks/hive';
import type { FaultLayer } from '../../../mocks/shared/faults';
import { emittedAgainst, executeCapturing, faultLayerOn, releaseHangs, secretsIn, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { writesReceivedTwice } from '../../../reliability/tally';

/** Every request's timeout is capped at this, so "a response that hangs past the timeout" takes a moment. */
const TIMEOUT_CAP_MS = 300;
const HANG: { kind: 'hang'; ms: number } = { kind: 'hang', ms: 60_000 };

let mock: HiveMock;
let faults: FaultLayer;
beforeEach(async () => {
	mock = await startHiveMock({ apiKey: `hive-hang-${randomUUID()}`, seed: { skus: 30 }, pageSize: 10 });
	faults = faultLayerOn(mock);
});
afterEach(async () => {
	faults.clear();
	resetThrottles();
	await mock.close();
});

const hangCase = (subject: string, expected: string): FaultCase => ({ service: 'Hive', subject, trial: `no answer within the ${TIMEOUT_CAP_MS} ms timeout`, expected, runtime: 'in-process' });

/** The Hive node's execute() with these parameters, its requests capped at TIMEOUT_CAP_MS. */
function runHive(parameters: Record<string, unknown>) {
	const mark = mock.log.lastSeq;
	const { ctx } = fakeContext({ credentialType: 'hiveApi', credentials: { apiKey: mock.apiKey, baseUrl: mock.baseUrl }, parameters, timeoutCapMs: TIMEOUT_CAP_MS });
	const outcome = executeCapturing(new Hive().execute.call(ctx));
	// Every request that arrived, the hung ones included, once the run is over.
	const settle = async () => ({ outcome: await outcome, tried: await releaseHangs(faults, mock.log, mark), log: mock.log.since(mark) });
	return settle();
}

describe('Hive requests that hang past the timeout (in-process)', () => {
	test('a page of SKU Get Many that hangs is asked again after the timeout; every SKU arrives once', async () => {
		faults.add({ method: 'GET', path: /\/skus$/, when: (req) => req.query.page?.[0] === '2', fault: HANG });
		const { outcome, tried, log } = await runHive({ resource: 'sku', operation: 'getAll', returnAll: true, filters: {} });
		const page2 = log.filter((entry) => entry.query.page?.[0] === '2');
		const tally = emittedAgainst(outcome, mock.state.skus.map((sku) => sku.id));
		expect(outcome.error).toBeUndefined();
		// The hung request is logged when it ends, after the retry that got past it.
		expect(page2.map((entry) => entry.status).sort()).toEqual([0, 200]);
		expect(page2).toHaveLength(2);
		settleFaultCase(hangCase('SKU: Get Many', 'retry, all SKUs once'), {
			observed: `${page2.length} attempts, ${outcome.items.length}/${mock.state.skus.length} SKUs`,
			tried,
			...tally,
			leaked: secretsIn(outcome.texts, [mock.apiKey]),
		});
	});

	test('SKU Create that hangs after Hive created the SKU fails once with a clear error and is not sent again', async () => {
		faults.add({ method: 'POST', path: /\/skus$/, fault: HANG, afterHandling: true });
		const { outcome, tried, log } = await runHive({ resource: 'sku', operation: 'create', merchantSkuId: 'HANG-1', name: 'Hung', additionalFields: {} });
		const posts = log.filter((entry) => entry.method === 'POST');
		const stored = mock.state.skus.filter((sku) => sku.merchant_sku_id === 'HANG-1').length;
		expect(outcome.error).toMatch(/Hive: could not complete the request \((ECONNABORTED|ETIMEDOUT)\)\. It was not repeated/);
		expect(posts).toHaveLength(1);
		expect(stored).toBe(1);
		settleFaultCase(hangCase('SKU: Create', 'send once, clear error'), {
			observed: `${posts.length} POST, ${stored} SKU at Hive, error says not repeated`,
			tried,
			doubleSent: writesReceivedTwice(log),
			leaked: secretsIn(outcome.texts, [mock.apiKey]),
		});
	});
});
