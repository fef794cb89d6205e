import type { INodeProperties } from 'n8n-workflow';
import { startFastCommentsMock, type FastCommentsMock } from '../../mocks/fastcomments';
import type { FlowboxMock } from '../../mocks/flowbox';
import { runNode } from '../fastcomments/runNode';
import { runFlowbox, useFlowboxMock } from '../flowbox/flowboxContext';
import { packNodeDescriptions } from './packTypes';

/** A field that orders results rather than narrowing them. */
const SORT_FIELD = /^(sort|sort order|sort by|order|order by|direction)$/i;

describe('a sort order is not offered as a filter', () => {
	it('no Filters collection of any node holds a sort field', () => {
		const misplaced = packNodeDescriptions().flatMap((node) =>
			node.properties
				.filter((property) => property.type === 'collection' && property.displayName === 'Filters')
				.flatMap((filters) =>
					((filters.options ?? []) as INodeProperties[])
						.filter((option) => SORT_FIELD.test(option.displayName))
						.map((option) => `${node.displayName} ${JSON.stringify(filters.displayOptions?.show)}: ${option.displayName}`),
				),
		);
		expect(misplaced).toEqual([]);
	});
});

describe('the sort order goes out as before, from its new place and from where saved workflows have it', () => {
	let fastComments: FastCommentsMock;
	beforeAll(async () => (fastComments = await startFastCommentsMock()));
	afterAll(async () => await fastComments.close());
	const comments = { resource: 'comment', operation: 'getAll', returnAll: false, limit: 5, pagination: 'flexible' };

	it.each([
		['Options', { ...comments, options: {}, listOptions: { direction: 'NF' } }],
		['Filters (saved workflows)', { ...comments, options: { direction: 'NF' } }],
	])('FastComments comments, Sort under %s: direction=NF', async (_place, parameters) => {
		const run = await runNode(fastComments, parameters);
		expect(run.requests.map((request) => request.query.direction)).toEqual([['NF']]);
	});

	const flowboxEnv = useFlowboxMock();
	let flowbox: FlowboxMock;
	beforeAll(() => (flowbox = flowboxEnv.mock));
	const tags = { resource: 'tag', operation: 'getAll', returnAll: false, limit: 3 };

	it.each([
		['Options', { ...tags, filters: {}, options: { orderBy: 'tag_name' } }],
		['Filters (saved workflows)', { ...tags, filters: { orderBy: 'tag_name' } }],
	])('Flowbox tags, Order By under %s: order_by=tag_name', async (_place, parameters) => {
		await runFlowbox(flowbox, parameters);
		expect(flowbox.log.entries.map((entry) => entry.query.order_by)).toEqual([['tag_name']]);
	});
});
