import type { IDataObject } from 'n8n-workflow';
import type { Resource } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { dataRows } from '../flowboxData';

export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get products by key',
			description: 'Name, description, price and images of catalog products, by product key',
			returns: 'the products, one item each: productKey, productId, name, description, category, price, currency and locale',
			properties: [
				{
					displayName: 'Product Keys',
					name: 'productKeys',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. 2553_712400_bEgYqAhMMhmO3tzsSOkteg',
					description: 'One or more product keys separated by commas, as posts list them in productKeys',
				},
				{ displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'en-gb', description: 'Catalog locale of the product data, lowercase' },
			],
			run: async ({ client, params, itemIndex }) => {
				const keys = params.listOf('Product Keys', params.raw('productKeys', '')).join(',');
				if (!keys) throw params.fail('Product Keys', 'is empty; give at least one product key');
				const locale = params.optionalString('locale', 'Locale');
				const qs: IDataObject | undefined = locale ? { locale: locale.toLowerCase() } : undefined;
				return dataRows(await client.send({ method: 'GET', path: encodePath`/v2/products/${keys}`, qs }, itemIndex), 'products');
			},
		},
	],
};
