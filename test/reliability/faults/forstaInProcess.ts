import type { IDataObject } from 'n8n-workflow';
import { withStoredBearer } from '../../../nodes/shared/auth/bearer';
import { resetTokenStore } from '../../../nodes/shared/auth/tokens';
import { runOperations } from '../../../nodes/shared/operations/router';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { forstaResources } from '../../../nodes/Forsta/actions';
import { forstaTokenFlow } from '../../../nodes/Forsta/forstaAuth';
import { forstaSurveysProfile } from '../../../nodes/Forsta/forstaProfiles';
import { fakeContext } from '../../helpers/fakeContext';
import { startForstaMock, type ForstaMock, type ForstaMockOptions } from '../../mocks/forsta';
import type { FaultLayer } from '../../mocks/shared';
import { faultLayerOn } from './faultCase';
import { inProcessOutcome, settleCase, settleFaults, type CaseWords, type ReadCheck } from './forstaFasterForwardCase';
import { forstaFacts, responseIdsOf, responseRows, RESPONSES, type ForstaCaseRun } from './forstaFaults';

export interface ForstaInProcess {
	mock: ForstaMock;
	faults: FaultLayer;
	/**
	 * The Forsta node's execute() with these parameters, every request's timeout capped at `timeoutCapMs`. It ends
	 * the case: the faults are cleared afterwards (`tried` counts them), so hanging requests reach the log.
	 */
	run(parameters: Record<string, unknown>, items?: IDataObject[]): Promise<ForstaCaseRun>;
	settle(words: CaseWords, run: ForstaCaseRun, did: string, read?: ReadCheck): void;
	close(): Promise<void>;
}

/**
 * A Forsta mock with a fault layer, and the Forsta node run in-process against it as n8n would run it (the
 * credential's bearer from the engine's token store). Tokens and throttles start empty.
 */
export async function forstaInProcess(timeoutCapMs: number, options: ForstaMockOptions = {}): Promise<ForstaInProcess> {
	resetThrottles();
	resetTokenStore();
	const mock = await startForstaMock({ seed: { responses: RESPONSES }, ...options });
	const faults = faultLayerOn(mock);
	const facts = forstaFacts(mock, 'in-process');
	const credentials = { site: 'custom', apiUrl: mock.url, identityUrl: mock.url, clientId: mock.clientId, clientSecret: mock.clientSecret, scope: 'pub.surveys', accessToken: '' };
	return {
		mock,
		faults,
		async run(parameters, items) {
			const { ctx } = fakeContext({
				credentialType: 'forstaApi',
				credentials,
				items,
				parameters,
				timeoutCapMs,
				authenticate: (creds, request) => withStoredBearer(forstaTokenFlow, creds, request),
			});
			const before = responseIdsOf(mock);
			const mark = mock.log.lastSeq;
			const outcome = await inProcessOutcome(async () => await runOperations(ctx, forstaResources, forstaSurveysProfile));
			const tried = await settleFaults(faults);
			return { outcome, tried, log: mock.log.since(mark), rows: responseRows(before, responseIdsOf(mock)) };
		},
		settle: (words, run, did, read) => settleCase(facts, words, run, did, read),
		close: async () => {
			faults.clear();
			await mock.close();
			resetThrottles();
			resetTokenStore();
		},
	};
}
