import { WaitLog } from '../throttle/waitLog';
import { createApiClient, type ApiClient, type ApiClientOptions, type RequestContext } from './apiClient';
import type { ServiceProfile } from './types';

/**
 * The API clients of one execution of a node, one per API it calls (Flowbox's feed host, Forsta's Hubs API): all
 * repeat through faults within the same Retry Budget and log into one WaitLog, so the node's hint counts every wait.
 */
export class ExecutionClients {
	readonly waits = new WaitLog();
	private readonly clients = new Map<ServiceProfile, Promise<ApiClient>>();

	constructor(
		private readonly ctx: RequestContext,
		private readonly options: Omit<ApiClientOptions, 'waits'> = {},
	) {}

	/** The execution's client for this API; items run at once share it, so it is made once. */
	async clientFor(profile: ServiceProfile): Promise<ApiClient> {
		let client = this.clients.get(profile);
		if (!client) {
			client = createApiClient(this.ctx, profile, { ...this.options, waits: this.waits });
			this.clients.set(profile, client);
		}
		return await client;
	}
}

/**
 * The client of a call made without node options: a poll, a webhook's setup, a dropdown. It repeats within the
 * default Retry Budget; its waits reach no hint, since n8n gives polls and hooks no addExecutionHints.
 */
export async function defaultClient(ctx: RequestContext, profile: ServiceProfile): Promise<ApiClient> {
	return await new ExecutionClients(ctx).clientFor(profile);
}
