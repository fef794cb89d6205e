import { sendFastCommentsWebhook, startFastCommentsMock, type FastCommentsMock } from '../mocks/fastcomments';
import { httpRequest } from '../mocks/shared';
import { connectN8n, type ActiveWorkflow } from './harness/client';

/** The FastComments Trigger in a real n8n: subscriptions at activation, signed calls, refusals. */
const n8n = connectN8n();
const CREDENTIAL = 'fastCommentsApi';
const TRIGGER = 'FastComments Trigger';

let mock: FastCommentsMock;
let workflow: ActiveWorkflow;
let url: string;

beforeAll(async () => {
	mock = await startFastCommentsMock({ seed: { comments: 3 } });
	const credentialId = await n8n.createCredential(CREDENTIAL, 'fastcomments trigger', {
		apiKey: mock.apiKey,
		tenantId: mock.tenantId,
		region: 'custom',
		baseUrl: mock.baseUrl,
		apiSecret: mock.apiSecret,
	});
	workflow = await n8n.activateWorkflow({
		nodes: [
			{
				name: TRIGGER,
				type: 'n8n-nodes-service-pack.fastCommentsTrigger',
				parameters: { events: ['comment-created', 'comment-deleted'] },
				credentials: { [CREDENTIAL]: { id: credentialId, name: 'fastcomments trigger' } },
			},
		],
	});
	url = workflow.webhookUrl(TRIGGER);
});
afterAll(async () => await mock?.close());

const comment = { id: 'c-webhook-1', urlId: 'article-1', commenterName: 'Grace', comment: 'Signed and sealed', date: '2025-01-06T09:00:00.000Z' };

async function executionsAfter(wait = 1500): Promise<number> {
	await new Promise((resolve) => setTimeout(resolve, wait));
	return (await n8n.listExecutions(workflow.id)).length;
}

describe('FastComments Trigger', () => {
	test('activation subscribes one webhook per chosen event through POST /api/v1/webhooks', () => {
		expect(mock.state.webhooks.map((webhook) => [webhook.url, webhook.events])).toEqual([
			[`${url}?event=comment-created`, ['comment-created']],
			[`${url}?event=comment-deleted`, ['comment-deleted']],
		]);
	});

	test('a comment created through the API reaches the workflow as a signed PUT', async () => {
		const created = await httpRequest(`${mock.baseUrl}/api/v1/comments?tenantId=${mock.tenantId}`, {
			method: 'POST',
			headers: { 'x-api-key': mock.apiKey },
			body: { commenterName: 'Grace', comment: 'Signed and sealed', url: 'https://blog.example.com/article-1', urlId: 'article-1', locale: 'en_us' },
		});
		const id = (created.body as { comment: { id: string } }).comment.id;
		const [execution] = await n8n.waitForExecutions(workflow.id, 1);
		const output = (await n8n.getExecution(execution.id)).output(TRIGGER);
		expect(output).toMatchObject([{ event: 'comment-created', id, commenterName: 'Grace', comment: 'Signed and sealed' }]);
		expect(mock.deliveries.map((delivery) => [delivery.event, delivery.status])).toEqual([['comment-created', 200]]);
	});

	test('a deletion arrives as a signed DELETE', async () => {
		const deleted = await mock.emit('comment-deleted', comment);
		expect(deleted.map((delivery) => delivery.status)).toEqual([200]);
		await n8n.waitForExecutions(workflow.id, 2);
	});

	test.each([
		['forged (signed with another secret)', { forgeWith: 'someone-elses-secret' }],
		['stale (signed 10 minutes ago)', { timestampSeconds: Math.floor(Date.now() / 1000) - 600 }],
		['unsigned', { omitSignature: true }],
	])('%s: 401 and no execution', async (_case, options) => {
		const before = (await n8n.listExecutions(workflow.id)).length;
		const answer = await sendFastCommentsWebhook(`${url}?event=comment-created`, comment, { apiSecret: mock.apiSecret, method: 'PUT', ...options });
		expect(answer.status).toBe(401);
		expect(answer.rawBody).not.toContain(mock.apiSecret);
		expect(await executionsAfter()).toBe(before);
	});

	test('an event not chosen is acknowledged and starts nothing', async () => {
		const before = (await n8n.listExecutions(workflow.id)).length;
		const answer = await sendFastCommentsWebhook(`${url}?event=comment-updated`, comment, { apiSecret: mock.apiSecret, method: 'PUT' });
		expect(answer.status).toBe(200);
		expect(await executionsAfter()).toBe(before);
	});

	test('unpublishing removes the subscriptions', async () => {
		await workflow.deactivate();
		expect(mock.state.webhooks).toEqual([]);
	});
});
