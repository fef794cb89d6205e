import { choice, id, picked, required, text } from '../engine/fields';
import { groupedLists } from '../engine/paging';
import type { ListSpec, OperationSpec } from '../engine/types';
import { anonUserId, userIdFilter } from './common';

const pageUrlId = picked('urlId', 'Page URL ID', 'pageUrlId');
// Votes come back in three lists; each vote keeps the name of its list in `voteList`.
const votes: ListSpec = { paging: groupedLists(['appliedAuthorizedVotes', 'appliedAnonymousVotes', 'pendingVotes'], 'voteList') };

export const voteOperations: OperationSpec[] = [
	{
		value: 'getAll', name: 'Get Many', action: 'Get many votes', description: 'List the votes on the comments of a page',
		operationId: 'GetVotes', credits: '10', method: 'GET', path: '/api/v1/votes', query: [pageUrlId], list: votes,
	},
	{
		value: 'getForUser', name: 'Get Many for User', action: 'Get the votes of a user', description: "List one user's votes on a page (User ID or Anonymous User ID)",
		operationId: 'GetVotesForUser', credits: '1', method: 'GET', path: '/api/v1/votes/for-user', query: [pageUrlId, userIdFilter, anonUserId], list: votes,
	},
	{
		value: 'create', name: 'Create', action: 'Create a vote', description: "Vote a comment up or down for a user, or anonymously with Anonymous User ID",
		operationId: 'CreateVote', credits: '1', method: 'POST', path: '/api/v1/votes',
		query: [
			picked('commentId', 'Comment', 'comment'),
			required(choice('direction', 'Direction', [{ name: 'Up', value: 'up' }, { name: 'Down', value: 'down' }])),
			userIdFilter,
			anonUserId,
		],
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a vote', description: 'Remove a vote; the comment\'s counts follow',
		operationId: 'DeleteVote', credits: '1', method: 'DELETE', path: '/api/v1/votes/{id}', pathFields: [id('id', 'Vote ID')], query: [text('editKey', 'Edit Key', 'The key returned when an anonymous vote was created')],
	},
];
