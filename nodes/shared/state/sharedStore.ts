import { LoggerProxy, NodeOperationError, type INode } from 'n8n-workflow';
import type { RateLimiter } from '../throttle/rateLimiter';
import type { RateWindowSpec } from '../throttle/slidingWindow';
import type { SharedTokens } from './sharedTokens';

/** What the engine keeps for the whole n8n instance, not just this process, when n8n runs in queue mode. */
export interface SharedStore {
	readonly tokens: SharedTokens;
	/** The rate group's limiter, counted across every process; one per group for the process. */
	limiter(group: string, specs: RateWindowSpec[], headerWindow: number | undefined, share: number): RateLimiter;
	/** Whether any process accepted this webhook call already (and records it if not); undefined if Redis is away. */
	isReplay(scope: string, callKey: string, rememberMs: number): Promise<boolean | undefined>;
}

/** The credential's "Share State Across n8n Processes" setting. */
export type SharingChoice = { mode: 'auto' } | { mode: 'off' } | { mode: 'url'; url: string };

interface QueueModeEntry {
	openSharedStore(choice: SharingChoice, say: (message: string) => void): SharedStore | undefined;
}

let entry: Promise<QueueModeEntry> | undefined;

/**
 * The shared store when this n8n runs in queue mode (or the credential names a Redis), else undefined: a single n8n
 * keeps everything in its process, as before. The queue-mode folder breaks some of n8n's community rules for
 * good reasons (see its README.md), so it is loaded only here, on the first request that may need it.
 */
export async function sharedStoreFor(choice: SharingChoice, node?: INode): Promise<SharedStore | undefined> {
	if (choice.mode === 'off') return undefined;
	const problem = choice.mode === 'url' ? redisUrlProblem(choice.url) : undefined;
	// Without a node (a credential's own hook) nothing is shared; the node that uses the credential says why.
	if (problem && !node) return undefined;
	if (problem) throw new NodeOperationError(node!, `The credential's Redis URL ${problem}`, { description: 'Fix it in the credential, or set Share State Across Processes to Automatic.' });
	entry ??= import('../queueMode');
	return (await entry).openSharedStore(choice, (message) => LoggerProxy.warn(message));
}

/** Reads the setting from a credential; older credentials without it mean "automatic". */
export function sharingChoice(credentials: Record<string, unknown>): SharingChoice {
	const mode = credentials.stateSharing;
	if (mode === 'off') return { mode: 'off' };
	if (mode === 'url' && typeof credentials.stateRedisUrl === 'string' && credentials.stateRedisUrl.trim() !== '') {
		return { mode: 'url', url: credentials.stateRedisUrl.trim() };
	}
	return { mode: 'auto' };
}

/** What is wrong with a Redis URL, in words that never repeat it (it may hold a password); undefined if nothing. */
export function redisUrlProblem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'is not a URL';
	}
	if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') return 'must start with redis:// or rediss://';
	return parsed.hostname ? undefined : 'names no host';
}
