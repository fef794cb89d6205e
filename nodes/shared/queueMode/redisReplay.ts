import { createHash } from 'crypto';
import type { RedisLink } from './redisLink';

/**
 * Webhook replay memory for every process of the instance: the first process to record a call wins (SET NX), so a
 * copy that reaches another webhook process is refused there too. Undefined when Redis did not answer: the caller
 * then uses its own process's memory.
 */
export async function isReplayShared(link: RedisLink, scope: string, callKey: string, rememberMs: number): Promise<boolean | undefined> {
	if (!(await link.usable())) return undefined;
	const digest = createHash('sha256').update(`${scope}\n${callKey}`).digest('hex');
	const key = `${link.settings.prefix}:n8n-nodes-service-pack:replay:${digest}`;
	try {
		const recorded = await link.client.set(key, '1', 'PX', Math.max(1, Math.round(rememberMs)), 'NX');
		return recorded !== 'OK';
	} catch {
		link.down();
		return undefined;
	}
}
