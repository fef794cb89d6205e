import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { MAX_BODY_BYTES, MAX_DOCUMENT_BYTES } from '../../../../nodes/FasterForward/fasterForwardLimits';
import { MOCK_API } from '../../../mocks/fasterforward';
import type { MixScenario } from '../../../reliability/input/continueOnFail';
import { checkRefusals, emptyTally } from '../../../reliability/input/driveParameters';
import { runFasterForwardNode, useFasterForwardSubject } from '../../../reliability/input/fasterForwardSubject';
import { recordInputRow } from '../../../reliability/input/inputRows';
import { watchFakeContexts } from '../../../reliability/input/observeRun';
import { expectAllRefused, testEveryParameter, testMixes } from '../../../reliability/input/suites';

watchFakeContexts();
const subject = useFasterForwardSubject();
const upload = () => subject.baseline({ resource: 'document', operation: 'upload' }).parameters;
const send = () => subject.baseline({ resource: 'apiRequest', operation: 'send' }).parameters;

describe('Faster Forward: every parameter of every operation, driven through bad values', () => {
	// The node has no date or id fields; Path is its required text.
	testEveryParameter(subject, 8, ['wrong type', 'empty value', 'invalid JSON', 'out of range', 'unknown option']);
});

const MAX_EXTRA = 64 * 1024;
let longest: string | undefined;
/** Base64 text of `length` characters (only its size matters), cut from one shared text so runs allocate no more. */
const base64Of = (length: number) => (longest ??= 'QUJD'.repeat((MAX_BODY_BYTES + MAX_EXTRA) / 4)).slice(0, length);
/** A document of `size` bytes; allocUnsafe leaves the pages untouched, and the node checks sizes before reading a byte. */
const document = (size: number, fileName: string) => ({ data: Buffer.allocUnsafe(size), fileName, mimeType: 'application/pdf' });

describe('Faster Forward: documents and bodies over the documented limits', () => {
	test('a document over 30 MB after decoding is refused by name before anything is sent, not even a token request', async () => {
		const tally = emptyTally();
		const sizes = fc.integer({ min: MAX_DOCUMENT_BYTES + 1, max: MAX_DOCUMENT_BYTES + 1024 * 1024 });
		const attempt = (size: number) => runFasterForwardNode(subject.mock(), upload(), { binaries: [{ data: document(size, 'huge.pdf') }] });
		await checkRefusals(sizes, attempt, { where: 'Document: Upload', labels: ['Documents'], secrets: subject.secrets() }, tally, 3);
		recordInputRow('Faster Forward', 'document over 30 MB', 'Document: Upload', tally);
		expectAllRefused(tally);
	}, 60_000);

	test('a request body over 45 MB is refused by name: two documents that fit alone, or an API Request body', async () => {
		const tally = emptyTally();
		const secrets = subject.secrets();
		// Two documents of 18 to 30 MB: each within the document limit, together over 48 MB once base64-encoded.
		const pairs = fc.tuple(fc.integer({ min: 18 * 1024 * 1024, max: MAX_DOCUMENT_BYTES }), fc.integer({ min: 18 * 1024 * 1024, max: MAX_DOCUMENT_BYTES }));
		const twoDocuments = { document: [{ binaryProperty: 'data', contentField: 'files.0' }, { binaryProperty: 'scan', contentField: 'files.1' }] };
		const viaDocuments = ([first, second]: [number, number]) =>
			runFasterForwardNode(subject.mock(), { ...upload(), documents: twoDocuments }, { binaries: [{ data: document(first, 'a.pdf'), scan: document(second, 'b.pdf') }] });
		await checkRefusals(pairs, viaDocuments, { where: 'Document: Upload', labels: ['Documents'], secrets }, tally, 4);
		const lengths = fc.integer({ min: MAX_BODY_BYTES, max: MAX_BODY_BYTES + MAX_EXTRA });
		const viaBody = (length: number) => subject.run({ ...send(), method: 'POST', path: `${MOCK_API}/documents`, body: { document: base64Of(length) } });
		await checkRefusals(lengths, viaBody, { where: 'API Request: Send', labels: ['Body (JSON)'], secrets }, tally, 2);
		recordInputRow('Faster Forward', 'request body over 45 MB', 'Document: Upload, API Request: Send', tally);
		expectAllRefused(tally);
	}, 60_000);
});

describe('Faster Forward: Continue On Fail with bad items among valid ones', () => {
	const uploadsIn = (entry: { method: string; path: string; body?: unknown }) =>
		entry.method === 'POST' && entry.path === `${MOCK_API}/documents` ? [String((entry.body as IDataObject).ref)] : [];
	const scenarios: MixScenario[] = [
		{
			label: 'Document: Upload',
			valid: (index, run) => ({ parameters: { ...upload(), metadata: JSON.stringify({ ref: `mix-${run}-${index}` }) } }),
			keyOf: (index, run) => `mix-${run}-${index}`,
			keysIn: uploadsIn,
			path: ['documents', 'document', 0, 'binaryProperty'],
		},
		{
			label: 'API Request: Send',
			valid: (index, run) => ({ parameters: { ...send(), method: 'POST', path: `${MOCK_API}/documents`, body: JSON.stringify({ ref: `send-${run}-${index}` }) } }),
			keyOf: (index, run) => `send-${run}-${index}`,
			keysIn: uploadsIn,
			path: ['query'],
		},
	];

	// Few runs: Faster Forward allows 5 requests per second, and the valid items are really sent.
	testMixes(subject, scenarios, 4);
});
