/**
 * n8n stores execution data in the "flatted" format and GET /rest/executions/:id returns it as is: a JSON array
 * whose first entry is the root; inside objects and arrays every string is the index of the entry that holds the
 * real value (strings themselves live as entries). This rebuilds the object graph, shared references included.
 */
export function parseFlatted(text: string): unknown {
	const entries = JSON.parse(text) as unknown[];
	if (!Array.isArray(entries) || entries.length === 0) throw new Error('not flatted data: expected a non-empty array');
	const revived = new Set<object>();
	const pending: object[] = [];
	const resolve = (reference: unknown): unknown => {
		if (typeof reference !== 'string') return reference;
		const value = entries[Number(reference)];
		if (typeof value === 'object' && value !== null && !revived.has(value)) {
			revived.add(value);
			pending.push(value);
		}
		return value;
	};
	const root = resolve('0');
	// An explicit work list instead of recursion: run data of big executions nests deeply.
	while (pending.length > 0) {
		const container = pending.pop() as Record<string, unknown>;
		for (const key of Object.keys(container)) container[key] = resolve(container[key]);
	}
	return root;
}
