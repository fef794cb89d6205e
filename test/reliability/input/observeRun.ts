import type { INodeExecutionData } from 'n8n-workflow';
import * as fakeContextModule from '../../helpers/fakeContext';
import type { FakeContext } from '../../helpers/fakeContext';
import type { RequestLog } from '../../mocks/shared/requestLog';

/** What one run of a node did: its output or error, and how many requests left it and reached the mock. */
export interface Attempt {
	output?: INodeExecutionData[];
	error?: unknown;
	/** Requests handed to httpRequestWithAuthentication (fakeContext's `sent`). */
	sent: number;
	/** Requests the service mock logged during the run. */
	received: number;
}

const created: FakeContext[] = [];

/**
 * Watches every fake n8n context the per-service runners create, so a run's `sent` requests can be counted even
 * when the runner keeps its context to itself or the run throws. Call once per test file, at load time.
 */
export function watchFakeContexts(): void {
	const original = fakeContextModule.fakeContext;
	jest.spyOn(fakeContextModule, 'fakeContext').mockImplementation((options) => {
		const fake = original(options);
		created.push(fake);
		return fake;
	});
}

/** Runs `run` and reports what it did; a throw is an outcome here, not a failure. */
export async function observeRun(log: RequestLog, run: () => Promise<INodeExecutionData[]>): Promise<Attempt> {
	const firstContext = created.length;
	const firstSeq = log.lastSeq;
	// The contexts are dropped once counted: they hold the run's parameters, which can be tens of megabytes.
	const count = () => {
		const sent = created.splice(firstContext).reduce((total, fake) => total + fake.sent.length, 0);
		return { sent, received: log.lastSeq - firstSeq };
	};
	try {
		const output = await run();
		return { output, ...count() };
	} catch (error) {
		return { error, ...count() };
	}
}
