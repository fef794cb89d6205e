import { signFastCommentsWebhook, startFastCommentsMock, type FastCommentsMock } from '../../../mocks/fastcomments';
import { connectN8n, type ActiveWorkflow } from '../../harness/client';
import { executionsStartedBy, recordForgery, sendRaw, type RawAnswer, type RawCall } from './webhookProbe';

/**
 * Forged, stale, replayed and malformed calls to the FastComments Trigger in a real n8n, beyond
 * test/n8n/fastcomments-trigger.test.ts (another secret, 10 minutes old, unsigned): each must be refused and start
 * no execution. FastComments signs `timestamp + "." + body`, so a copy is refused while its timestamp is fresh.
 */
const n8n = connectN8n();
const TRIGGER = 'FastComments Trigger';
let mock: FastCommentsMock;
let workflow: ActiveWorkflow;
let url: string;
let serial = 0;

beforeAll(async () => {
	mock = await startFastCommentsMock({ seed: { comments: 1 } });
	const credential = { apiKey: mock.apiKey, tenantId: mock.tenantId, region: 'custom', baseUrl: mock.baseUrl, apiSecret: mock.apiSecret };
	const id = await n8n.createCredential('fastCommentsApi', 'FastComments forgeries', credential);
	workflow = await n8n.activateWorkflow({
		name: 'FastComments Trigger forgeries',
		nodes: [
			{
				name: TRIGGER,
				type: 'n8n-nodes-service-pack.fastCommentsTrigger',
				parameters: { events: ['comment-created', 'comment-deleted'] },
				credentials: { fastCommentsApi: { id, name: 'FastComments forgeries' } },
			},
			{ name: 'Received', type: 'n8n-nodes-base.noOp' },
		],
	});
	url = workflow.webhookUrl(TRIGGER);
});
afterAll(async () => {
	await workflow?.deactivate();
	await mock?.close();
});

const created = () => `${url}?event=comment-created`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

function freshBody(extra: Record<string, unknown> = {}): string {
	serial += 1;
	return JSON.stringify({ id: `c-forgery-${serial}`, urlId: 'article-1', commenterName: 'Grace', comment: `Call ${serial}`, ...extra });
}

interface Signing {
	/** What goes in the timestamp header (default now). */
	timestamp?: string;
	/** The timestamp the signature covers, if not the one sent. */
	signedAt?: string;
	/** What goes in the signature header, from the right one. */
	signature?: (right: string) => string;
	/** Content-Type; null sends none. */
	contentType?: string | null;
	omitTimestamp?: boolean;
}

/** A call as FastComments signs it, or changed the way a forger or a broken sender would. */
function signed(body: string, options: Signing = {}): RawCall {
	const timestamp = options.timestamp ?? String(nowSeconds());
	const right = signFastCommentsWebhook(body, mock.apiSecret, options.signedAt ?? timestamp);
	const headers: Record<string, string> = { 'x-fastcomments-signature': options.signature?.(right) ?? right };
	if (!options.omitTimestamp) headers['x-fastcomments-timestamp'] = timestamp;
	if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
	return { method: 'PUT', headers, body };
}

const withBodyChanged = (call: RawCall, change: (body: string) => string): RawCall => ({ ...call, body: change(String(call.body)) });

/** A correctly signed call; its signature is registered, so the leak scan looks for it in n8n's output and log. */
const genuine = () => {
	const call = signed(freshBody());
	n8n.registerSecrets('fastCommentsApi', 'webhook signature', [String(call.headers['x-fastcomments-signature']).replace('sha256=', '')]);
	return sendRaw(n8n, created(), call);
};

const record = (trial: string, expected: number, status: number, started: number, leaked: number) =>
	recordForgery('FastComments', trial, `${expected}, no run`, status, started, leaked);

/** The secret and any signature sent must not come back in the answer. */
function leaksIn(answer: RawAnswer, call: RawCall): number {
	const signature = String(call.headers['x-fastcomments-signature'] ?? '').replace(/^\w+=/, '');
	return [mock.apiSecret, mock.apiKey, signature].filter((secret) => secret.length >= 16 && answer.text.includes(secret)).length;
}

const forgeries: Array<[trial: string, expected: number, call: () => RawCall]> = [
	['signature of another timestamp', 401, () => signed(freshBody(), { signedAt: String(nowSeconds() - 1) })],
	['signed 10 minutes ahead', 401, () => signed(freshBody(), { timestamp: String(nowSeconds() + 600) })],
	['timestamp header missing', 401, () => signed(freshBody(), { omitTimestamp: true })],
	['timestamp not a number', 401, () => signed(freshBody(), { timestamp: 'now' })],
	['right hex under "sha1="', 401, () => signed(freshBody(), { signature: (right) => right.replace('sha256=', 'sha1=') })],
	['signed body with one value changed', 401, () => withBodyChanged(signed(freshBody()), (body) => body.replace('"Grace"', '"Mallory"'))],
	['signed, sent as text/plain', 415, () => signed(freshBody(), { contentType: 'text/plain' })],
	['signed, no Content-Type', 415, () => signed(freshBody(), { contentType: null })],
	['signed, body over 1 MiB', 413, () => signed(freshBody({ comment: 'x'.repeat(1024 * 1024) }))],
];

describe('FastComments Trigger: refused calls start nothing', () => {
	test.each(forgeries)('%s: %i, no execution', async (trial, expected, call) => {
		const sent = call();
		let answer: RawAnswer = { status: 0, text: '' };
		const started = await executionsStartedBy(n8n, workflow.id, async () => void (answer = await sendRaw(n8n, created(), sent)), genuine);
		const leaked = leaksIn(answer, sent);
		record(trial, expected, answer.status, started, leaked);
		expect({ status: answer.status, started, leaked }).toEqual({ status: expected, started: 0, leaked: 0 });
	});

	test.each([
		['exact copy of an accepted call', (call: RawCall) => ({ target: created(), call })],
		['copy sent to the deletion URL', (call: RawCall) => ({ target: `${url}?event=comment-deleted`, call })],
		['copy sent as DELETE', (call: RawCall) => ({ target: created(), call: { ...call, method: 'DELETE' } })],
	])('replay within the 5 minutes: %s gets 401 and starts nothing', async (trial, copyOf) => {
		const original = signed(freshBody());
		const first = await sendRaw(n8n, created(), original);
		expect(first.status).toBe(200);
		const copy = copyOf(original);
		let answer: RawAnswer = { status: 0, text: '' };
		const started = await executionsStartedBy(n8n, workflow.id, async () => void (answer = await sendRaw(n8n, copy.target, copy.call)), genuine);
		const leaked = leaksIn(answer, copy.call);
		record(trial, 401, answer.status, started, leaked);
		expect({ status: answer.status, started, leaked }).toEqual({ status: 401, started: 0, leaked: 0 });
	});
});
