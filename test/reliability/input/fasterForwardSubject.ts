import { FasterForward } from '../../../nodes/FasterForward/FasterForward.node';
import { resetTokenStore } from '../../../nodes/shared/auth/tokens';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { MOCK_API, startFasterForwardMock, type FasterForwardMock } from '../../mocks/fasterforward';
import { runFasterForward, type Document } from '../../unit/fasterforward/ffContext';
import { baselineOf } from './baseline';
import type { Values } from './displayOptions';
import type { InputSubject, RunOptions } from './inputSubject';
import { observeRun } from './observeRun';

const properties = new FasterForward().description.properties;

export const PDF: Document = { data: Buffer.from('%PDF-1.7 reliability'), fileName: 'scan.pdf', mimeType: 'application/pdf' };

const PATHS: Record<string, string> = { apiRequest: `${MOCK_API}/whoami`, document: `${MOCK_API}/documents` };

/**
 * Runs the node through ffContext's runFasterForward (runOperations with Faster Forward's resources and profile,
 * the same call as FasterForward.execute()); every item has `binaries` or else the PDF in its `data` property.
 */
export async function runFasterForwardNode(
	mock: FasterForwardMock,
	parameters: Values | ((itemIndex: number) => Values),
	options: RunOptions & { binaries?: Array<Record<string, Document>> } = {},
) {
	const items = options.items ?? [{}];
	const binaries = options.binaries ?? items.map(() => ({ data: PDF }));
	return await observeRun(mock.log, async () => (await runFasterForward(mock, parameters, { items, continueOnFail: options.continueOnFail, binaries })).items);
}

/** The Faster Forward node against its mock (OAuth token, 5 requests per second), for one test file. */
export function useFasterForwardSubject(): InputSubject & { mock(): FasterForwardMock } {
	let mock: FasterForwardMock;
	beforeAll(async () => {
		mock = await startFasterForwardMock();
	});
	beforeEach(() => {
		resetTokenStore();
		resetThrottles();
	});
	afterAll(async () => await mock.close());
	return {
		service: 'Faster Forward',
		properties,
		hints: { integers: ['limit', 'firstPage', 'pageSize'] },
		mock: () => mock,
		log: () => mock.log,
		baseline: (ref) => baselineOf(properties, ref, { path: PATHS[ref.resource] }),
		run: (parameters, options) => runFasterForwardNode(mock, parameters, options),
		secrets: () => [mock.client.clientSecret, mock.client.password],
	};
}
