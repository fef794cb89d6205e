import { resetTokenStore } from '../../../nodes/shared/auth/tokens';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { startFasterForwardMock, type FasterForwardMock, type FasterForwardMockOptions } from '../../mocks/fasterforward';
import type { FaultLayer } from '../../mocks/shared';
import { runFasterForward, type FfRunOptions } from '../../unit/fasterforward/ffContext';
import { faultLayerOn } from './faultCase';
import { fasterForwardFacts } from './fasterForwardFaults';
import { inProcessOutcome, settleCase, settleFaults, type CaseRun, type CaseWords, type ReadCheck } from './forstaFasterForwardCase';

export interface FasterForwardInProcess {
	mock: FasterForwardMock;
	faults: FaultLayer;
	/**
	 * The node's execute() with these parameters, every request's timeout capped at `timeoutCapMs`. It ends the
	 * case: the faults are cleared afterwards (`tried` counts them), so hanging requests reach the log.
	 */
	run(parameters: Record<string, unknown>, options?: FfRunOptions): Promise<CaseRun>;
	settle(words: CaseWords, run: CaseRun, did: string, read?: ReadCheck): void;
	close(): Promise<void>;
}

/** A Faster Forward mock with a fault layer, and the node run in-process against it; tokens and throttles start empty. */
export async function fasterForwardInProcess(timeoutCapMs: number, options: FasterForwardMockOptions = {}): Promise<FasterForwardInProcess> {
	resetThrottles();
	resetTokenStore();
	const mock = await startFasterForwardMock(options);
	const faults = faultLayerOn(mock);
	const facts = fasterForwardFacts(mock, 'in-process');
	return {
		mock,
		faults,
		async run(parameters, runOptions = {}) {
			const mark = mock.log.lastSeq;
			const outcome = await inProcessOutcome(async () => [(await runFasterForward(mock, parameters, { ...runOptions, timeoutCapMs })).items]);
			const tried = await settleFaults(faults);
			return { outcome, tried, log: mock.log.since(mark) };
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
