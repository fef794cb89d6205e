import { Readable } from 'node:stream';
import { ndjsonRecords } from '../../../nodes/shared/pagination/ndjsonRecords';

async function collect(chunks: Array<string | Buffer>): Promise<unknown[]> {
	const records: unknown[] = [];
	for await (const record of ndjsonRecords(Readable.from(chunks))) records.push(record);
	return records;
}

describe('ndjsonRecords', () => {
	it('parses records split anywhere across chunks, including inside a multi-byte character', async () => {
		const text = '{"name":"Ærø"}\n{"n":2}\r\n\n{"n":3}';
		const bytes = Buffer.from(text, 'utf8');
		const split = bytes.indexOf(0xc3) + 1; // between the two bytes of "Æ"
		expect(await collect([bytes.subarray(0, split), bytes.subarray(split, split + 5), bytes.subarray(split + 5)])).toEqual([{ name: 'Ærø' }, { n: 2 }, { n: 3 }]);
	});

	it('wraps values that are not objects, and names the line that is not JSON', async () => {
		expect(await collect(['1\n"x"\n'])).toEqual([{ value: 1 }, { value: 'x' }]);
		await expect(collect(['{"ok":1}\n{broken\n'])).rejects.toThrow('line 2 of the NDJSON stream is not valid JSON');
	});

	it('holds only the unfinished line: a consumer that stops early closes the stream', async () => {
		let produced = 0;
		const endless = new Readable({
			read() {
				produced++;
				this.push(`{"n":${produced}}\n`);
			},
		});
		const seen: unknown[] = [];
		for await (const record of ndjsonRecords(endless)) {
			seen.push(record);
			if (seen.length === 3) break;
		}
		expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
		expect(endless.destroyed).toBe(true);
	});
});
