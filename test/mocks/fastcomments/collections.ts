import type { CollectionSpec } from './types';

const skip100 = { kind: 'skip', pageSize: 100 } as const;

/** The resources the mock keeps state for, with the page sizes FastComments documents for them. */
export const COLLECTIONS: CollectionSpec[] = [
	{ name: 'pages', path: '/api/v1/pages', itemsKey: 'pages', singleKey: 'page', idKey: 'id', paging: { kind: 'whole' },
		operations: { list: 'GetPages', create: 'AddPage', update: 'PatchPage', remove: 'DeletePage' } },
	{ name: 'ssoUsers', path: '/api/v1/sso-users', itemPath: '/api/v1/sso-users/by-id/:id', itemsKey: 'users', singleKey: 'user', idKey: 'id', paging: skip100,
		operations: { list: 'GetSSOUsers', get: 'GetSSOUserById', create: 'AddSSOUser', update: 'PatchSSOUser', replace: 'PutSSOUser', remove: 'DeleteSSOUser' } },
	{ name: 'tenantUsers', path: '/api/v1/tenant-users', itemsKey: 'tenantUsers', singleKey: 'tenantUser', idKey: '_id', paging: skip100,
		operations: { list: 'GetTenantUsers', get: 'GetTenantUser', create: 'CreateTenantUser', update: 'UpdateTenantUser', replace: 'ReplaceTenantUser', remove: 'DeleteTenantUser' } },
	{ name: 'moderators', path: '/api/v1/moderators', itemsKey: 'moderators', singleKey: 'moderator', idKey: '_id', paging: skip100,
		operations: { list: 'GetModerators', get: 'GetModerator', create: 'CreateModerator', update: 'UpdateModerator', remove: 'DeleteModerator' } },
	{ name: 'questionConfigs', path: '/api/v1/question-configs', itemsKey: 'questionConfigs', singleKey: 'questionConfig', idKey: '_id', paging: skip100,
		operations: { list: 'GetQuestionConfigs', get: 'GetQuestionConfig', create: 'CreateQuestionConfig', update: 'UpdateQuestionConfig', remove: 'DeleteQuestionConfig' } },
	{ name: 'emailTemplates', path: '/api/v1/email-templates', itemsKey: 'emailTemplates', singleKey: 'emailTemplate', idKey: '_id', paging: skip100,
		operations: { list: 'GetEmailTemplates', get: 'GetEmailTemplate', create: 'CreateEmailTemplate', update: 'UpdateEmailTemplate', remove: 'DeleteEmailTemplate' } },
	{ name: 'hashTags', path: '/api/v1/hash-tags', itemPath: '/api/v1/hash-tags/:id', itemsKey: 'hashTags', singleKey: 'hashTag', idKey: 'tag', paging: { kind: 'page', pageSize: 100 },
		operations: { list: 'GetHashTags', create: 'AddHashTag', update: 'PatchHashTag', remove: 'DeleteHashTag' } },
	{ name: 'feedPosts', path: '/api/v1/feed-posts', itemsKey: 'feedPosts', singleKey: 'feedPost', idKey: '_id', paging: { kind: 'afterId', defaultLimit: 20, maxLimit: 100 },
		operations: { list: 'GetFeedPosts', create: 'CreateFeedPost', update: 'UpdateFeedPost' } },
	{ name: 'auditLogs', path: '/api/v1/audit-logs', itemsKey: 'auditLogs', singleKey: 'auditLog', idKey: '_id', paging: { kind: 'auditLog', pageSize: 1000 },
		operations: { list: 'GetAuditLogs' } },
	{ name: 'userBadges', path: '/api/v1/user-badges', itemsKey: 'userBadges', singleKey: 'userBadge', idKey: '_id', paging: { kind: 'skipLimit', defaultLimit: 30, maxLimit: 200 },
		operations: { list: 'GetUserBadges', get: 'GetUserBadge', create: 'CreateUserBadge', replace: 'UpdateUserBadge', remove: 'DeleteUserBadge' } },
	{ name: 'tenants', path: '/api/v1/tenants', itemsKey: 'tenants', singleKey: 'tenant', idKey: 'id', paging: skip100,
		operations: { list: 'GetTenants', get: 'GetTenant', create: 'CreateTenant', update: 'UpdateTenant', remove: 'DeleteTenant' } },
	{ name: 'notifications', path: '/api/v1/notifications', itemsKey: 'notifications', singleKey: 'notification', idKey: '_id', paging: { kind: 'skip', pageSize: 30 },
		operations: { list: 'GetNotifications', update: 'UpdateNotification' } },
	{ name: 'tenantDailyUsages', path: '/api/v1/tenant-daily-usage', itemsKey: 'tenantDailyUsages', singleKey: 'tenantDailyUsage', idKey: 'id', paging: { kind: 'skip', pageSize: 365 },
		operations: { list: 'GetTenantDailyUsages' } },
	{ name: 'domainConfigs', path: '/api/v1/domain-configs', itemsKey: 'configurations', singleKey: 'configuration', idKey: 'domain', paging: { kind: 'whole' },
		operations: { list: 'GetDomainConfigs', get: 'GetDomainConfig', create: 'AddDomainConfig', update: 'PatchDomainConfig', replace: 'PutDomainConfig', remove: 'DeleteDomainConfig' } },
	{ name: 'subscriptions', path: '/api/v1/subscriptions', itemsKey: 'subscriptions', singleKey: 'subscription', idKey: 'id', paging: { kind: 'whole' },
		operations: { list: 'GetSubscriptions', create: 'CreateSubscription', update: 'UpdateSubscription', remove: 'DeleteSubscription' } },
];
