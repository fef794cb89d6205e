import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endNodes, missedEnds, startNodes, type ConnectedWorkflow } from '../../../scripts/sandbox/workflowEnds';

const example = (file: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', file), 'utf8')) as ConnectedWorkflow;

describe('workflow ends, which the sandbox check requires each example run to reach', () => {
	it('finds the nodes nothing leads out of, also past an IF output left empty', () => {
		expect(endNodes(example('fastcomments.json')).sort()).toEqual(['All pages', 'Unapprove (live)']);
		expect(endNodes(example('flowbox-trigger.json'))).toEqual(['Report post']);
	});

	it('finds the trigger a run starts from', () => {
		expect(startNodes(example('forsta.json'))).toEqual(['Every night at 2']);
	});

	it('names the ends a run missed', () => {
		const ran = ['When clicking ‘Execute workflow’', 'Newest 50 comments', 'Has a link', 'All pages'];
		expect(missedEnds(example('fastcomments.json'), ran)).toEqual(['Unapprove (live)']);
		expect(missedEnds(example('fastcomments.json'), [...ran, 'Unapprove (live)'])).toEqual([]);
	});
});
