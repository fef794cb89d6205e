import type { SharedStore, SharingChoice } from '../state/sharedStore';
import type { RateLimiter } from '../throttle/rateLimiter';
import type { RateWindowSpec } from '../throttle/slidingWindow';
import { systemClock } from '../throttle/clock';
import { n8nQueueRedis, redisFromUrl, type QueueRedisSettings } from './n8nSettings';
import type { RedisLink } from './redisLink';

/** n8n's own queue-mode Redis, read once per process; null outside queue mode. */
let automatic: QueueRedisSettings | null | undefined;
const stores = new Map<string, { store: SharedStore; link: RedisLink }>();

function settingsFor(choice: SharingChoice): QueueRedisSettings | undefined {
	if (choice.mode === 'off') return undefined;
	automatic ??= n8nQueueRedis() ?? null;
	// sharedStoreFor has checked the URL.
	if (choice.mode === 'url') return redisFromUrl(choice.url, automatic?.prefix);
	return automatic ?? undefined;
}

function createStore(link: RedisLink): SharedStore {
	// Loaded only once a Redis is in use: nothing of ioredis touches a single n8n.
	const { SharedLimiter } = require('./sharedLimiter') as typeof import('./sharedLimiter');
	const { RedisTokens } = require('./redisTokens') as typeof import('./redisTokens');
	const { isReplayShared } = require('./redisReplay') as typeof import('./redisReplay');
	const limiters = new Map<string, RateLimiter>();
	return {
		tokens: new RedisTokens(link),
		limiter: (group: string, specs: RateWindowSpec[], headerWindow: number | undefined, share: number) => {
			const key = `${group}|${share}`;
			let limiter = limiters.get(key);
			if (!limiter) {
				limiter = new SharedLimiter(link, group, specs, systemClock, headerWindow, share);
				limiters.set(key, limiter);
			}
			return limiter;
		},
		isReplay: async (scope, callKey, rememberMs) => await isReplayShared(link, scope, callKey, rememberMs),
	};
}

/** The store for the Redis the choice points at, one per Redis for the process; undefined for a single n8n. */
export function openSharedStore(choice: SharingChoice, say: (message: string) => void): SharedStore | undefined {
	const settings = settingsFor(choice);
	if (!settings) return undefined;
	const id = `${settings.host}:${settings.port}/${settings.db}/${settings.prefix}`;
	let opened = stores.get(id);
	if (!opened) {
		const { RedisLink } = require('./redisLink') as typeof import('./redisLink');
		const link = new RedisLink(settings, say);
		opened = { store: createStore(link), link };
		stores.set(id, opened);
	}
	return opened.store;
}
