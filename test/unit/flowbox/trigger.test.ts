import type { IDataObject } from 'n8n-workflow';
import { rememberPosts, unseenPosts } from '../../../nodes/Flowbox/trigger/newPosts';
import { pollNewPosts } from '../../../nodes/Flowbox/trigger/pollNewPosts';
import { FLOW_KEYS, type FlowboxMock } from '../../mocks/flowbox';
import { flowRef, pollContext, useFlowboxMock } from './flowboxContext';

const keysOf = (result: Awaited<ReturnType<typeof pollNewPosts>>) => (result ? result[0].map((item) => item.json.key) : null);

describe('Flowbox Trigger', () => {
	const env = useFlowboxMock();
	let mock: FlowboxMock;
	beforeAll(() => (mock = env.mock));

	const poll = (staticData: IDataObject, options: IDataObject = {}, flowKey: string = FLOW_KEYS.static) =>
		pollNewPosts(pollContext(mock, { flowKey: flowRef(flowKey), options }, staticData).ctx);

	it('remembers the flow on the first poll, then emits each new post once, oldest first', async () => {
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		expect((staticData.seen as string[]).length).toBe(58);
		expect(await poll(staticData)).toBeNull();
		const added = mock.addPosts(FLOW_KEYS.static, 3);
		expect(keysOf(await poll(staticData))).toEqual(added.map((post) => post.key));
		expect(await poll(staticData)).toBeNull();
	});

	it('emits nothing twice across a restart, because the memory is plain static data', async () => {
		const before: IDataObject = {};
		await poll(before);
		const added = mock.addPosts(FLOW_KEYS.static, 2);
		expect(keysOf(await poll(before))).toEqual(added.map((post) => post.key));
		// What n8n stores and loads again: JSON.
		const restarted = JSON.parse(JSON.stringify(before)) as IDataObject;
		expect(await poll(restarted)).toBeNull();
		const later = mock.addPosts(FLOW_KEYS.static, 1);
		expect(keysOf(await poll(restarted))).toEqual([later[0].key]);
	});

	it('can emit the existing posts on the first poll, and starts over when the flow changes', async () => {
		const staticData: IDataObject = {};
		const first = await poll(staticData, { emitExisting: true, postsToCheck: 10 });
		expect(first?.[0]).toHaveLength(10);
		const times = first?.[0].map((item) => Date.parse(String(item.json.publishedAt))) ?? [];
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		expect(await poll(staticData, {}, FLOW_KEYS.tag)).toBeNull();
		expect(staticData.flowKey).toBe(FLOW_KEYS.tag);
	});

	it('reads only as many posts as Posts to Check says', async () => {
		await poll({}, { postsToCheck: 40 });
		expect(mock.log.entries.map((entry) => entry.query.postsPerPage[0])).toEqual(['29', '29']);
	});

	it('returns one sample post in manual mode and leaves the memory alone', async () => {
		const staticData: IDataObject = { flowKey: FLOW_KEYS.static, seen: ['x'] };
		const result = await pollNewPosts(pollContext(mock, { flowKey: flowRef(FLOW_KEYS.static), options: {} }, staticData, 'manual').ctx);
		expect(result?.[0]).toHaveLength(1);
		expect(staticData).toEqual({ flowKey: FLOW_KEYS.static, seen: ['x'] });
		expect(mock.log.entries[0].query).toEqual({ postsPerPage: ['1'] });
	});

	it('names the field when the flow is missing or Posts to Check is wrong, before any request', async () => {
		await expect(pollNewPosts(pollContext(mock, { flowKey: flowRef(' '), options: {} }, {}).ctx)).rejects.toThrow('The field "Flow" is empty');
		await expect(poll({}, { postsToCheck: 0 })).rejects.toThrow('The field "Posts to Check" must be a whole number of at least 1, not 0');
		expect(mock.log.entries).toEqual([]);
	});
});

describe('new post bookkeeping', () => {
	const post = (key: string, minute: number) => ({ key, publishedAt: `2025-01-01T10:${String(minute).padStart(2, '0')}:00.000000+0000` });

	it('emits unseen posts oldest first and skips posts without a key', () => {
		const feed = [post('c', 30), post('b', 20), { text: 'no key' }, post('a', 10)];
		expect(unseenPosts(feed, ['b']).map((entry) => entry.key)).toEqual(['a', 'c']);
	});

	it('keeps the newest keys first and caps the memory, never below what was just read', () => {
		expect(rememberPosts([post('d', 4), post('c', 3)], ['c', 'b', 'a'], 3)).toEqual(['d', 'c', 'b']);
		expect(rememberPosts([post('e', 5), post('d', 4), post('c', 3)], ['x'], 2)).toEqual(['e', 'd', 'c']);
	});
});
