import type { INodeParameters } from 'n8n-workflow';
import { startFasterForwardMock, type FasterForwardMock, type FasterForwardMockOptions } from '../../mocks/fasterforward';
import type { FaultLayer } from '../../mocks/shared';
import { connectN8n, type NodeSpec } from '../../n8n/harness/client';
import { registerIssuedTokens } from '../../n8n/harness/issuedTokens';
import { faultLayerOn, runCapturing } from './faultCase';
import { fasterForwardFacts } from './fasterForwardFaults';
import { settleCase, type CaseRun, type CaseWords, type ReadCheck } from './forstaFasterForwardCase';

export const FASTER_FORWARD_NODE = 'n8n-nodes-service-pack.fasterForward';

/** A Code node with one item whose binary `data` is a small PDF-named document, for the upload cases. */
export const smallDocument: NodeSpec = {
	name: 'Document',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		jsCode: "return [{ json: {}, binary: { data: { data: Buffer.from('fault case document').toString('base64'), mimeType: 'application/pdf', fileName: 'case.pdf' } } }];",
	},
};

export interface FasterForwardFaultWorld {
	mock: FasterForwardMock;
	faults: FaultLayer;
	/** A Faster Forward node with these parameters and this world's credential. */
	node(parameters: INodeParameters): NodeSpec;
	/** Runs the nodes in a real n8n; the last one is the one whose outcome counts. */
	outcome(nodes: NodeSpec[]): Promise<CaseRun>;
	run(parameters: INodeParameters): Promise<CaseRun>;
	/** Records the case's ledger row and asserts its counts (see settleCase). */
	settle(words: CaseWords, run: CaseRun, did: string, read?: ReadCheck): void;
	close(): Promise<void>;
}

/**
 * A Faster Forward mock of its own (own domain, so its own token and throttle in n8n) with a fault layer and a
 * credential. Every token the mock issues is registered for the suite's secret-leak scan.
 */
export async function fasterForwardFaultWorld(options: FasterForwardMockOptions = {}): Promise<FasterForwardFaultWorld> {
	const n8n = connectN8n();
	const mock = await startFasterForwardMock(options);
	registerIssuedTokens(n8n, 'fasterForwardApi', mock.tokens, 'issue');
	const faults = faultLayerOn(mock);
	const facts = fasterForwardFacts(mock, 'real n8n');
	const { clientId, clientSecret } = mock.client;
	const name = `Faster Forward faults ${mock.url}`;
	const id = await n8n.createCredential('fasterForwardApi', name, { domain: mock.domain, clientId, clientSecret, grantType: 'clientCredentials', scope: '', clientAuthentication: 'body' });
	const node = (parameters: INodeParameters): NodeSpec => ({ name: 'Faster Forward', type: FASTER_FORWARD_NODE, parameters, credentials: { fasterForwardApi: { id, name } } });
	const outcome = async (nodes: NodeSpec[]): Promise<CaseRun> => {
		const mark = mock.log.lastSeq;
		const result = await runCapturing(n8n, nodes);
		return { outcome: result, log: mock.log.since(mark), tried: faults.injected.length };
	};
	return {
		mock,
		faults,
		node,
		outcome,
		run: async (parameters) => await outcome([node(parameters)]),
		settle: (words, run, did, read) => settleCase(facts, words, run, did, read),
		close: async () => {
			faults.clear();
			await mock.close();
		},
	};
}
