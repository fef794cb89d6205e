import { rmSync } from 'node:fs';
import { stopProcessGroup } from './processGroup';

/** Stops n8n's process group and removes the temp folder, or keeps the folder when KEEP_N8N=1 for debugging. */
export async function cleanUp(target: { pid?: number; tempDir: string; logPath: string }): Promise<void> {
	if (target.pid) {
		const outcome = await stopProcessGroup(target.pid);
		if (outcome === 'killed') console.warn('[n8n harness] n8n ignored SIGTERM for 15 s and was killed');
	}
	if (process.env.KEEP_N8N === '1') {
		console.log(`\n[n8n harness] KEEP_N8N=1: kept ${target.tempDir} (n8n log: ${target.logPath})`);
		return;
	}
	rmSync(target.tempDir, { recursive: true, force: true, maxRetries: 3 });
}
