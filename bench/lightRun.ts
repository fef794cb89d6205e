import { randomUUID } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { N8nClient, NodeSpec } from '../test/n8n/harness/client';

/**
 * Runs nodes behind a Webhook that answers with the first item of the last node only, with execution data not
 * saved: what n8n holds is then the nodes' own output, not a copy for the answer or the database.
 */
export async function runLight(n8n: N8nClient, nodes: NodeSpec[], timeoutMs: number): Promise<IDataObject | undefined> {
	const path = `bench-${randomUUID()}`;
	const webhook: NodeSpec = {
		name: 'Start',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2.1,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} },
	};
	const workflow = await n8n.activateWorkflow({ nodes: [webhook, ...nodes], settings: { saveDataSuccessExecution: 'none', saveDataErrorExecution: 'none' } });
	try {
		const answer = await n8n.post(`${n8n.baseUrl}/webhook/${path}`, {}, {}, timeoutMs);
		if (answer.status !== 200) throw new Error(`the workflow answered ${answer.status}: ${answer.text.slice(0, 300)}`);
		return answer.json as IDataObject | undefined;
	} finally {
		await workflow.deactivate();
	}
}

/** Keeps only the last item, so the answer says which row came last without copying the others. */
export const lastItemOnly: NodeSpec = { name: 'Last', type: 'n8n-nodes-base.limit', typeVersion: 1, parameters: { maxItems: 1, keep: 'lastItems' } };

/** What a user adds after the HTTP Request node to get one item per row out of each page. */
export function splitOut(field: string): NodeSpec {
	return { name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: field, include: 'noOtherFields', options: {} } };
}
