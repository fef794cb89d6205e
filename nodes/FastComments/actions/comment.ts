import type { INodeProperties } from 'n8n-workflow';
import { choice, epochMs, flag, integer, picked, text } from '../engine/fields';
import { pageFromZero, skipLimit } from '../engine/paging';
import type { OperationSpec } from '../engine/types';
import { actingUserId, anonUserId, contextUserId, doSpamCheck, isLive, populateNotifications, sendEmails, userIdFilter } from './common';

const commentId = picked('id', 'Comment', 'comment');
const saveFlags = [isLive, doSpamCheck, sendEmails, populateNotifications];
const actorFields = [actingUserId, anonUserId];

const pagination: INodeProperties = {
	displayName: 'Pagination',
	name: 'pagination',
	type: 'options',
	options: [
		{ name: 'Flexible (Skip and Limit)', value: 'flexible', description: 'Any page size; with As Tree only top-level comments count' },
		{ name: 'Precalculated Pages', value: 'precalculated', description: "FastComments' own pages, from page 0, as the widget shows them" },
	],
	default: 'flexible',
};

const listFilters = [
	text('urlId', 'Page URL ID', 'Only comments of this page; leave empty to search the whole tenant'),
	userIdFilter,
	anonUserId,
	contextUserId,
	text('hashTag', 'Hash Tag', 'Only comments with this hashtag'),
	text('parentId', 'Parent ID', 'Only replies to this comment; "null" for top-level comments (required with As Tree)'),
	choice('direction', 'Sort', [
		{ name: 'Most Relevant', value: 'MR' },
		{ name: 'Newest First', value: 'NF' },
		{ name: 'Oldest First', value: 'OF' },
	], undefined, { ordersList: true }),
	epochMs('fromDate', 'From Date', 'Only comments left at or after this time'),
	epochMs('toDate', 'To Date', 'Only comments left at or before this time'),
	flag('asTree', 'As Tree', 'Whether replies come nested under their parent; only top-level comments count for paging (credits: doubled)'),
	integer('maxTreeDepth', 'Max Tree Depth', 'With As Tree: how deep replies are nested', { min: 0 }),
	integer('limitChildren', 'Limit Children', 'With As Tree: at most this many replies per comment', { min: 0 }),
	integer('skipChildren', 'Skip Children', 'With As Tree: skip this many replies per comment (to page through replies)', { min: 0 }),
];

export const commentOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a comment', description: 'Retrieve one comment by its ID',
		operationId: 'GetComment', credits: '1', method: 'GET', path: '/api/v1/comments/{id}', pathFields: [commentId],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many comments',
		description: 'List approved, non-spam comments of a page, a user or the tenant',
		operationId: 'GetComments', credits: '1 per call, doubled with As Tree', method: 'GET', path: '/api/v1/comments', query: listFilters,
		extraProperties: [pagination],
		list: { paging: (params) => (params.choice('pagination', 'Pagination', ['flexible', 'precalculated'], 'flexible') === 'precalculated' ? pageFromZero('comments') : skipLimit('comments', 100)) },
	},
	{
		value: 'create', name: 'Create', action: 'Create a comment', description: 'Add a comment to a page',
		operationId: 'SaveComment', credits: '1, or 2 with Live Update', method: 'POST', path: '/api/v1/comments', query: saveFlags, body: 'Comment',
	},
	{
		value: 'createMany', name: 'Bulk Create', action: 'Create many comments', description: 'Add several comments in one request (imports)',
		operationId: 'SaveCommentsBulk', method: 'POST', path: '/api/v1/comments/bulk', query: saveFlags, body: 'Comments',
	},
	{
		value: 'update', name: 'Update', action: 'Update a comment',
		description: 'Change fields of a comment',
		operationId: 'UpdateComment', credits: '1, 2 with Live Update, plus 2 when the comment moves to another page', method: 'PATCH', path: '/api/v1/comments/{id}', pathFields: [commentId], query: [contextUserId, doSpamCheck, isLive], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a comment', description: 'Delete a comment and its replies',
		operationId: 'DeleteComment', credits: '1, or 2 with Live Update', method: 'DELETE', path: '/api/v1/comments/{id}', pathFields: [commentId], query: [contextUserId, isLive],
	},
	{
		value: 'flag', name: 'Flag', action: 'Flag a comment', description: 'Flag a comment for a user; enough flags hide it until a moderator approves it',
		operationId: 'FlagComment', credits: '1', method: 'POST', path: '/api/v1/comments/{id}/flag', pathFields: [commentId], query: actorFields,
	},
	{
		value: 'unflag', name: 'Unflag', action: 'Unflag a comment', description: "Remove a user's flag; a hidden comment stays hidden until approved",
		operationId: 'UnFlagComment', credits: '1', method: 'POST', path: '/api/v1/comments/{id}/un-flag', pathFields: [commentId], query: actorFields,
	},
	{
		value: 'block', name: 'Block', action: 'Block the author of a comment', description: 'The user (User ID) blocks whoever wrote the comment',
		operationId: 'BlockUserFromComment', credits: '1', method: 'POST', path: '/api/v1/comments/{id}/block', pathFields: [commentId], query: actorFields, body: 'Comments To Check',
	},
	{
		value: 'unblock', name: 'Unblock', action: 'Unblock the author of a comment', description: 'The user (User ID) unblocks whoever wrote the comment',
		operationId: 'UnBlockUserFromComment', credits: '1', method: 'POST', path: '/api/v1/comments/{id}/un-block', pathFields: [commentId], query: actorFields, body: 'Comments To Check',
	},
];
