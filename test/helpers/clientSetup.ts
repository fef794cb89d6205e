import { createApiClient, type ApiClient } from '../../nodes/shared/transport/apiClient';
import type { ServiceProfile } from '../../nodes/shared/transport/types';
import { Throttle } from '../../nodes/shared/throttle/throttle';
import { fakeContext, type FakeContext, type FakeContextOptions } from './fakeContext';
import { TestServer } from './testServer';
import { testCredentials, testProfile } from './testProfile';
import { VirtualClock } from './virtualClock';

export interface ClientSetup extends FakeContext {
	clock: VirtualClock;
	server: TestServer;
	profile: ServiceProfile;
	throttle: Throttle;
	client: ApiClient;
}

/** A local server, a fake n8n context pointing at it, and an ApiClient on a virtual clock with its own throttle. */
export async function clientSetup(
	options: { profile?: Partial<ServiceProfile>; context?: FakeContextOptions } = {},
): Promise<ClientSetup> {
	const clock = new VirtualClock();
	const server = await TestServer.start(() => clock.now());
	const profile = testProfile(options.profile);
	const fake = fakeContext({ credentials: testCredentials(server.origin), ...options.context });
	const throttle = new Throttle(profile.windows, clock, profile.rateHeaders?.window);
	const client = await createApiClient(fake.ctx, profile, { clock, throttle });
	return { ...fake, clock, server, profile, throttle, client };
}
