import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IDataObject, INode } from 'n8n-workflow';
import { readConnection, type ConnectionInfo } from './connection';
import { credentialSecrets } from './credentialSecrets';
import { describeFailure, toExecutionRecord, UNFINISHED_STATUSES, type ExecutionRecord, type ExecutionSummary } from './execution';
import './jestTimeout';
import { waitForPublication } from './publication';
import { parseJson, rawRequest, rest, type Session } from './rest';
import { recordAnswer, registerSecrets } from './runRecords';
import { waitFor } from './wait';
import { completeNode, toConnections, WEBHOOK_NODE_TYPE, wrapForRun, type ConnectionSpec, type NodeSpec, type WorkflowSpec } from './workflowBuilder';

export type { ExecutionRecord, ExecutionSummary } from './execution';
export type { ConnectionSpec, NodeSpec, WorkflowSpec } from './workflowBuilder';

export interface RunOptions {
	/** JSON of the items fed to the first node; default one empty item, like a manual run. */
	input?: IDataObject[];
	timeoutMs?: number;
}

export interface RunResult {
	items: IDataObject[];
	workflowId: string;
	/** Webhook POST to answer, i.e. the workflow's run time as n8n serves it. */
	durationMs: number;
	/** The stored execution with every node's output (waits for n8n to save it). */
	execution(): Promise<ExecutionRecord>;
}

export interface ActiveWorkflow {
	id: string;
	nodes: INode[];
	/** Production URL of a trigger node's webhook; `path` is the webhook's path in the node description. */
	webhookUrl(nodeName: string, path?: string): string;
	deactivate(): Promise<void>;
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export interface HttpAnswer {
	status: number;
	text: string;
	json: unknown;
}

/** Thrown by runWorkflow when the webhook does not answer 200 with items; carries the execution when n8n stored one. */
export class WorkflowRunError extends Error {
	constructor(
		message: string,
		readonly status: number,
		readonly body: string,
		readonly execution?: ExecutionRecord,
	) {
		super(message);
	}
}

const SAVE_TIMEOUT_MS = 15_000;
const EXECUTION_PAGE = 100;

export interface ClientOptions {
	/** Where production webhooks are called, e.g. queue mode's webhook process; default the REST base URL. */
	webhookBaseUrl?: string;
}

export class N8nClient {
	readonly info: ConnectionInfo;
	readonly webhookBaseUrl: string;
	private readonly session: Session;
	private readonly credentials = new Map<string, { id: string; type: string; name: string; data: IDataObject }>();

	constructor(info: ConnectionInfo, options: ClientOptions = {}) {
		this.info = info;
		this.webhookBaseUrl = options.webhookBaseUrl ?? info.baseUrl;
		this.session = { baseUrl: info.baseUrl, cookie: info.cookie };
	}

	get baseUrl(): string {
		return this.info.baseUrl;
	}

	/** Any internal REST route, e.g. rest('GET', '/workflows'); answers n8n's `data`. */
	rest<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		return rest<T>(this.session, method, path, body);
	}

	/** Stores a credential the way the editor does (n8n encrypts `data`); returns its id for a node's `credentials`. */
	async createCredential(type: string, name: string, data: IDataObject): Promise<string> {
		// Registered first, so the secret-leak scan knows them even if creating the credential fails halfway.
		registerSecrets(this.info.tempDir, credentialSecrets(type, data));
		const created = await this.rest<{ id: string }>('POST', '/credentials', { type, name, data });
		this.credentials.set(created.id, { id: created.id, type, name, data });
		return created.id;
	}

	/** Tells the secret-leak scan about values n8n may see but must never show, e.g. tokens a mock issued. */
	registerSecrets(credentialType: string, field: string, values: string[]): void {
		registerSecrets(this.info.tempDir, values.map((value) => ({ credentialType, field, value })));
	}

	/** The editor's "Test" button for a credential this client created: runs the credential type's `test`. */
	async testCredential(credentialId: string): Promise<CredentialTestResult> {
		const credentials = this.credentials.get(credentialId);
		if (!credentials) throw new Error(`Credential ${credentialId} was not created by this client`);
		return this.rest<CredentialTestResult>('POST', '/credentials/test', { credentials });
	}

