/** Builds a path whose interpolated values are URL-encoded, so an id with `/`, `#` or `?` stays one segment. */
export function encodePath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	return strings.reduce((path, part, index) => {
		if (index === 0) return part;
		return path + encodeURIComponent(String(values[index - 1])) + part;
	}, '');
}

const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Joins a relative path to the base URL; the path can never change the host. */
export function joinUrl(baseUrl: string, path: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
		throw new Error(`The path "${path}" must be relative to the service's base URL, not a full URL`);
	}
	// URL parsing (axios's too) resolves "." and ".." away, also spelled "%2e", and reads a backslash as "/": such a segment
	// would send the request to another path than the one asked for, above the base URL's path or to a list route.
	if (path.split(/[?#]/)[0].split(/[/\\]/).some((segment) => DOT_SEGMENT.test(segment))) {
		throw new Error(`The path "${path}" must not contain ".." or "." segments`);
	}
	return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Accepts a link the service returned only if it points at the credential's own origin. */
export function sameOriginUrl(baseUrl: string, link: string): string {
	const base = new URL(baseUrl);
	const resolved = new URL(link, base.origin + (base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`));
	if (resolved.origin !== base.origin) {
		throw new Error(`The service returned a link to another host (${resolved.origin}); it was not followed`);
	}
	return resolved.toString();
}
