import * as pinnedWorkflow from 'n8n-workflow';
import { abortableSleep, systemClock } from '../../../../nodes/shared/throttle/clock';

/** The engine's waits must stay abortable on every n8n line: 2.8 has sleepWithAbort, 2.41 only a sleep that takes the signal. */
describe('abortableSleep', () => {
	test('on the pinned n8n-workflow (2.8) it is sleepWithAbort, whose plain sleep ignores a signal', () => {
		expect(abortableSleep(pinnedWorkflow)).toBe(pinnedWorkflow.sleepWithAbort);
	});

	test('on a 2.41-shaped module (no sleepWithAbort) it is sleep, and passes the signal on', async () => {
		const calls: Array<[number, AbortSignal | undefined]> = [];
		const sleep = async (ms: number, signal?: AbortSignal) => {
			calls.push([ms, signal]);
		};
		const chosen = abortableSleep({ sleep });
		expect(chosen).toBe(sleep);
		const controller = new AbortController();
		await chosen(5, controller.signal);
		expect(calls).toEqual([[5, controller.signal]]);
	});

	test('a module with neither fails loudly at load rather than at the first wait', () => {
		expect(() => abortableSleep({})).toThrow('n8n-workflow exports no sleep function');
	});
});

describe('systemClock.sleep', () => {
	test('an abort ends a long wait at once with n8n\'s cancellation error', async () => {
		const controller = new AbortController();
		const started = Date.now();
		const waiting = systemClock.sleep(60_000, controller.signal);
		setTimeout(() => controller.abort(), 20);
		await expect(waiting).rejects.toThrow(pinnedWorkflow.ManualExecutionCancelledError);
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	test('without a signal it waits the time asked', async () => {
		const started = Date.now();
		await systemClock.sleep(30);
		expect(Date.now() - started).toBeGreaterThanOrEqual(25);
	});
});