	/** Runs nodes behind a webhook and returns the JSON of the items the last node emitted. */
	async runWorkflow(nodes: NodeSpec[], connections?: ConnectionSpec, options: RunOptions = {}): Promise<IDataObject[]> {
		return (await this.run(nodes, connections, options)).items;
	}

	/** runWorkflow plus the workflow id, the timing and the stored execution. */
	async run(nodes: NodeSpec[], connections?: ConnectionSpec, options: RunOptions = {}): Promise<RunResult> {
		const path = `harness-run-${randomUUID()}`;
		const workflow = await this.activateWorkflow(wrapForRun(nodes, connections, path));
		const started = Date.now();
		const answer = await this.post(`${this.webhookBaseUrl}/webhook/${path}`, { items: options.input ?? [{}] }, {}, options.timeoutMs ?? 110_000).catch(
			(error: Error) => error,
		);
		const durationMs = Date.now() - started;
		// Unpublish so its webhook path is released; a failed POST stays the error worth reporting.
		const deactivationError = await workflow.deactivate().then(
			() => undefined,
			(error: Error) => error,
		);
		if (answer instanceof Error) throw answer;
		if (deactivationError) throw deactivationError;
		const execution = () => this.waitForExecution(workflow.id);
		if (answer.status !== 200 || !Array.isArray(answer.json)) {
			const stored = await execution().catch(() => undefined);
			const reason = stored ? describeFailure(stored) : 'no execution was stored';
			throw new WorkflowRunError(
				`Workflow ${workflow.id} answered ${answer.status} ${answer.text.slice(0, 300)}; ${reason}`,
				answer.status,
				answer.text,
				stored,
			);
		}
		return { items: answer.json as IDataObject[], workflowId: workflow.id, durationMs, execution };
	}

	/** Creates and publishes (2.x's "activate") a workflow; trigger nodes register their webhooks now. */
	async activateWorkflow(spec: WorkflowSpec): Promise<ActiveWorkflow> {
		const nodes = spec.nodes.map(completeNode);
		const created = await this.rest<{ id: string; versionId: string }>('POST', '/workflows', {
			name: spec.name ?? `harness ${randomUUID()}`,
			// n8n 1.x requires the field (a NOT NULL column); 2.x publishes through /activate and ignores it.
			active: false,
			nodes,
			connections: toConnections(spec.connections, spec.nodes),
			settings: { executionOrder: 'v1', ...spec.settings },
		});
		await this.publish(created.id, created.versionId);
		return {
			id: created.id,
			nodes,
			webhookUrl: (nodeName, path = 'webhook') => this.webhookUrl(nodes, nodeName, path),
			deactivate: () => this.deactivate(created.id),
		};
	}

	/** Publishes a saved version and returns once its triggers listen. */
	async publish(workflowId: string, versionId: string): Promise<void> {
		await this.rest('POST', `/workflows/${workflowId}/activate`, { versionId });
		await waitForPublication(this.session, workflowId, 'published');
	}

	/** Unpublishes and returns once its webhooks are released. */
	async deactivate(workflowId: string): Promise<void> {
		await this.rest('POST', `/workflows/${workflowId}/deactivate`, {});
		await waitForPublication(this.session, workflowId, 'not_published');
	}

	/** Newest first; includes running ones (see UNFINISHED_STATUSES). */
	async listExecutions(workflowId: string): Promise<ExecutionSummary[]> {
		return this.listAllExecutions({ workflowId });
	}

	/**
	 * Every stored execution matching the filter, newest first. n8n 2.41 on pages by `cursor` (and refuses `lastId`);
	 * older lines page by the last id seen. The first page may list a running execution that a later page lists again.
	 */
	async listAllExecutions(filter: IDataObject = {}): Promise<ExecutionSummary[]> {
		const byId = new Map<string, ExecutionSummary>();
		const base = `/executions?limit=${EXECUTION_PAGE}&filter=${encodeURIComponent(JSON.stringify(filter))}`;
		for (let next = ''; ; ) {
			const page = await this.rest<{ results: ExecutionSummary[]; nextCursor?: string | null }>('GET', base + next);
			for (const execution of page.results) if (!byId.has(execution.id)) byId.set(execution.id, execution);
			if ('nextCursor' in page) {
				if (!page.nextCursor) break;
				next = `&cursor=${encodeURIComponent(page.nextCursor)}`;
			} else {
				if (page.results.length < EXECUTION_PAGE) break;
				next = `&lastId=${page.results[page.results.length - 1].id}`;
			}
		}
		return [...byId.values()];
	}

