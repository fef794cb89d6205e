import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../../shared/operations/listSearch';
import { flowboxProfile } from '../flowboxProfile';
import { flowsList } from '../flowboxPaging';

export const flowboxListSearch = {
	async searchFlows(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{
				profile: flowboxProfile,
				request: { method: 'GET', path: '/v2/flows' },
				strategy: flowsList,
				toResult: (flow) => ({ name: [flow.name, flow.type].filter(Boolean).join(' · ') || String(flow.key), value: String(flow.key) }),
			},
			filter,
			token,
		);
	},
};
