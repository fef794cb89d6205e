import type { IDataObject } from 'n8n-workflow';
import { describeBytes, LIMITS_SENTENCE, MAX_BODY_BYTES, MAX_DOCUMENT_BYTES } from '../fasterForwardLimits';

/** One document for the body: its bytes and the fields (dotted paths) that receive its content and names. */
export interface DocumentPart {
	/** Where the document came from, for errors: `binary property "data" (scan.pdf)`. */
	label: string;
	bytes: Buffer;
	contentField: string;
	fileName?: { field: string; value: string };
	mimeType?: { field: string; value: string };
}

/** The body as JSON text, or what is wrong with it (a problem of the Documents field, worded to follow its name). */
export type DocumentBody = { ok: true; json: string } | { ok: false; problem: string };

const segmentsOf = (path: string) => path.split('.');

/**
 * Sets `value` at a dotted path, creating objects (or lists, for numeric segments) on the way. Never overwrites:
 * returns the problem instead when the metadata already has something there.
 */
export function setAt(target: IDataObject, path: string, value: unknown): string | undefined {
	const segments = segmentsOf(path);
	if (!path || segments.some((segment) => segment === '')) return `has an empty part in the path "${path}"`;
	let holder = target as Record<string, unknown>;
	for (const [index, segment] of segments.slice(0, -1).entries()) {
		const existing = holder[segment];
		if (existing === undefined) holder[segment] = /^\d+$/.test(segments[index + 1]) ? [] : {};
		else if (existing === null || typeof existing !== 'object') return `goes through "${segment}" in "${path}", which the metadata sets to a plain value`;
		holder = holder[segment] as Record<string, unknown>;
	}
	const last = segments[segments.length - 1];
	if (holder[last] !== undefined) return `points at "${path}", which the metadata already sets`;
	holder[last] = value;
	return undefined;
}

/** The per-document limit, checked on the decoded bytes before anything is encoded or sent. */
export function documentSizeProblem(part: DocumentPart): string | undefined {
	if (part.bytes.length <= MAX_DOCUMENT_BYTES) return undefined;
	return `holds the document from ${part.label}, which is ${describeBytes(part.bytes.length)}. ${LIMITS_SENTENCE}.`;
}

/** The metadata with each document's content (as `content` gives it) and names at their fields, as JSON text. */
function filledBody(metadata: IDataObject, parts: DocumentPart[], content: (part: DocumentPart) => string): DocumentBody {
	const body = structuredClone(metadata);
	for (const part of parts) {
		const problem =
			setAt(body, part.contentField, content(part)) ??
			(part.fileName && setAt(body, part.fileName.field, part.fileName.value)) ??
			(part.mimeType && setAt(body, part.mimeType.field, part.mimeType.value));
		if (problem) return { ok: false, problem };
	}
	return { ok: true, json: JSON.stringify(body) };
}

const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * The JSON text of the upload: the metadata with each document's base64 content (and names) at their fields.
 * Every document and the whole body are checked against the documented limits; nothing oversized is returned.
 * The body's size is known before encoding (base64 text needs no escaping in JSON), so an oversized body is
 * refused without encoding tens of megabytes first.
 */
export function documentBody(metadata: IDataObject, parts: DocumentPart[]): DocumentBody {
	const tooLarge = parts.map(documentSizeProblem).find(Boolean);
	if (tooLarge) return { ok: false, problem: tooLarge };
	const skeleton = filledBody(metadata, parts, () => '');
	if (!skeleton.ok) return skeleton;
	const size = Buffer.byteLength(skeleton.json) + parts.reduce((total, part) => total + base64Length(part.bytes.length), 0);
	if (size > MAX_BODY_BYTES) {
		return { ok: false, problem: `make a request body of ${describeBytes(size)}. ${LIMITS_SENTENCE}; send fewer or smaller documents per request.` };
	}
	return filledBody(metadata, parts, (part) => part.bytes.toString('base64'));
}
