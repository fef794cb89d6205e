import { decimal, id, required, text } from '../engine/fields';
import { skipUntilEmpty } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const ticketUser = required(text('userId', 'User ID', 'The user the ticket belongs to'));

export const ticketOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get a ticket', description: 'Retrieve a support ticket with its messages and possible states',
		operationId: 'GetTicket', method: 'GET', path: '/api/v1/tickets/{id}', pathFields: [id('id', 'Ticket ID')], query: [text('userId', 'User ID', 'The user the ticket belongs to')],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many tickets', description: 'List support tickets',
		operationId: 'GetTickets', method: 'GET', path: '/api/v1/tickets',
		query: [text('userId', 'User ID', 'Only tickets of this user'), decimal('state', 'State', 'Only tickets in this state (a number)')],
		list: { paging: skipUntilEmpty('tickets') },
	},
	{
		value: 'create', name: 'Create', action: 'Create a ticket', description: 'Open a support ticket for a user',
		operationId: 'CreateTicket', method: 'POST', path: '/api/v1/tickets', query: [ticketUser], body: 'Ticket',
	},
	{
		value: 'changeState', name: 'Change State', action: 'Change the state of a ticket', description: 'Move a ticket to another state',
		operationId: 'ChangeTicketState', method: 'PATCH', path: '/api/v1/tickets/{id}/state', pathFields: [id('id', 'Ticket ID')], query: [ticketUser], body: 'State',
	},
];
