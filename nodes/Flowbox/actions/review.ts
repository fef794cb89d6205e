import type { IDataObject } from 'n8n-workflow';
import { readList, returnAllAndLimit } from '../../shared/operations/listFields';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { dataRows } from '../flowboxData';
import { reviewPaging } from '../flowboxPaging';
import { REVIEW_STATUSES, reviewBody, reviewCreateFields } from './reviewFields';
import { collectionField } from '../collectionField';

const filters = collectionField('Filters', 'filters', 'Add Filter', [
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime' as const, default: '', description: 'Only reviews created after this moment' },
	{ displayName: 'Locales', name: 'locales', type: 'string' as const, default: '', placeholder: 'en-US,fr-FR', description: 'Only reviews in these locales, separated by commas' },
	{ displayName: 'Product Identifier', name: 'productIdentifier', type: 'string' as const, default: '', description: 'Only reviews of this product, as identified in your catalog' },
	{ displayName: 'Product Locale', name: 'productLocale', type: 'string' as const, default: '', description: 'Locale of the product data returned with each review' },
	{ displayName: 'Status', name: 'status', type: 'options' as const, options: REVIEW_STATUSES, default: 'published' },
]);

export const reviewResource: Resource = {
	value: 'review',
	name: 'Review',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many reviews of a company',
			description: 'List the product reviews of a company, optionally by status, locale, product or creation date',
			returns: 'the reviews, one item each: id, product_id, title, description, stars, status, display_name, locale and created_at',
			properties: [
				{ displayName: 'Company ID', name: 'companyId', type: 'string', required: true, default: '', description: 'Your Flowbox company ID (your customer success manager has it)' },
				...returnAllAndLimit(),
				filters,
			],
			run: async (input) => {
				const { params } = input;
				const companyId = params.string('companyId', 'Company ID');
				if (!companyId) throw params.fail('Company ID', 'is empty; a company ID is required');
				const chosen = params.collection('filters');
				const qs: IDataObject = {};
				if (params.textOf('Status', chosen.status)) qs.status = params.oneOf('Status', chosen.status, REVIEW_STATUSES.map((status) => status.value));
				const createdAfter = params.textOf('Created After', chosen.createdAfter);
				if (createdAfter) {
					const after = new Date(createdAfter);
					if (Number.isNaN(after.getTime())) throw params.fail('Created After', `is not a date: ${createdAfter}`);
					qs.after = after.toISOString();
				}
				const locales = params.listOf('Locales', chosen.locales).join(',');
				if (locales) qs.locale = locales;
				const productLocale = params.textOf('Product Locale', chosen.productLocale);
				if (productLocale) qs.product_locale = productLocale;
				// Flowbox documents the product filter as a header, not a query parameter.
				const productIdentifier = params.textOf('Product Identifier', chosen.productIdentifier);
				const headers = productIdentifier ? { product_identifier: productIdentifier } : undefined;
				return await readList(input, { method: 'GET', path: encodePath`/v2/reviews/company/${companyId}`, qs, headers }, reviewPaging);
			},
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a review',
			description: 'Add a product review',
			returns: 'the new review as one item',
			properties: reviewCreateFields,
			run: async ({ client, params, itemIndex }) => {
				const body = reviewBody(params);
				// A sequence ID makes Flowbox drop a duplicate, so only then is a failed request safe to repeat.
				const documentedSafeToRepeat = body.sequence_id !== undefined;
				return dataRows(await client.send({ method: 'POST', path: '/v2/reviews/create', body, documentedSafeToRepeat }, itemIndex), 'review');
			},
		},
	],
};
