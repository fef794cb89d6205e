import fc from 'fast-check';
import { isAuthenticCall, MAX_SIGNATURE_AGE_MS, REPLAY_MEMORY_MS } from '../../../../nodes/FastComments/trigger/verifySignature';
import { isReplay, MAX_REMEMBERED_CALLS, resetReplayMemory } from '../../../../nodes/shared/webhook/replayMemory';
import { recordReliability } from '../../../reliability/ledger';
import { signFastCommentsWebhook } from '../../../mocks/fastcomments';

/**
 * FastComments signs the timestamp, so a copy of a signed call is refused either by the trigger's memory of
 * accepted calls or, once that has forgotten it, by the timestamp being stale: there is no moment in between.
 */
const SECRET = 'fc_secret_for_replay_window_tests';
const BODY = '{"id":"c1","comment":"Hi"}';

beforeEach(() => resetReplayMemory());

test('a copy is refused at any later moment: remembered, or stale', () => {
	let copies = 0;
	let accepted = 0;
	fc.assert(
		fc.property(
			// When it was signed relative to its first arrival (FastComments' clock may be ahead or behind), and when the copy comes.
			fc.integer({ min: -MAX_SIGNATURE_AGE_MS, max: MAX_SIGNATURE_AGE_MS }),
			fc.integer({ min: 0, max: 3 * REPLAY_MEMORY_MS }),
			fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
			(skewMs, laterMs, firstArrival) => {
				resetReplayMemory();
				const timestamp = String(Math.floor((firstArrival + skewMs) / 1000));
				const signature = signFastCommentsWebhook(BODY, SECRET, timestamp);
				const arrive = (now: number) =>
					isAuthenticCall({ secret: SECRET, timestamp, signature, rawBody: Buffer.from(BODY), now }) && !isReplay('workflow:node', signature, now, REPLAY_MEMORY_MS);
				// A timestamp within the window, rounded down to a second, may already be just past it: then even the first is refused.
				if (!arrive(firstArrival)) return;
				copies += 1;
				if (arrive(firstArrival + laterMs)) accepted += 1;
			},
		),
		{ numRuns: 500 },
	);
	recordReliability({
		table: 'webhooks',
		service: 'FastComments',
		subject: 'FastComments Trigger',
		trial: 'copy at a random later time',
		expected: '401 (remembered or stale)',
		observed: `${copies - accepted}/${copies} refused`,
		tried: copies,
		lost: 0,
		duplicated: accepted,
		doubleSent: 0,
		leaked: 0,
		runtime: 'in-process',
	});
	expect(copies).toBeGreaterThan(400);
	expect(accepted).toBe(0);
});

test('each trigger node remembers its own calls', () => {
	expect(isReplay('workflow:a', 'sig', 0, REPLAY_MEMORY_MS)).toBe(false);
	expect(isReplay('workflow:b', 'sig', 0, REPLAY_MEMORY_MS)).toBe(false);
	expect(isReplay('workflow:a', 'sig', 1, REPLAY_MEMORY_MS)).toBe(true);
});

test('the memory is bounded: beyond its size the oldest calls are forgotten first', () => {
	for (let index = 0; index <= MAX_REMEMBERED_CALLS; index++) isReplay('workflow:a', `sig-${index}`, index, REPLAY_MEMORY_MS);
	expect(isReplay('workflow:a', `sig-${MAX_REMEMBERED_CALLS}`, MAX_REMEMBERED_CALLS, REPLAY_MEMORY_MS)).toBe(true);
	expect(isReplay('workflow:a', 'sig-0', MAX_REMEMBERED_CALLS, REPLAY_MEMORY_MS)).toBe(false);
});
