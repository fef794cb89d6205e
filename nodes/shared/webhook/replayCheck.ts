import type { ICredentialDataDecryptedObject, IWebhookFunctions } from 'n8n-workflow';
import { sharedStoreFor, sharingChoice } from '../state/sharedStore';
import { isReplay, replayScope } from './replayMemory';

/**
 * Whether this signed call was accepted before within `rememberMs` (and records it if not). In queue mode every
 * webhook process asks n8n's Redis, so a copy sent to another process is refused too; a single n8n, or any process
 * while Redis is away, keeps its own memory.
 */
export async function isReplayedCall(
	ctx: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	callKey: string,
	now: number,
	rememberMs: number,
): Promise<boolean> {
	const scope = replayScope(ctx);
	const store = await sharedStoreFor(sharingChoice(credentials), ctx.getNode());
	const shared = await store?.isReplay(scope, callKey, rememberMs);
	// The process's own memory records the call either way, so it still knows it if Redis goes away later.
	const local = isReplay(scope, callKey, now, rememberMs);
	return shared ?? local;
}
