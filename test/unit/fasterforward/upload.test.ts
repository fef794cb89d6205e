import { MOCK_API } from '../../mocks/fasterforward';
import { runFasterForward, useFasterForwardMock, type Document } from './ffContext';

const pdf: Document = { data: Buffer.from('%PDF-1.7 mock'), fileName: 'paspoort.pdf', mimeType: 'application/pdf' };
const upload = (documents: object[], metadata = '{"dossierId": 42, "documentType": "ID"}') => ({
	resource: 'document',
	operation: 'upload',
	method: 'POST',
	path: `${MOCK_API}/documents`,
	documents: { document: documents },
	metadata,
});

describe('Faster Forward Document Upload', () => {
	const env = useFasterForwardMock();

	it('sends the binary base64-encoded at the chosen field, with its name, type and the metadata', async () => {
		const { items } = await runFasterForward(env.mock, upload([{ binaryProperty: 'data', contentField: 'document.content', fileNameField: 'document.name', mimeTypeField: 'document.type' }]), { binaries: [{ data: pdf }] });
		expect(env.mock.uploads[0].body).toEqual({ dossierId: 42, documentType: 'ID', document: { content: pdf.data.toString('base64'), name: 'paspoort.pdf', type: 'application/pdf' } });
		expect(items[0].json).toEqual({ id: 1, receivedBytes: env.mock.uploads[0].bytes });
	});

	it('places several documents into a list', async () => {
		const scan: Document = { data: Buffer.from([1, 2, 3]), fileName: 'scan.png', mimeType: 'image/png' };
		await runFasterForward(env.mock, upload([{ binaryProperty: 'data', contentField: 'files.0.content' }, { binaryProperty: 'scan', contentField: 'files.1.content', fileNameField: 'files.1.name' }]), { binaries: [{ data: pdf, scan }] });
		expect(env.mock.uploads[0].body).toMatchObject({ files: [{ content: pdf.data.toString('base64') }, { content: 'AQID', name: 'scan.png' }] });
	});

	it('refuses a document over 30 MB before anything is sent, not even a token request', async () => {
		const big: Document = { data: Buffer.alloc(30 * 1024 * 1024 + 10), fileName: 'huge.pdf' };
		await expect(runFasterForward(env.mock, upload([{ binaryProperty: 'data', contentField: 'document' }]), { binaries: [{ data: big }] })).rejects.toThrow(
			'The field "Documents" holds the document from binary property "data" (huge.pdf), which is 31,457,290 bytes (30.0 MB). Faster Forward accepts at most 31,457,280 bytes (30.0 MB) per document',
		);
		expect(env.mock.log.entries).toEqual([]);
	});

	it('names the field for a missing binary, a clash with the metadata and bad metadata JSON', async () => {
		const cases = [
			[upload([{ binaryProperty: 'missing', contentField: 'document' }]), 'No binary data property "missing"'],
			[upload([{ binaryProperty: 'data', contentField: 'documentType' }]), 'The field "Documents" points at "documentType", which the metadata already sets'],
			[upload([{ binaryProperty: 'data', contentField: 'document' }], '[1]'), 'The field "Metadata (JSON)" is not valid'],
			[upload([]), 'The field "Documents" is empty'],
		] as const;
		for (const [parameters, message] of cases) await expect(runFasterForward(env.mock, parameters, { binaries: [{ data: pdf }] })).rejects.toThrow(message);
		expect(env.mock.uploads).toEqual([]);
	});
});

describe('Faster Forward Document Upload against a stricter server', () => {
	const env = useFasterForwardMock({ bodyLimitBytes: 1_000 });

	it("quotes the server's size refusal in English and does not repeat the POST", async () => {
		const doc: Document = { data: Buffer.alloc(2_000, 7), fileName: 'a.pdf' };
		const attempt = runFasterForward(env.mock, upload([{ binaryProperty: 'data', contentField: 'document' }]), { binaries: [{ data: doc }] });
		await expect(attempt).rejects.toThrow(/^Faster Forward \(HTTP 400\): the request body is larger than allowed: 2\d{3} bytes sent, at most 1000 bytes allowed$/);
		expect(env.mock.counts.tooLarge400).toBe(1);
	});
});
