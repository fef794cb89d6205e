import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mockPort } from './config';
import type { SandboxService, StartedMock } from './service';

export interface RunningService {
	service: SandboxService;
	mock: StartedMock;
	port: number;
}

const SERVICES_DIR = join(__dirname, 'services');

/** Every file in services/ is one service; reading the folder means adding a service touches nothing else. */
export async function loadServices(): Promise<SandboxService[]> {
	const files = readdirSync(SERVICES_DIR)
		.filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))
		.sort();
	const services: SandboxService[] = [];
	for (const file of files) {
		const loaded = (await import(join(SERVICES_DIR, file))) as { default?: SandboxService };
		if (!loaded.default?.id) throw new Error(`scripts/sandbox/services/${file} must default-export a SandboxService`);
		services.push(loaded.default);
	}
	return services;
}

export interface MockStartResult {
	running: RunningService[];
	/** Services whose mock exists but failed to start (not counting a taken port, which stops the sandbox). */
	failed: string[];
}

/**
 * Starts each service's mock on its fixed port. A service whose mock is missing is skipped with one line, and so is
 * one whose mock throws while starting (its owner may be mid-change); a taken port stops the sandbox with the fix.
 */
export async function startMocks(services: SandboxService[], repoRoot: string, say: (line: string) => void): Promise<MockStartResult> {
	const result: MockStartResult = { running: [], failed: [] };
	for (const service of services) {
		if (!existsSync(join(repoRoot, service.mockDir, 'index.ts'))) {
			say(`skipped ${service.title}: its mock (${service.mockDir}) does not exist yet`);
			continue;
		}
		const port = mockPort(service.id, service.defaultPort);
		try {
			result.running.push({ service, mock: await startOn(service, port, say), port });
		} catch (error) {
			if (isPortTaken(error as Error & { code?: string })) {
				await stopMocks(result.running);
				throw new Error(`port ${port} for the ${service.title} mock is taken; set ${service.id.toUpperCase()}_MOCK_PORT to another port (0 picks a free one)`);
			}
			say(`skipped ${service.title}: its mock failed to start: ${(error as Error).message.split('\n')[0]}`);
			result.failed.push(service.title);
		}
	}
	return result;
}

/** A service that only its own credential needs to find moves to a free port when its port is taken. */
async function startOn(service: SandboxService, port: number, say: (line: string) => void): Promise<StartedMock> {
	try {
		return await service.start(port);
	} catch (error) {
		if (!service.anyPortWhenTaken || port === 0 || !isPortTaken(error as Error & { code?: string })) throw error;
		say(`port ${port} for the ${service.title} mock is taken, so it listens on a free port; its credential follows it`);
		return await service.start(0);
	}
}

export async function stopMocks(running: RunningService[]): Promise<void> {
	await Promise.allSettled(running.map(({ mock }) => mock.close()));
}

function isPortTaken(error: Error & { code?: string }): boolean {
	return error.code === 'EADDRINUSE' || /EADDRINUSE/.test(error.message);
}
