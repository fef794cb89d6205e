import type { Resource } from '../../shared/operations/types';
import { dataRows } from '../flowboxData';

export const companyResource: Resource = {
	value: 'company',
	name: 'Company',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the company',
			description: 'Name, country and currency of the company the API key belongs to',
			returns: 'the company as one item',
			run: async ({ client, itemIndex }) => dataRows(await client.send({ method: 'GET', path: '/v2/company' }, itemIndex), 'company'),
		},
	],
};
