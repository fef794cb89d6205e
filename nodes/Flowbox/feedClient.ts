import type { IExecuteFunctions } from 'n8n-workflow';
import { createApiClient, type ApiClient } from '../shared/transport/apiClient';
import { flowboxFeedProfile } from './flowboxProfile';

const clients = new WeakMap<IExecuteFunctions, Promise<ApiClient>>();

/** The gateway client for one execution: the feed lives on another host than the External API the router uses. */
export async function feedClient(ctx: IExecuteFunctions): Promise<ApiClient> {
	let client = clients.get(ctx);
	if (!client) {
		client = createApiClient(ctx, flowboxFeedProfile);
		clients.set(ctx, client);
	}
	return await client;
}
