import type { IWebhookFunctions } from 'n8n-workflow';

/** Enough for a busy tenant within one signature's lifetime; the oldest are forgotten first beyond it. */
export const MAX_REMEMBERED_CALLS = 10_000;

/** Per trigger node: the signed calls it accepted, each with the time it may be forgotten, oldest first. */
const acceptedCalls = new Map<string, Map<string, number>>();

/** One memory per trigger node of a workflow. */
export function replayScope(ctx: IWebhookFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`;
}

/**
 * Whether a signed call was already accepted within `rememberMs`; if not, it is remembered now. The check and the
 * record happen without a pause in between, so two copies arriving together cannot both pass. It is this n8n
 * process's memory only: a restart forgets it; in queue mode replayCheck.ts asks n8n's Redis first.
 */
export function isReplay(scope: string, callKey: string, now: number, rememberMs: number): boolean {
	let calls = acceptedCalls.get(scope);
	if (!calls) {
		calls = new Map();
		acceptedCalls.set(scope, calls);
	}
	// Every entry of a scope is kept equally long, so insertion order is expiry order.
	for (const [key, forgetAt] of calls) {
		if (forgetAt > now) break;
		calls.delete(key);
	}
	if (calls.has(callKey)) return true;
	calls.set(callKey, now + rememberMs);
	if (calls.size > MAX_REMEMBERED_CALLS) calls.delete(calls.keys().next().value as string);
	return false;
}

/** Forgets every accepted call; for tests. */
export function resetReplayMemory(): void {
	acceptedCalls.clear();
}
