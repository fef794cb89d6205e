import type { INodeExecutionData } from 'n8n-workflow';
import { appendPaired, jsonItems, RowWithFiles } from '../../../../nodes/shared/operations/outputItems';

describe('output items', () => {
	it('keeps a service record with its own "json" field whole', () => {
		const record = { id: 'c1', json: { nested: true }, binary: 'not a file' };
		expect(jsonItems([record])).toEqual([{ json: record }]);
		const output: INodeExecutionData[] = [];
		appendPaired(output, record, 3);
		expect(output).toEqual([{ json: record, pairedItem: { item: 3 } }]);
	});

	it('pairs every row with its input item and appends after what is there, the rows themselves uncopied', () => {
		const rows = [{ id: 1 }, { id: 2 }];
		const output: INodeExecutionData[] = [{ json: { before: true } }];
		appendPaired(output, rows, 7);
		expect(output.map((item) => item.pairedItem)).toEqual([undefined, { item: 7 }, { item: 7 }]);
		expect(output[1].json).toBe(rows[0]);
		expect(output[2].json).toBe(rows[1]);
	});

	it('emits nothing for an empty list and one item for a single row', () => {
		const output: INodeExecutionData[] = [];
		appendPaired(output, [], 0);
		expect(output).toEqual([]);
		appendPaired(output, { ok: true }, 1);
		expect(output).toEqual([{ json: { ok: true }, pairedItem: { item: 1 } }]);
	});

	it('carries the files of a row with files', () => {
		const file = { data: 'UEsDBA==', mimeType: 'application/zip', fileName: 's1.zip' };
		const output: INodeExecutionData[] = [];
		appendPaired(output, new RowWithFiles({ surveyId: 's1' }, { data: file }), 2);
		expect(output).toEqual([{ json: { surveyId: 's1' }, binary: { data: file }, pairedItem: { item: 2 } }]);
	});

	it('makes trigger items of one row or several', () => {
		expect(jsonItems({ a: 1 })).toEqual([{ json: { a: 1 } }]);
		expect(jsonItems([{ a: 1 }, { a: 2 }])).toEqual([{ json: { a: 1 } }, { json: { a: 2 } }]);
	});
});
