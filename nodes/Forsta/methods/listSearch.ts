import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../../shared/operations/listSearch';
import { forstaHubsProfile, forstaSurveysProfile } from '../forstaProfiles';
import { hubListPaging, surveyListPaging } from '../forstaPaging';

const label = (item: IDataObject) => [item.name, `(${String(item.id)})`].filter((part) => part !== undefined && part !== '').join(' ');

export const forstaListSearch = {
	/** Forsta filters surveys by name itself, so the typed text goes to the server (and matches IDs on the page too). */
	async searchSurveys(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		const name = filter?.trim();
		const byName = name && !/^p\d+$/i.test(name) ? { name } : undefined;
		return await searchList(
			this,
			{ profile: forstaSurveysProfile, request: { method: 'GET', path: '/v1/surveys', qs: byName }, strategy: surveyListPaging, toResult: (item) => ({ name: label(item), value: String(item.id) }) },
			byName ? undefined : filter,
			token,
		);
	},
	async searchHubs(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{ profile: forstaHubsProfile, request: { method: 'GET', path: '/v1/hubs' }, strategy: hubListPaging, toResult: (item) => ({ name: label(item), value: String(item.id) }) },
			filter,
			token,
		);
	},
};
