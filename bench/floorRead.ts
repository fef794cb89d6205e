import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FloorSource } from './sources/fastComments';

export interface FloorRun {
	/** Peak RSS during the read, less the RSS before it. */
	growthBytes: number;
	/** Heap the kept rows take after a full garbage collection. */
	liveBytes: number;
	ms: number;
	complete: boolean;
}

/**
 * One read by bench/floorReader.cjs in a fresh Node process: the memory a client needs that only parses and keeps
 * rows. `v8Flags` change how V8 manages that process's heap (e.g. the size of its young generation).
 */
export async function floorRead(source: FloorSource, v8Flags: string[] = []): Promise<FloorRun> {
	const started = Date.now();
	const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', ...v8Flags, join(__dirname, 'floorReader.cjs'), JSON.stringify(source.config)], {
		maxBuffer: 1024 * 1024,
	});
	const result = JSON.parse(stdout) as { lastId: unknown; growthBytes: number; liveBytes: number };
	return { growthBytes: result.growthBytes, liveBytes: result.liveBytes, ms: Date.now() - started, complete: result.lastId === source.lastId };
}
