import { DEFAULT_SEED, seedCollections, type SeedSizes } from './seed';
import type { Doc } from './types';

export interface WebhookSubscription {
	id: string;
	url: string;
	events: string[];
	createdAt: string;
}

/** Everything the mock remembers; `reset()` returns to the seeded state. */
export class FastCommentsState {
	collections: Record<string, Doc[]> = {};
	webhooks: WebhookSubscription[] = [];
	private counter = 0;

	constructor(
		readonly tenantId: string,
		private readonly sizes: Required<SeedSizes>,
	) {
		this.reset();
	}

	static create(tenantId: string, seed: SeedSizes = {}): FastCommentsState {
		return new FastCommentsState(tenantId, { ...DEFAULT_SEED, ...seed });
	}

	reset(): void {
		this.collections = seedCollections(this.sizes, this.tenantId);
		this.webhooks = [];
		this.counter = 0;
	}

	newId(prefix: string): string {
		this.counter += 1;
		return `${prefix}${Date.now().toString(16)}${this.counter.toString(16).padStart(6, '0')}`;
	}

	list(name: string): Doc[] {
		return (this.collections[name] ??= []);
	}
}
