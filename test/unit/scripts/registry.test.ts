import { join } from 'node:path';
import { startMocks } from '../../../scripts/sandbox/registry';
import type { SandboxService } from '../../../scripts/sandbox/service';

const REPO_ROOT = join(__dirname, '..', '..', '..');

/** A service whose mock says its port is taken unless it is asked for any free one (0). */
function busyPortService(anyPortWhenTaken: boolean, ports: number[]): SandboxService {
	return {
		id: 'busy',
		title: 'Busy',
		mockDir: 'test/mocks/chatModel',
		defaultPort: 4999,
		anyPortWhenTaken,
		start: async (port) => {
			ports.push(port);
			if (port !== 0) throw Object.assign(new Error(`listen EADDRINUSE: address already in use 127.0.0.1:${port}`), { code: 'EADDRINUSE' });
			return { url: 'http://127.0.0.1:40000', credentialData: {}, details: [], close: async () => undefined };
		},
		credential: { type: 'busyApi', name: 'Busy sandbox' },
		examples: [],
	};
}

describe('starting the sandbox mocks on a taken port', () => {
	it('moves a mock that only its credential calls to a free port, and says so', async () => {
		const ports: number[] = [];
		const said: string[] = [];
		const result = await startMocks([busyPortService(true, ports)], REPO_ROOT, (line) => said.push(line));
		expect(ports).toEqual([4999, 0]);
		expect(result.running.map(({ mock }) => mock.url)).toEqual(['http://127.0.0.1:40000']);
		expect(said).toEqual(['port 4999 for the Busy mock is taken, so it listens on a free port; its credential follows it']);
	});

	it('stops with the variable to set for any other mock', async () => {
		const ports: number[] = [];
		await expect(startMocks([busyPortService(false, ports)], REPO_ROOT, () => undefined)).rejects.toThrow(
			'port 4999 for the Busy mock is taken; set BUSY_MOCK_PORT to another port (0 picks a free one)',
		);
		expect(ports).toEqual([4999]);
	});
});
