import { choice, flag, text } from '../engine/fields';

/** Fields several FastComments resources share, worded once. */
export const userIdFilter = text('userId', 'User ID', 'For SSO users: "<tenant id>:<user id>"');
export const anonUserId = text('anonUserId', 'Anonymous User ID', 'Any id for an anonymous session (e.g. a random UUID), instead of a User ID');
export const actingUserId = text('userId', 'User ID', 'The user this is done for (a FastComments.com, SSO or tenant user)');
export const contextUserId = text('contextUserId', 'Context User ID', 'The user the call acts for, as the comment widget would');

export const isLive = flag('isLive', 'Live Update', 'Whether open comment widgets update at once; doubles the credit cost');
export const doSpamCheck = flag('doSpamCheck', 'Spam Check', 'Whether FastComments checks the text for spam');
export const sendEmails = flag('sendEmails', 'Send Emails', 'Whether to send welcome and comment-verification emails to new users');
export const populateNotifications = flag('populateNotifications', 'Create Notifications', 'Whether to create the notifications a widget comment would');

export const updateComments = flag('updateComments', 'Update Comments', "Whether the user's existing comments take the new name and avatar");
export const deleteComments = flag('deleteComments', 'Delete Comments', "Whether the user's comments are deleted too (credits: 2 instead of 1)");
export const commentDeleteMode = choice(
	'commentDeleteMode',
	'Comment Delete Mode',
	[
		{ name: 'Remove', value: '0' },
		{ name: 'Anonymize', value: '1' },
	],
	"With Delete Comments: remove the user's comments, or keep them with name, email, avatar and user ID cleared",
);
export const forceRecalculate = flag('forceRecalculate', 'Force Recalculate', 'Whether to skip the cache (credits: 10 instead of 2)');
