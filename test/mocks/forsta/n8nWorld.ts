import type { INodeParameters } from 'n8n-workflow';
import { connectN8n, type N8nClient, type NodeSpec } from '../../n8n/harness/client';
import { registerIssuedTokens } from '../../n8n/harness/issuedTokens';
import type { LogEntry } from '../shared/requestLog';
import { startForstaMock, type ForstaMock, type ForstaMockOptions } from './startForstaMock';

export const FORSTA_NODE = 'n8n-nodes-service-pack.forsta';
export const FORSTA_TRIGGER = 'n8n-nodes-service-pack.forstaTrigger';

export interface ForstaWorld {
	n8n: N8nClient;
	mock: ForstaMock;
	credential: { id: string; name: string };
	/** A Forsta node with these parameters and the mock's credential. */
	forsta(parameters: INodeParameters, extra?: Partial<NodeSpec>): NodeSpec;
	/** Another credential for the same mock (other scopes, a wrong secret). */
	addCredential(name: string, data?: Record<string, string>): Promise<{ id: string; name: string }>;
	mark(): number;
	/** "METHOD /path status" of what the mock answered since `mark`. */
	requestsSince(mark: number): string[];
	entriesSince(mark: number): LogEntry[];
}

/** For the real-n8n suite: a Forsta mock in the test's process and a custom-site credential pointing at it. */
export async function forstaWorld(options: ForstaMockOptions = {}, scope = 'pub.surveys pub.hubs'): Promise<ForstaWorld> {
	const n8n = connectN8n();
	const mock = await startForstaMock(options);
	registerIssuedTokens(n8n, 'forstaApi', mock.tokens, 'grant');
	const addCredential = async (name: string, data: Record<string, string> = {}) => {
		const base = { site: 'custom', apiUrl: mock.url, identityUrl: mock.url, clientId: mock.clientId, clientSecret: mock.clientSecret, scope };
		return { id: await n8n.createCredential('forstaApi', name, { ...base, ...data }), name };
	};
	const credential = await addCredential(`Forsta mock ${mock.url}`);
	return {
		n8n,
		mock,
		credential,
		addCredential,
		forsta: (parameters, extra = {}) => ({ name: 'Forsta', type: FORSTA_NODE, parameters, credentials: { forstaApi: credential }, ...extra }),
		mark: () => mock.log.lastSeq,
		entriesSince: (mark) => mock.log.since(mark),
		requestsSince: (mark) => mock.log.since(mark).map((entry) => `${entry.method} ${entry.path} ${entry.status}`),
	};
}

export const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });
