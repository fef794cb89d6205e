import type { IDataObject } from 'n8n-workflow';

/** Longer values are rarely repeated (texts); at most this many distinct values are kept per read. */
const MAX_LENGTH = 256;
const MAX_VALUES = 10_000;
/** After this many values a field whose values mostly differ (ids, texts) is no longer looked up. */
const TRIAL = 200;

interface FieldStats {
	seen: number;
	repeats: number;
}

/**
 * Makes the items of one read share a single copy of each string value that repeats across them (the tenant, the
 * page a comment is on, a currency): JSON.parse gives every item its own copy, so a read of 100,000 items would hold
 * such a value 100,000 times. Only top-level fields are looked at, and only fields that prove repetitive. The items
 * are changed in place; their values stay equal.
 */
export class RepeatedStrings {
	private readonly values = new Map<string, string>();
	private readonly fields = new Map<string, FieldStats>();

	/** Returns how many values now point to a copy shared with an earlier item. */
	share(items: IDataObject[]): number {
		let shared = 0;
		for (const item of items) shared += this.shareItem(item);
		return shared;
	}

	shareItem(item: IDataObject): number {
		let shared = 0;
		for (const field in item) {
			const value = item[field];
			if (typeof value !== 'string' || value.length > MAX_LENGTH) continue;
			const stats = this.statsOf(field);
			if (stats.seen >= TRIAL && stats.repeats * 2 < stats.seen) continue;
			stats.seen++;
			const copy = this.values.get(value);
			if (copy !== undefined) {
				stats.repeats++;
				shared++;
				item[field] = copy;
			} else if (this.values.size < MAX_VALUES) {
				this.values.set(value, value);
			}
		}
		return shared;
	}

	private statsOf(field: string): FieldStats {
		let stats = this.fields.get(field);
		if (!stats) {
			stats = { seen: 0, repeats: 0 };
			this.fields.set(field, stats);
		}
		return stats;
	}
}
