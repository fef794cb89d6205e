/** Wall-clock time per phase, so every start (and --check) tells where the time went. */
export class Timings {
	private readonly started = Date.now();
	private readonly phases: Array<[string, number]> = [];

	measure<T>(phase: string, work: () => T): T {
		const since = Date.now();
		try {
			return work();
		} finally {
			this.phases.push([phase, Date.now() - since]);
		}
	}

	async measureAsync<T>(phase: string, work: () => Promise<T>): Promise<T> {
		const since = Date.now();
		try {
			return await work();
		} finally {
			this.phases.push([phase, Date.now() - since]);
		}
	}

	/** Records the time since the sandbox started under `phase`. */
	total(phase: string): void {
		this.phases.push([phase, Date.now() - this.started]);
	}

	format(): string {
		return this.phases.map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`).join(', ');
	}
}