	async getExecution(executionId: string): Promise<ExecutionRecord> {
		return toExecutionRecord(await this.rest('GET', `/executions/${executionId}`));
	}

	/** Waits until `count` executions of the workflow have finished (n8n saves them just after answering). */
	async waitForExecutions(workflowId: string, count = 1, timeoutMs = SAVE_TIMEOUT_MS): Promise<ExecutionSummary[]> {
		return waitFor(
			`${count} finished execution(s) of workflow ${workflowId}`,
			async () => {
				const finished = (await this.listExecutions(workflowId)).filter((e) => !UNFINISHED_STATUSES.includes(e.status));
				return finished.length >= count ? finished : undefined;
			},
			{ timeoutMs, intervalMs: 100 },
		);
	}

	/** The newest finished execution of a workflow, with its run data. */
	async waitForExecution(workflowId: string, timeoutMs = SAVE_TIMEOUT_MS): Promise<ExecutionRecord> {
		const [newest] = await this.waitForExecutions(workflowId, 1, timeoutMs);
		return this.getExecution(newest.id);
	}

	/** POST to a webhook (or any URL) without the session cookie; a string body is sent byte for byte. */
	async post(url: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<HttpAnswer> {
		const answer = await rawRequest(url, { method: 'POST', body, headers, timeoutMs });
		// Kept for the secret-leak scan: what n8n answers a caller is output too.
		recordAnswer(this.info.tempDir, { url, status: answer.status, text: answer.text });
		return { status: answer.status, text: answer.text, json: parseJson(answer.text) };
	}

	/** n8n's log (JSON lines) from a byte offset, e.g. one taken with logSize() before the step under test. */
	readLog(fromOffset = 0): string {
		return readFileSync(this.info.logPath).subarray(fromOffset).toString('utf8');
	}

	logSize(): number {
		return statSync(this.info.logPath).size;
	}

	/** Every node type n8n offers the editor, e.g. "n8n-nodes-base.set", "n8n-nodes-service-pack.hive". */
	async nodeTypeNames(): Promise<string[]> {
		const answer = await rawRequest(`${this.baseUrl}/types/nodes.json`, { method: 'GET', cookie: this.session.cookie });
		if (answer.status !== 200) throw new Error(`GET /types/nodes.json answered ${answer.status}`);
		return [...new Set((JSON.parse(answer.text) as Array<{ name: string }>).map((type) => type.name))];
	}

	/** Throws, quoting n8n's loader errors from the log, unless every named node type is loaded. */
	async expectNodeTypesLoaded(names: string[]): Promise<void> {
		const loaded = new Set(await this.nodeTypeNames());
		const missing = names.filter((name) => !loaded.has(name));
		if (missing.length === 0) return;
		const packageLines = this.readLog()
			.split('\n')
			.filter((line) => line.includes(this.info.packageName) || line.includes('"level":"error"'));
		throw new Error(
			`n8n did not load ${missing.join(', ')}; ${this.info.packageName} types loaded: ` +
				`${[...loaded].filter((name) => name.startsWith(`${this.info.packageName}.`)).join(', ') || 'none'}\n` +
				`n8n log lines about the package or errors:\n${packageLines.slice(-20).join('\n')}`,
		);
	}

	private webhookUrl(nodes: INode[], nodeName: string, path: string): string {
		const node = nodes.find((candidate) => candidate.name === nodeName);
		if (!node) throw new Error(`No node "${nodeName}" in this workflow`);
		// Mirrors how n8n names production webhooks: the Webhook node uses its own path, other triggers sit under
		// their webhookId; a path with :parameters always gets the webhookId in front.
		const ownPath = node.type === WEBHOOK_NODE_TYPE ? String(node.parameters.path ?? '') : undefined;
		const relative =
			ownPath !== undefined && !ownPath.split('/').some((part) => part.startsWith(':'))
				? ownPath
				: `${node.webhookId}/${(ownPath ?? path).replace(/^\//, '')}`;
		return `${this.webhookBaseUrl}/webhook/${relative}`;
	}
}

/** For test files: connects to the n8n that globalSetup started for this jest run. */
export function connectN8n(): N8nClient {
	return new N8nClient(readConnection());
}
