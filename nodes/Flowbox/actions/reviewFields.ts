import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { collectionField } from '../collectionField';

export const REVIEW_STATUSES = [
	{ name: 'Auto Moderation Pending', value: 'auto_moderation_pending' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Published', value: 'published' },
	{ name: 'Rejected', value: 'rejected' },
];

const text = z.string().trim().min(1, 'is required');

/** The body of POST /v2/reviews/create, as Flowbox documents it. */
export const reviewSchema = z
	.object({
		product_id: text,
		title: text,
		description: text,
		status: z.enum(['auto_moderation_pending', 'published', 'pending', 'rejected'], { errorMap: () => ({ message: 'must be auto_moderation_pending, published, pending or rejected' }) }),
		stars: z.number().int('must be a whole number').min(0, 'must be between 0 and 5').max(5, 'must be between 0 and 5'),
		email: z.string().trim().email('must be a valid email address'),
		display_name: text,
		locale: text,
		source: z.enum(['website', 'sequence'], { errorMap: () => ({ message: 'must be website or sequence' }) }),
		url: z.string().trim().url('must be a full URL').optional(),
		is_email_verified: z.boolean().optional(),
		sequence_id: z.number().int('must be a whole number').safe().optional(),
	})
	.strict();

const required = (displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	description,
	...extra,
});

export const reviewCreateFields: INodeProperties[] = [
	required('Product ID', 'productId', 'The ID of the reviewed product, as in your catalog'),
	required('Title', 'title', 'Title of the review'),
	required('Description', 'description', 'Text of the review', { typeOptions: { rows: 4 } }),
	{ displayName: 'Stars', name: 'stars', type: 'number', typeOptions: { minValue: 0, maxValue: 5 }, default: 5, description: 'Rating from 0 to 5' },
	required('Email', 'email', "The reviewer's email address", { placeholder: 'name@email.com' }),
	required('Display Name', 'displayName', "The reviewer's name as shown"),
	required('Locale', 'locale', 'Locale of the reviewed product; it sets the language of the review', { placeholder: 'en-GB' }),
	{ displayName: 'Status', name: 'status', type: 'options', options: REVIEW_STATUSES, default: 'auto_moderation_pending' },
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		options: [
			{ name: 'Website', value: 'website' },
			{ name: 'Sequence', value: 'sequence' },
		],
		default: 'website',
	},
	collectionField('Additional Fields', 'additionalFields', 'Add Field', [
		{ displayName: 'Email Verified', name: 'isEmailVerified', type: 'boolean', default: false, description: 'Whether the email address has been verified' },
		{
			displayName: 'Sequence ID',
			name: 'sequenceId',
			type: 'number',
			default: 0,
			description: 'A sequential number that lets Flowbox drop duplicates on bulk import; with it, a failed request is safe to send again',
		},
		{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'Where the review was sent from' },
	]),
];

/** UI labels of the body fields, so an error names the field the user sees. */
const LABELS: Record<string, string> = {
	product_id: 'Product ID',
	title: 'Title',
	description: 'Description',
	status: 'Status',
	stars: 'Stars',
	email: 'Email',
	display_name: 'Display Name',
	locale: 'Locale',
	source: 'Source',
	url: 'URL',
	sequence_id: 'Sequence ID',
};

/** The review from the fields, checked before sending: every problem names its field. */
export function reviewBody(params: ItemParameters): IDataObject {
	const extra = params.collection('additionalFields');
	const candidate: IDataObject = {
		product_id: params.string('productId', 'Product ID'),
		title: params.string('title', 'Title'),
		description: params.string('description', 'Description'),
		status: params.string('status', 'Status', 'auto_moderation_pending'),
		stars: params.numberOf('Stars', params.raw('stars', 5)),
		email: params.string('email', 'Email'),
		display_name: params.string('displayName', 'Display Name'),
		locale: params.string('locale', 'Locale'),
		source: params.string('source', 'Source', 'website'),
	};
	const url = params.textOf('URL', extra.url);
	if (url) candidate.url = url;
	if (extra.isEmailVerified !== undefined) candidate.is_email_verified = params.flagOf('Email Verified', extra.isEmailVerified);
	if (extra.sequenceId !== undefined && extra.sequenceId !== '') candidate.sequence_id = params.numberOf('Sequence ID', extra.sequenceId);
	const result = reviewSchema.safeParse(candidate);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	throw params.fail(LABELS[String(issue.path[0])] ?? 'Review', issue.message);
}
