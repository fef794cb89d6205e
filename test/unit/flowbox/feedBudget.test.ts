import type { IExecuteFunctions, NodeExecutionHint } from 'n8n-workflow';
import { flowboxResources } from '../../../nodes/Flowbox/actions';
import { flowboxProfile } from '../../../nodes/Flowbox/flowboxProfile';
import { runOperations } from '../../../nodes/shared/operations/router';
import { FLOW_KEYS } from '../../mocks/flowbox';
import { flowboxContext, flowRef, useFlowboxMock } from './flowboxContext';

const readFeed = { resource: 'feed', operation: 'getPosts', flowKey: flowRef(FLOW_KEYS.static), returnAll: false, limit: 5, options: {} };
const DEPLOYING = { status: 503, body: { status: 'error', message: 'Deploying' } };

describe("Flowbox Feed (the gateway, another host): the node's Retry Budget and hint", () => {
	const env = useFlowboxMock();

	/** Runs the node with these parameters, keeping the hints it adds. */
	async function run(parameters: Record<string, unknown>) {
		const { ctx } = flowboxContext(env.mock, { parameters });
		const hints: NodeExecutionHint[] = [];
		(ctx as IExecuteFunctions & { addExecutionHints: unknown }).addExecutionHints = (...added: NodeExecutionHint[]) => hints.push(...added);
		const outcome = await runOperations(ctx, flowboxResources, flowboxProfile).then(
			([items]) => ({ items, error: undefined }),
			(error: Error & { description?: string }) => ({ items: [], error }),
		);
		return { ...outcome, hints: hints.map((hint) => hint.message) };
	}

	it('a Retry Budget of 0 on the node holds for the feed: a 503 is not repeated', async () => {
		env.mock.faults.push(DEPLOYING);
		const { error } = await run({ ...readFeed, retryBudgetSeconds: 0 });
		expect(error?.message).toMatch(/HTTP 503/);
		expect(error?.description).toContain("It was not repeated: the node's Retry Budget is 0.");
		expect(env.mock.log.entries).toHaveLength(1);
	});

	it("the feed's repeats reach the node's hint", async () => {
		env.mock.faults.push(DEPLOYING);
		const { items, hints } = await run(readFeed);
		expect(items).toHaveLength(5);
		expect(hints).toEqual([expect.stringMatching(/for the service to come back after faults\. 1 request was repeated\.$/)]);
	});
});
