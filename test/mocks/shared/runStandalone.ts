/** What a standalone mock needs: how to start it, and what to tell the person who started it. */
export interface StandaloneMock<M extends { close(): Promise<void> }> {
	/** e.g. HIVE_MOCK_PORT: read when no port is given as the first argument. */
	portEnv: string;
	defaultPort: number;
	start(port: number): Promise<M>;
	/** Lines printed once it listens; the first should name its URL. */
	describe(mock: M): string[];
}

/** Runs a mock as its own process (`npx tsx test/mocks/<service>/main.ts [port]`; 0 picks a free port); Ctrl-C stops it. */
export function runStandalone<M extends { close(): Promise<void> }>(spec: StandaloneMock<M>): void {
	const run = async () => {
		const given = process.argv[2] ?? process.env[spec.portEnv];
		const port = Number(given ?? spec.defaultPort);
		if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${given}`);
		const mock = await spec.start(port);
		process.stdout.write([...spec.describe(mock), ''].join('\n'));
		const stop = () => void mock.close().then(() => process.exit(0));
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	};
	run().catch((error: Error) => {
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	});
}
