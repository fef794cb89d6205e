import { cleanUp } from './cleanUp';
import type { HarnessState } from './state';

/** Runs in the same process as globalSetup, which left the running n8n in globalThis.__n8nHarness. */
export default async function globalTeardown(): Promise<void> {
	const state = globalThis.__n8nHarness;
	if (!state) return;
	globalThis.__n8nHarness = undefined;
	const started = Date.now();
	await cleanUp({ pid: state.connection.pid, tempDir: state.connection.tempDir, logPath: state.connection.logPath });
	state.removeSafetyNet();
	console.log(`[n8n harness] stopped n8n and cleaned up in ${Date.now() - started} ms`);
	if (process.env.KEEP_N8N === '1') printRestartHint(state);
}

function printRestartHint({ connection }: HarnessState): void {
	console.log(
		`[n8n harness] to look at the workflows and executions in the editor, start it again on that folder:\n` +
			`  N8N_USER_FOLDER=${connection.userFolder} NODE_ENV=production ${connection.n8nDir}/node_modules/.bin/n8n start\n` +
			`  then log in as ${connection.owner.email} / ${connection.owner.password}`,
	);
}
