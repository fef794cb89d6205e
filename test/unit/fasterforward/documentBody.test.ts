import { documentBody, setAt } from '../../../nodes/FasterForward/upload/documentBody';

const part = (bytes: number, contentField = 'document.content') => ({ label: 'binary property "data" (scan.pdf)', bytes: Buffer.alloc(bytes, 1), contentField });

describe('Faster Forward document body', () => {
	it('puts base64 content and names at dotted paths inside the metadata, lists included, without touching the metadata', () => {
		const metadata = { dossier: { id: 7 }, type: 'paspoort' };
		const body = documentBody(metadata, [
			{ ...part(3, 'bijlagen.0.inhoud'), fileName: { field: 'bijlagen.0.naam', value: 'a.pdf' } },
			{ ...part(2, 'bijlagen.1.inhoud'), mimeType: { field: 'bijlagen.1.type', value: 'image/png' } },
		]);
		expect(body.ok && JSON.parse(body.json)).toEqual({
			dossier: { id: 7 },
			type: 'paspoort',
			bijlagen: [
				{ inhoud: 'AQEB', naam: 'a.pdf' },
				{ inhoud: 'AQE=', type: 'image/png' },
			],
		});
		expect(metadata).toEqual({ dossier: { id: 7 }, type: 'paspoort' });
	});

	it('never overwrites the metadata and refuses empty path parts', () => {
		expect(setAt({ document: 'x' }, 'document', 'y')).toBe('points at "document", which the metadata already sets');
		expect(setAt({ document: 'x' }, 'document.content', 'y')).toBe('goes through "document" in "document.content", which the metadata sets to a plain value');
		expect(setAt({}, 'a..b', 'y')).toBe('has an empty part in the path "a..b"');
	});

	it('refuses a document over 30 MB decoded, naming its size and both limits', () => {
		const body = documentBody({}, [part(30 * 1024 * 1024 + 1)]);
		expect(body).toEqual({
			ok: false,
			problem:
				'holds the document from binary property "data" (scan.pdf), which is 31,457,281 bytes (30.0 MB). Faster Forward accepts at most 31,457,280 bytes (30.0 MB) per document after base64 decoding, and at most 47,185,920 bytes (45.0 MB) per request body.',
		});
		expect(documentBody({}, [part(30 * 1024 * 1024)]).ok).toBe(true);
	});

	it('refuses a body over 45 MB even when each document fits', () => {
		const body = documentBody({}, [part(18 * 1024 * 1024, 'a'), part(18 * 1024 * 1024, 'b')]);
		expect(body.ok).toBe(false);
		expect(!body.ok && body.problem).toMatch(/^make a request body of 50,331,663 bytes \(48\.0 MB\)\. .*at most 47,185,920 bytes \(45\.0 MB\) per request body/);
	});
});
