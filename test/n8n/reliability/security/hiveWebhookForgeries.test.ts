import { gzipSync } from 'node:zlib';
import { shipmentStatusUpdatedPayload, signHiveWebhook } from '../../../mocks/hive';
import type { ActiveWorkflow } from '../../harness/client';
import { HIVE_TRIGGER, hiveWorld, type HiveWorld } from '../../hive/hiveFixture';
import { executionsStartedBy, recordForgery, sendRaw, type RawCall } from './webhookProbe';

/**
 * Forged and malformed calls to the Hive Trigger in a real n8n, beyond test/n8n/hive/trigger.test.ts (another
 * key, no signature, a space added to the body): each must be refused and start no execution.
 */
let world: HiveWorld;
let workflow: ActiveWorkflow;
let url: string;
let serial = 0;

beforeAll(async () => {
	world = await hiveWorld({}, 'Hive forgeries');
	workflow = await world.n8n.activateWorkflow({
		name: 'Hive Trigger forgeries',
		nodes: [
			{ name: 'Hive Trigger', type: HIVE_TRIGGER, parameters: { events: ['shipment_status_updated'] }, credentials: { hiveApi: world.credential } },
			{ name: 'Received', type: 'n8n-nodes-base.noOp' },
		],
	});
	url = workflow.webhookUrl('Hive Trigger');
});
afterAll(async () => {
	await workflow?.deactivate();
	await world?.mock.close();
});

/** A shipment body no earlier call used (Hive signs no time, so equal bodies would be equal calls). */
function freshBody(extra: Record<string, unknown> = {}): string {
	serial += 1;
	return JSON.stringify({ ...shipmentStatusUpdatedPayload(undefined, 'shipped'), tracking_code: `FORGERY-${serial}`, ...extra });
}

const sign = (body: string | Buffer) => signHiveWebhook(body, world.mock.apiKey);
const json = { 'content-type': 'application/json' };
/** A correctly signed call; its signature is registered, so the leak scan looks for it in n8n's output and log. */
const genuine = () => {
	const body = freshBody();
	const signature = sign(body);
	world.n8n.registerSecrets('hiveApi', 'webhook signature', [signature]);
	return sendRaw(world.n8n, url, { headers: { ...json, 'x-hive-signature': signature }, body });
};

interface Change {
	/** Headers instead of `Content-Type: application/json`. */
	headers?: Record<string, string>;
	/** What goes in `x-hive-signature`, from the right signature. */
	signature?: (right: string) => string | string[];
	/** What is sent instead of the signed body. */
	body?: (signed: string) => string | Buffer;
	/** Pad the body past the 1 MiB limit before signing it. */
	oversized?: boolean;
}

/** A fresh call signed with the right key, then changed the way a forger or a broken sender would. */
function changed(change: Change): RawCall {
	const body = change.oversized ? freshBody({ note: 'x'.repeat(1024 * 1024) }) : freshBody();
	const right = sign(body);
	return { headers: { ...(change.headers ?? json), 'x-hive-signature': change.signature?.(right) ?? right }, body: change.body?.(body) ?? body };
}

const forgeries: Array<[trial: string, expected: number, call: () => RawCall]> = [
	['right signature with a "sha256=" prefix', 401, () => changed({ signature: (right) => `sha256=${right}` })],
	['right signature cut to half', 401, () => changed({ signature: (right) => right.slice(0, 32) })],
	['empty signature', 401, () => changed({ signature: () => '' })],
	['a forged and the right signature header', 401, () => changed({ signature: (right) => [sign('forged'), right] })],
	['signed body with one value changed', 401, () => changed({ body: (body) => body.replace('"status":"shipped"', '"status":"cancelled"') })],
	['signed, sent as text/plain', 415, () => changed({ headers: { 'content-type': 'text/plain' } })],
	['signed, sent as a form', 415, () => changed({ headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
	['signed, no Content-Type', 415, () => changed({ headers: {} })],
	['signed, body over 1 MiB', 413, () => changed({ oversized: true })],
	['signed, gzip body over 1 MiB unpacked', 413, () => changed({ oversized: true, headers: { ...json, 'content-encoding': 'gzip' }, body: (body) => gzipSync(body) })],
];

describe('Hive Trigger: refused calls start nothing', () => {
	test.each(forgeries)('%s: %i, no execution', async (trial, expected, call) => {
		const sent = call();
		let status = 0;
		let leaked = 0;
		const started = await executionsStartedBy(
			world.n8n,
			workflow.id,
			async () => {
				const answer = await sendRaw(world.n8n, url, sent);
				status = answer.status;
				const signatures = ([] as string[]).concat(sent.headers['x-hive-signature'] ?? []).filter((value) => value.length >= 16);
				leaked = [world.mock.apiKey, ...signatures].filter((secret) => answer.text.includes(secret)).length;
			},
			genuine,
		);
		recordForgery('Hive', trial, `${expected}, no run`, status, started, leaked);
		expect({ status, started, leaked }).toEqual({ status: expected, started: 0, leaked: 0 });
	});

	test('replay: Hive signs no time or delivery id, so a copy of a signed call runs again (documented limit)', async () => {
		const body = freshBody();
		const call = { headers: { ...json, 'x-hive-signature': sign(body) }, body };
		const first = await sendRaw(world.n8n, url, call);
		let again = 0;
		const startedByCopy = await executionsStartedBy(
			world.n8n,
			workflow.id,
			async () => {
				again = (await sendRaw(world.n8n, url, call)).status;
			},
			genuine,
		);
		recordForgery('Hive', 'exact copy of a signed call', 'runs again (nothing signed tells it apart; documented)', again, startedByCopy);
		// If this starts failing because copies are refused, the trigger gained replay protection: update its notice and docs.
		expect({ first: first.status, again, startedByCopy }).toEqual({ first: 200, again: 200, startedByCopy: 1 });
	});
});
