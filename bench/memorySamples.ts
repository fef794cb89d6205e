import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preload } from './n8nInstance';

/** One sample of bench/memorySampler.cjs: the process's RSS and what V8 reports of it, in bytes. */
export interface MemorySample {
	rss: number;
	/** Live and not yet collected JavaScript objects. */
	heapUsed: number;
	/** Memory outside the JavaScript heap held by JavaScript objects: mostly Buffers such as HTTP bodies. */
	external: number;
}

/** The bench's side of bench/memorySampler.cjs for one n8n process. */
export class MemorySampler {
	private readonly dir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
	private readonly file = join(this.dir, 'highest.json');

	/** The environment that loads the sampler into n8n. */
	env(): Record<string, string> {
		return { NODE_OPTIONS: preload('memorySampler.cjs'), BENCH_MEMORY_SAMPLES: this.file };
	}

	/** Starts a new highest-RSS sample and returns the first one taken after the reset. */
	async reset(): Promise<MemorySample> {
		await this.ask('reset');
		return this.highest();
	}

	/** A sample taken right after a full garbage collection in n8n: what it holds, without garbage. */
	async collect(): Promise<MemorySample> {
		await this.ask('collect');
		return JSON.parse(readFileSync(`${this.file}.collected`, 'utf8')) as MemorySample;
	}

	/** The sample with the highest RSS since the last reset. */
	highest(): MemorySample {
		return JSON.parse(readFileSync(this.file, 'utf8')) as MemorySample;
	}

	/** Leaves a request file for the sampler and waits until it has been carried out (the sampler deletes it). */
	private async ask(request: 'reset' | 'collect'): Promise<void> {
		const requestFile = `${this.file}.${request}`;
		writeFileSync(requestFile, '');
		for (let waited = 0; existsSync(requestFile); waited += 10) {
			if (waited > 5_000) throw new Error('the memory sampler in n8n did not answer');
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	close(): void {
		rmSync(this.dir, { recursive: true, force: true });
	}
}
