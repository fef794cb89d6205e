import type { INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../../shared/input/itemParameters';

/**
 * All that Faster Forward documents publicly about its paths (API 1.15): client files and documents are served on the
 * customer's domain, and /oauth/access_token gives tokens. The endpoint reference itself is given to customers only,
 * so a model told nothing would guess paths; this says so in the field's description, which reaches the model.
 */
export const PATH_DESCRIPTION =
	'A path from your Faster Forward API reference, relative to https://{domain}. The reference is not public: the API serves complete client files (klantdossiers) and accepts documents, and its one public path, /oauth/access_token, is used by the credential and refused here. Never invent or guess a path: use one given by the user or by this tool\'s description (ask the user when there is none), and keep to Allowed Paths when it is set.';

/** The same, for the upload operation's Path. */
export const UPLOAD_PATH_DESCRIPTION = `The upload endpoint. ${PATH_DESCRIPTION}`;

/** The token path family: the credential calls it itself, and its answer holds tokens that must stay out of items. */
const TOKEN_PATHS = /^\/oauth(\/|\?|#|$)/i;

/** Options of the operations that take a path: the paths they may call. */
export const pathOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Allowed Paths',
			name: 'allowedPaths',
			type: 'string',
			default: '',
			placeholder: 'e.g. /api/v1/dossiers, /api/v1/documents',
			description:
				"Path prefixes from your API reference that this node may call, separated by commas. A path outside them is refused before anything is sent, e.g. when an AI agent's model guesses one. Empty allows any path.",
		},
	],
};

/** "/a/b" is under "/a" and "/a/", not under "/ab". */
function isUnder(path: string, prefix: string): boolean {
	const base = prefix.replace(/\/+$/, '');
	return path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`) || base === '';
}

/** A path on the customer's domain, e.g. from the API reference Faster Forward gives its customers. */
export function relativePath(params: ItemParameters, name = 'path', label = 'Path'): string {
	const raw = params.string(name, label);
	if (!raw) throw params.fail(label, 'is empty; give the path from your Faster Forward API reference');
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)) throw params.fail(label, 'must be a path on your domain, not a full URL');
	if (raw.split(/[/?#]/).includes('..')) throw params.fail(label, 'must not contain ".." segments');
	const path = raw.startsWith('/') ? raw : `/${raw}`;
	if (TOKEN_PATHS.test(path)) throw params.fail(label, 'must not be the token endpoint (/oauth/…); the credential gets and renews tokens itself');
	const allowed = params.listOf('Allowed Paths', params.collection('options').allowedPaths).map((prefix) => (prefix.startsWith('/') ? prefix : `/${prefix}`));
	if (allowed.length && !allowed.some((prefix) => isUnder(path, prefix))) {
		throw params.fail(label, `is outside Allowed Paths (${allowed.join(', ')}): "${path}"`, 'Use a path under one of them; do not guess paths.');
	}
	return path;
}
