import { customApiCallResource } from '../../shared/operations/customApiCall';
import type { Resource } from '../../shared/operations/types';
import { toResource } from '../engine/operation';
import type { OperationSpec } from '../engine/types';
import { aggregateOperations } from './aggregate';
import { auditLogOperations } from './auditLog';
import { badgeProgressOperations } from './badgeProgress';
import { commentOperations } from './comment';
import { domainConfigOperations } from './domainConfig';
import { emailTemplateOperations } from './emailTemplate';
import { feedPostOperations } from './feedPost';
import { hashTagOperations } from './hashTag';
import { moderatorOperations } from './moderator';
import { notificationOperations } from './notification';
import { notificationCountOperations } from './notificationCount';
import { pageOperations } from './page';
import { pendingWebhookEventOperations } from './pendingWebhookEvent';
import { questionConfigOperations } from './questionConfig';
import { questionResultOperations } from './questionResult';
import { questionResultAggregationOperations } from './questionResultAggregation';
import { ssoUserOperations } from './ssoUser';
import { subscriptionOperations } from './subscription';
import { tenantOperations } from './tenant';
import { tenantDailyUsageOperations } from './tenantDailyUsage';
import { tenantPackageOperations } from './tenantPackage';
import { tenantUserOperations } from './tenantUser';
import { ticketOperations } from './ticket';
import { userOperations } from './user';
import { userBadgeOperations } from './userBadge';
import { voteOperations } from './vote';

export interface CatalogEntry {
	value: string;
	name: string;
	description: string;
	operations: OperationSpec[];
}

/** Every /api/v1 operation of FastComments' spec, grouped as users think of them. */
export const fastCommentsCatalog: CatalogEntry[] = [
	{ value: 'aggregate', name: 'Aggregate', description: 'Group and compute over any resource', operations: aggregateOperations },
	{ value: 'auditLog', name: 'Audit Log', description: 'Who did what, when (Enterprise)', operations: auditLogOperations },
	{ value: 'badgeProgress', name: 'Badge Progress', description: "Users' progress towards badges", operations: badgeProgressOperations },
	{ value: 'comment', name: 'Comment', description: 'Comments left on pages', operations: commentOperations },
	{ value: 'domainConfig', name: 'Domain Config', description: 'Domains allowed to host the widget, and their email settings', operations: domainConfigOperations },
	{ value: 'emailTemplate', name: 'Email Template', description: 'Custom email templates', operations: emailTemplateOperations },
	{ value: 'feedPost', name: 'Feed Post', description: 'Posts of the activity feed', operations: feedPostOperations },
	{ value: 'hashTag', name: 'Hash Tag', description: 'Hashtags users can use in comments', operations: hashTagOperations },
	{ value: 'moderator', name: 'Moderator', description: 'Moderators and their invitations', operations: moderatorOperations },
	{ value: 'notification', name: 'Notification', description: "Users' notifications", operations: notificationOperations },
	{ value: 'notificationCount', name: 'Notification Count', description: "A user's unread count", operations: notificationCountOperations },
	{ value: 'page', name: 'Page', description: 'Pages (threads) comments belong to', operations: pageOperations },
	{ value: 'pendingWebhookEvent', name: 'Pending Webhook Event', description: 'Webhook calls waiting to be sent', operations: pendingWebhookEventOperations },
	{ value: 'questionConfig', name: 'Question Config', description: 'Questions (ratings, NPS, …)', operations: questionConfigOperations },
	{ value: 'questionResult', name: 'Question Result', description: 'Answers to questions', operations: questionResultOperations },
	{ value: 'questionResultAggregation', name: 'Question Result Aggregation', description: 'Statistics over answers', operations: questionResultAggregationOperations },
	{ value: 'ssoUser', name: 'SSO User', description: 'Users of your SSO integration', operations: ssoUserOperations },
	{ value: 'subscription', name: 'Subscription', description: "Users' page subscriptions", operations: subscriptionOperations },
	{ value: 'tenant', name: 'Tenant', description: 'Your tenant and the white-labelled ones you manage', operations: tenantOperations },
	{ value: 'tenantDailyUsage', name: 'Tenant Daily Usage', description: 'Usage per day', operations: tenantDailyUsageOperations },
	{ value: 'tenantPackage', name: 'Tenant Package', description: 'Packages for managed tenants', operations: tenantPackageOperations },
	{ value: 'tenantUser', name: 'Tenant User', description: 'Admins and users your tenant manages', operations: tenantUserOperations },
	{ value: 'ticket', name: 'Ticket', description: 'Support tickets', operations: ticketOperations },
	{ value: 'user', name: 'User', description: 'Commenters (read-only)', operations: userOperations },
	{ value: 'userBadge', name: 'User Badge', description: 'Badges given to users', operations: userBadgeOperations },
	{ value: 'vote', name: 'Vote', description: 'Up and down votes on comments', operations: voteOperations },
];

export const fastCommentsResources: Resource[] = [
	...fastCommentsCatalog.map((entry) => toResource(entry.value, entry.name, entry.description, entry.operations)),
	// FastComments wraps every list in a named key, so a generic paging style cannot know where the items are.
	customApiCallResource([]),
];
