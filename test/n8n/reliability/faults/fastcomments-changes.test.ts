import { connectN8n } from '../../../n8n/harness/client';
import { emittedOrNot, settleFaultCase, type FaultCase } from '../../../reliability/faults/faultCase';
import {
	anotherClient,
	fastCommentsFaultWorld,
	newComment,
	onCommentsAt,
	readAllComments,
} from '../../../reliability/faults/fastcommentsFaults';
import { worldPerFile } from '../../../reliability/faults/worldLifecycle';

const readCase = (trial: string, expected: string): FaultCase => ({ service: 'FastComments', subject: 'Comment: Get Many', trial, expected, runtime: 'real n8n' });
const NEWEST_FIRST = { direction: 'NF' };

const world = worldPerFile(() => fastCommentsFaultWorld(connectN8n()), (opened) => opened.mock.state.reset());

/** Comment ids as the list shows them newest first, so a test knows which page a comment is on. */
const newestFirst = () =>
	[...world().mock.state.list('comments')].sort((a, b) => Number(b.date) - Number(a.date) || String(b.id).localeCompare(String(a.id))).map((comment) => String(comment.id));

/** Runs `change` once, just before the node asks for its second page. */
function beforeSecondPage(param: 'skip' | 'page', change: () => Promise<unknown>): void {
	world().faults.add(onCommentsAt(param, (value) => value > 0, { fault: { kind: 'before', run: async () => void (await change()) } }));
}

describe('FastComments comments that change while the node reads them, in a real n8n', () => {
	test.each([
		['flexible', 'skip'],
		['precalculated', 'page'],
	] as const)('%s paging: a comment posted between pages pushes one onto the next page; it is emitted once, none lost', async (pagination, param) => {
		beforeSecondPage(param, () => anotherClient(world(), 'POST', '/api/v1/comments', newComment('Posted mid-read')));
		const { outcome, pages, tally, listed, leaked } = await readAllComments(world(), pagination, NEWEST_FIRST);
		const posted = world().mock.state.list('comments').find((comment) => comment.comment === 'Posted mid-read');
		expect(outcome.error).toBeUndefined();
		expect(tally.unexpected).toBe(0);
		settleFaultCase(readCase(`comment posted between pages (${param})`, 'pushed one once, none lost'), {
			observed: `${pages.length} pages, ${outcome.items.length} of ${listed}, new one ${emittedOrNot(outcome.items, posted?.id)}`,
			tried: 1,
			...tally,
			leaked,
		});
	});

	test('flexible paging: a comment deleted from page 1 between pages fails the read with a clear error, not a silent gap', async () => {
		const onFirstPage = newestFirst()[3];
		beforeSecondPage('skip', () => anotherClient(world(), 'DELETE', `/api/v1/comments/${onFirstPage}`));
		const { outcome, tally, pages, leaked } = await readAllComments(world(), 'flexible', NEWEST_FIRST);
		expect(outcome.error).toMatch(/the list changed while it was read: an item before this page was deleted/);
		expect(outcome.items).toEqual([]);
		expect(pages).toHaveLength(2);
		settleFaultCase(readCase('comment deleted from a page already read', 'clear error, no partial list'), {
			observed: `error on page 2 (it did not start where page 1 ended); ${outcome.items.length} items emitted`,
			tried: 1,
			...tally,
			leaked,
		});
	});

	test('flexible paging: a comment deleted from a page not yet read is simply not emitted; none lost', async () => {
		const onLastPage = newestFirst().at(-5)!;
		beforeSecondPage('skip', () => anotherClient(world(), 'DELETE', `/api/v1/comments/${onLastPage}`));
		const { outcome, pages, tally, listed, leaked } = await readAllComments(world(), 'flexible', NEWEST_FIRST);
		expect(outcome.error).toBeUndefined();
		expect(outcome.items.some((item) => item.id === onLastPage)).toBe(false);
		settleFaultCase(readCase('comment deleted from a page not yet read', 'none lost'), {
			observed: `${pages.length} pages, ${outcome.items.length}/${listed} comments`,
			tried: 1,
			...tally,
			leaked,
		});
	});
});
