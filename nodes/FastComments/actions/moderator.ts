import { choice, picked, required, text } from '../engine/fields';
import { skipPages } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const moderatorId = picked('id', 'Moderator', 'moderator');

export const moderatorOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a moderator', description: 'Retrieve one moderator by ID',
		operationId: 'GetModerator', credits: '1', method: 'GET', path: '/api/v1/moderators/{id}', pathFields: [moderatorId],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many moderators', description: 'List moderators in pages of 100',
		operationId: 'GetModerators', credits: '1 per 10 moderators returned', method: 'GET', path: '/api/v1/moderators', list: { paging: skipPages('moderators') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a moderator', description: 'Add a moderator (name and email required); invite them with Send Invite',
		operationId: 'CreateModerator', credits: '1', method: 'POST', path: '/api/v1/moderators', body: 'Moderator',
	},
	{
		value: 'update', name: 'Update', action: 'Update a moderator', description: 'Change a moderator; counters and invitation fields cannot be set',
		operationId: 'UpdateModerator', credits: '1', method: 'PATCH', path: '/api/v1/moderators/{id}', pathFields: [moderatorId], body: 'Changes',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete a moderator', description: 'Remove a moderator',
		operationId: 'DeleteModerator', credits: '5', method: 'DELETE', path: '/api/v1/moderators/{id}', pathFields: [moderatorId],
		query: [choice('sendEmail', 'Send Email', [{ name: 'Yes', value: 'true' }, { name: 'No', value: 'false' }], 'Whether to tell the moderator by email')],
	},
	{
		value: 'sendInvite', name: 'Send Invite', action: 'Invite a moderator', description: 'Email the moderator an invitation (valid 30 days)',
		operationId: 'SendInvite', credits: '10', method: 'POST', path: '/api/v1/moderators/{id}/send-invite', pathFields: [moderatorId],
		query: [required(text('fromName', 'From Name', 'Who the invitation is from (at most 100 characters)'))],
	},
];
