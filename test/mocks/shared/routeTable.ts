export interface RouteMatch<T> {
	value: T;
	pattern: string;
	params: Record<string, string>;
}

interface CompiledRoute<T> {
	method: string;
	pattern: string;
	regex: RegExp;
	names: string[];
	value: T;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
	const names: string[] = [];
	const source = pattern
		.split('/')
		.map((segment) => {
			if (!segment.startsWith(':')) return escapeRegex(segment);
			names.push(segment.slice(1));
			return '([^/]+)';
		})
		.join('/');
	return { regex: new RegExp(`^${source}$`), names };
}

/** Method + path patterns with `:name` segments; the first route added wins when several match. */
export class RouteTable<T> {
	private readonly routes: CompiledRoute<T>[] = [];

	add(method: string, pattern: string, value: T): void {
		this.routes.push({ method: method.toUpperCase(), pattern, value, ...compile(pattern) });
	}

	match(method: string, path: string): RouteMatch<T> | undefined {
		const wanted = method.toUpperCase();
		for (const route of this.routes) {
			if (route.method !== wanted) continue;
			const found = route.regex.exec(path);
			if (!found) continue;
			const params: Record<string, string> = {};
			try {
				route.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
			} catch {
				continue; // a malformed %-escape in a segment matches nothing, as in Rails
			}
			return { value: route.value, pattern: route.pattern, params };
		}
		return undefined;
	}
}
