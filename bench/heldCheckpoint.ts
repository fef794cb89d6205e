import { startMockServer, type MockServer } from '../test/mocks/shared';
import type { NodeSpec } from '../test/n8n/harness/client';

/**
 * A point in a workflow where the bench looks at what n8n holds: the node posts the item it gets to a local server,
 * which calls `onReached` (the bench collects n8n's garbage and takes a sample) before it answers with the same
 * item. Placed after the read, it runs while the execution still holds every node's output.
 */
export interface HeldCheckpoint {
	node: NodeSpec;
	close(): Promise<void>;
}

export async function heldCheckpoint(onReached: () => Promise<void>): Promise<HeldCheckpoint> {
	const server: MockServer = await startMockServer({ logLimit: 1 });
	server.route('POST', '/held', async (req) => {
		await onReached();
		return { status: 200, body: req.body };
	});
	return {
		node: {
			name: 'Held',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.4,
			parameters: {
				method: 'POST',
				url: `${server.url}/held`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '={{ JSON.stringify($json) }}',
				options: {},
			},
		},
		close: () => server.close(),
	};
}
