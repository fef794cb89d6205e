import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../../shared/operations/listSearch';
import type { PagingStrategy } from '../../shared/pagination/types';
import { skipLimit, skipPages, wholeList } from '../engine/paging';
import { fastCommentsProfile } from '../transport/fastCommentsProfile';

const joined = (...parts: unknown[]) =>
	parts
		.filter((part) => part !== undefined && part !== null && part !== '')
		.map(String)
		.join(' · ');

const idOf = (item: IDataObject) => String(item.id ?? item._id ?? '');

function excerpt(text: unknown): string {
	const plain = String(text ?? '').replace(/\s+/g, ' ').trim();
	return plain.length > 60 ? `${plain.slice(0, 57)}…` : plain;
}

function search(path: string, strategy: PagingStrategy, label: (item: IDataObject) => string, value: (item: IDataObject) => string = idOf) {
	return async function (this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{ profile: fastCommentsProfile, request: { method: 'GET', path }, strategy, toResult: (item) => ({ name: label(item) || value(item), value: value(item) }) },
			filter,
			token,
		);
	};
}

export const fastCommentsListSearch = {
	searchPages: search('/api/v1/pages', wholeList('pages'), (page) => joined(page.title, page.urlId)),
	searchPageUrlIds: search('/api/v1/pages', wholeList('pages'), (page) => joined(page.title, page.urlId), (page) => String(page.urlId ?? '')),
	searchComments: search('/api/v1/comments', skipLimit('comments', 100), (comment) => joined(comment.commenterName, excerpt(comment.comment))),
	searchSsoUsers: search('/api/v1/sso-users', skipPages('users'), (user) => joined(user.username, user.email)),
	searchTenantUsers: search('/api/v1/tenant-users', skipPages('tenantUsers'), (user) => joined(user.username, user.email)),
	searchModerators: search('/api/v1/moderators', skipPages('moderators'), (moderator) => joined(moderator.name, moderator.email)),
	searchQuestionConfigs: search('/api/v1/question-configs', skipPages('questionConfigs'), (config) => joined(config.name, excerpt(config.question))),
	searchEmailTemplates: search('/api/v1/email-templates', skipPages('emailTemplates'), (template) => joined(template.displayName, template.emailTemplateId, template.domain)),
};
