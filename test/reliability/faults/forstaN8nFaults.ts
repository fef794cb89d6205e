import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { forstaWorld, type ForstaWorld } from '../../mocks/forsta/n8nWorld';
import type { ForstaMockOptions } from '../../mocks/forsta';
import type { FaultLayer } from '../../mocks/shared';
import type { NodeSpec } from '../../n8n/harness/client';
import { registerIssuedTokens } from '../../n8n/harness/issuedTokens';
import { faultLayerOn, runCapturing } from './faultCase';
import { settleCase, type CaseRun, type CaseWords, type ReadCheck } from './forstaFasterForwardCase';
import { forstaFacts, responseIdsOf, responseRows, RESPONSES, type ForstaCaseRun } from './forstaFaults';

export interface ForstaFaultWorld extends ForstaWorld {
	faults: FaultLayer;
	/** Runs the nodes in a real n8n; the last one is the one whose outcome counts. */
	outcome(nodes: NodeSpec[], input?: IDataObject[]): Promise<ForstaCaseRun>;
	/** One Forsta node with these parameters. */
	run(parameters: INodeParameters, input?: IDataObject[]): Promise<ForstaCaseRun>;
	/** Records the case's ledger row and asserts its counts (see settleCase). */
	settle(words: CaseWords, run: CaseRun, did: string, read?: ReadCheck): void;
	close(): Promise<void>;
}

/**
 * A Forsta mock of its own (own port, so its own token and throttle in n8n) with a fault layer, and its credential.
 * Every token the mock issues is registered for the suite's secret-leak scan.
 */
export async function forstaFaultWorld(options: ForstaMockOptions = {}): Promise<ForstaFaultWorld> {
	const world = await forstaWorld({ seed: { responses: RESPONSES }, ...options });
	registerIssuedTokens(world.n8n, 'forstaApi', world.mock.tokens, 'grant');
	const faults = faultLayerOn(world.mock);
	const facts = forstaFacts(world.mock, 'real n8n');
	const outcome = async (nodes: NodeSpec[], input?: IDataObject[]): Promise<ForstaCaseRun> => {
		const before = responseIdsOf(world.mock);
		const mark = world.mark();
		const result = await runCapturing(world.n8n, nodes, undefined, input ? { input } : {});
		return { outcome: result, log: world.entriesSince(mark), tried: faults.injected.length, rows: responseRows(before, responseIdsOf(world.mock)) };
	};
	return {
		...world,
		faults,
		outcome,
		run: async (parameters, input) => await outcome([world.forsta(parameters)], input),
		settle: (words, run, did, read) => settleCase(facts, words, run, did, read),
		close: async () => {
			faults.clear();
			await world.mock.close();
		},
	};
}
