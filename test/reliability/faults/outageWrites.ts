import type { LogEntry } from '../../mocks/shared/requestLog';
import { connectN8n, type NodeSpec } from '../../n8n/harness/client';
import type { ServiceName } from '../ledger';
import { runCapturing, secretsIn, type WorkflowOutcome } from './faultCase';
import { COMMENTS_PATH, fastCommentsFaultWorld, newComment } from './fastcommentsFaults';
import { DOCUMENTS_PATH, fasterForwardFacts, uploadDocument } from './fasterForwardFaults';
import { fasterForwardFaultWorld, smallDocument } from './fasterForwardN8nFaults';
import { flowboxFaultWorld, REPORT_PATH, STATIC_FLOW } from './flowboxFaults';
import type { CaseRun } from './forstaFasterForwardCase';
import { createRespondent, forstaFacts, RESPONDENTS_PATH } from './forstaFaults';
import { forstaFaultWorld } from './forstaN8nFaults';
import { hiveFaultWorld } from './hiveFaults';
import { outagesOf, withOpen, type Outage, type OutageWorld } from './outage';

/**
 * One POST per service whose node writes with one, all in the same shape, for the outage cases: an outage that
 * starts as the POST arrives (the service acts on it, its answer is lost), and the POSTs that reached the mock.
 */

export interface WriteRun {
	outcome: WorkflowOutcome;
	/** The POSTs of the write that reached the mock. */
	posts: number;
	leaked: number;
}

export interface WriteSubject {
	service: ServiceName;
	/** The operation, in the ledger's words. */
	subject: string;
	/** An outage of `ms` that starts as the POST arrives. */
	outageAtPost(ms: number): Outage;
	write(): Promise<WriteRun>;
	close(): Promise<void>;
}

/** What every subject is built from: its world, the POST's path, how to send the write and read what it sent. */
interface WriteParts extends OutageWorld {
	service: ServiceName;
	subject: string;
	path: RegExp;
	/** Runs the write; the mock's log since it started, and the secrets to scan the outcome for. */
	run(): Promise<{ outcome: WorkflowOutcome; log: LogEntry[]; secrets: string[] }>;
}

function writeSubject(parts: WriteParts): WriteSubject {
	const isPost = (entry: LogEntry) => entry.method === 'POST' && parts.path.test(entry.path);
	const outages = outagesOf(parts);
	return {
		service: parts.service,
		subject: parts.subject,
		outageAtPost: (ms) => outages.at(ms, (fault) => ({ method: 'POST', path: parts.path, fault })),
		write: async () => {
			const { outcome, log, secrets } = await parts.run();
			return { outcome, posts: log.filter(isPost).length, leaked: secretsIn(outcome.texts, secrets) };
		},
		close: outages.close,
	};
}

/** Runs nodes in n8n and keeps what the mock with this log received meanwhile. */
async function logged(log: { lastSeq: number; since(seq: number): LogEntry[] }, nodes: NodeSpec[], secrets: string[]) {
	const mark = log.lastSeq;
	const outcome = await runCapturing(connectN8n(), nodes);
	return { outcome, log: log.since(mark), secrets };
}

const fromCase = (run: CaseRun, secrets: string[]) => ({ outcome: run.outcome, log: run.log, secrets });

async function hive(): Promise<WriteParts> {
	const world = await hiveFaultWorld();
	const create = world.hive({ resource: 'sku', operation: 'create', merchantSkuId: 'OUTAGE-1', name: 'Sent once', additionalFields: {} } as never);
	return {
		...world,
		service: 'Hive',
		subject: 'SKU: Create',
		path: /\/skus$/,
		run: async () => await logged(world.mock.log, [create], [world.mock.apiKey]),
		close: async () => await world.mock.close(),
	};
}

async function fastComments(): Promise<WriteParts> {
	const world = await fastCommentsFaultWorld(connectN8n());
	const create = world.node({ resource: 'comment', operation: 'create', body: JSON.stringify(newComment('Sent once into an outage')), options: {} });
	return {
		...world,
		mock: world.mock.server,
		service: 'FastComments',
		subject: 'Comment: Create',
		path: COMMENTS_PATH,
		run: async () => await logged(world.mock.server.log, [create], [world.mock.apiKey, world.mock.apiSecret]),
	};
}

async function flowbox(): Promise<WriteParts> {
	const world = await flowboxFaultWorld(connectN8n());
	const postKey = world.mock.state.posts.get(STATIC_FLOW)![0].key;
	const flowKey = { __rl: true, mode: 'id', value: STATIC_FLOW };
	const report = world.node({ resource: 'post', operation: 'report', flowKey, postKey, message: 'Sent once into an outage', email: 'mod@example.com' });
	return { ...world, service: 'Flowbox', subject: 'Post: Report', path: REPORT_PATH, run: async () => await logged(world.mock.log, [report], [world.mock.apiKey]) };
}

async function forsta(): Promise<WriteParts> {
	const world = await forstaFaultWorld();
	const run = async () => fromCase(await world.run(createRespondent('outage@example.com')), forstaFacts(world.mock, 'real n8n').secrets());
	return { ...world, service: 'Forsta', subject: 'Respondent: Create', path: RESPONDENTS_PATH, run };
}

async function fasterForward(): Promise<WriteParts> {
	const world = await fasterForwardFaultWorld();
	const run = async () => fromCase(await world.outcome([smallDocument, world.node(uploadDocument)]), fasterForwardFacts(world.mock, 'real n8n').secrets());
	return { ...world, service: 'Faster Forward', subject: 'Document: Upload (POST)', path: DOCUMENTS_PATH, run };
}

const OPENERS = { Hive: hive, FastComments: fastComments, Flowbox: flowbox, Forsta: forsta, 'Faster Forward': fasterForward };
export type WriteService = keyof typeof OPENERS;
export const WRITE_SERVICES = Object.keys(OPENERS) as WriteService[];

/** Runs `body` with the service's write open (its own mock and credential), and closes it however it ends. */
export async function withWrite<T>(service: WriteService, body: (write: WriteSubject) => Promise<T>): Promise<T> {
	return await withOpen([async () => writeSubject(await OPENERS[service]())], async ([write]) => await body(write));
}
