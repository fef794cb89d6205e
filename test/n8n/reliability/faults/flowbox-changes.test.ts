import type { MockRequest } from '../../../mocks/shared';
import { connectN8n } from '../../../n8n/harness/client';
import { settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import { flowboxFaultWorld, onCursorPage, readAllPosts, READS, STATIC_FLOW, type FlowboxRead } from '../../../reliability/faults/flowboxFaults';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const SUBJECTS: Record<FlowboxRead, string> = { feed: 'Feed: Get Posts', posts: 'Post: Get Many' };
const readCase = (read: FlowboxRead, trial: string, expected: string): FaultCase => ({ service: 'Flowbox', subject: SUBJECTS[read], trial, expected, runtime: 'real n8n' });

const world = worldPerFile(() => flowboxFaultWorld(connectN8n()), (opened) => opened.mock.reset());

const flowPosts = () => world().mock.state.posts.get(STATIC_FLOW)!;

/** Runs `change` just before the request for page `n + 1` (the one carrying the `n`th cursor) is handled. */
const beforeCursorPage = (read: FlowboxRead, n: number, change: (req: MockRequest) => void) => world().faults.add(onCursorPage(read, n, { fault: { kind: 'before', run: change } }));

describe('Flowbox posts that change while the node reads them, in a real n8n', () => {
	test('posts published between pages come before the cursor: none lost, none twice', async () => {
		let published: string[] = [];
		beforeCursorPage('feed', 1, () => void (published = world().mock.addPosts(STATIC_FLOW, 5).map((post) => post.key)));
		const { outcome, pages, tally, listed, leaked } = await readAllPosts(world(), 'feed');
		const newOnesEmitted = outcome.items.filter((post) => published.includes(String(post.key))).length;
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		settleFaultCase(readCase('feed', `${published.length} posts published between pages`, 'none lost, none twice'), {
			observed: `${pages.length} pages, ${outcome.items.length} of ${listed} posts, ${newOnesEmitted} new ones emitted`,
			tried: published.length,
			...tally,
			leaked,
		});
	});

	test('the post the cursor names is removed between pages: the feed goes on after it, none lost', async () => {
		let removed = '';
		beforeCursorPage('feed', 1, (req) => {
			removed = JSON.parse(String(req.query.cursor?.[0])).key;
			flowPosts().splice(flowPosts().findIndex((post) => post.key === removed), 1);
		});
		const { outcome, tally, listed, leaked } = await readAllPosts(world(), 'feed');
		expect(outcome.error).toBeUndefined();
		expect(outcome.items.filter((post) => post.key === removed)).toHaveLength(1);
		settleFaultCase(readCase('feed', 'cursor post removed between pages', 'none lost, none twice'), {
			observed: `${outcome.items.length} posts (${listed} left + the removed one, read before)`,
			tried: 1,
			...tally,
			leaked,
		});
	});

	test('a feed that ignores the cursor and starts over fails with a clear error instead of looping or repeating posts', async () => {
		beforeCursorPage('feed', 2, (req) => void delete req.query.cursor);
		const { outcome, tally, pages, leaked } = await readAllPosts(world(), 'feed');
		expect(outcome.error).toMatch(/the service pointed to a page that was already read, so paging stopped instead of looping/);
		expect(outcome.items).toEqual([]);
		expect(pages).toHaveLength(3);
		settleFaultCase(readCase('feed', 'cursor ignored: page 1 again', 'clear error, no loop'), {
			observed: `error after ${pages.length} pages; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});

	test('posts that answer the next cursor with the same page again fail with a clear error instead of looping', async () => {
		beforeCursorPage('posts', 2, (req) => {
			const previous = world().mock.log.entries.filter((entry) => READS.posts.path.test(entry.path) && entry.query.cursor).at(-1);
			req.query.cursor = previous!.query.cursor;
		});
		const { outcome, tally, pages, leaked } = await readAllPosts(world(), 'posts');
		expect(outcome.error).toMatch(/the service returned the same page twice in a row, so paging stopped instead of looping/);
		expect(outcome.items).toEqual([]);
		settleFaultCase(readCase('posts', 'cursor repeats: page 2 again', 'clear error, no loop'), {
			observed: `error after ${pages.length} pages; ${outcome.items.length} items emitted`,
			tried: world().faults.injected.length,
			...tally,
			leaked,
		});
	});
});
