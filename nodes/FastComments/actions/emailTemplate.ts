import { id, picked, text } from '../engine/fields';
import { skipPages, skipUntilEmpty, wholeList } from '../engine/paging';
import type { OperationSpec } from '../engine/types';

const templateId = picked('id', 'Email Template', 'emailTemplate', 'The template\'s ID (not its emailTemplateId type)');

export const emailTemplateOperations: OperationSpec[] = [
	{
		value: 'get', name: 'Get', action: 'Get an email template', description: 'Retrieve one custom email template by ID',
		operationId: 'GetEmailTemplate', credits: '1', method: 'GET', path: '/api/v1/email-templates/{id}', pathFields: [templateId],
	},
	{
		value: 'getAll', name: 'Get Many', action: 'Get many email templates', description: 'List custom email templates in pages of 100',
		operationId: 'GetEmailTemplates', credits: '1', method: 'GET', path: '/api/v1/email-templates', list: { paging: skipPages('emailTemplates') },
	},
	{
		value: 'getDefinitions', name: 'Get Definitions', action: 'Get the email template definitions',
		description: 'List the template types (emailTemplateId), their default translations and test data',
		operationId: 'GetEmailTemplateDefinitions', credits: '1', method: 'GET', path: '/api/v1/email-templates/definitions', list: { paging: wholeList('definitions') },
	},
	{
		value: 'getRenderErrors', name: 'Get Render Errors', action: 'Get the render errors of an email template', description: 'List the errors met while rendering a template',
		operationId: 'GetEmailTemplateRenderErrors', method: 'GET', path: '/api/v1/email-templates/{id}/render-errors', pathFields: [templateId],
		list: { paging: skipUntilEmpty('renderErrors') },
	},
	{
		value: 'deleteRenderError', name: 'Delete Render Error', action: 'Delete a render error of an email template', description: 'Remove one render error',
		operationId: 'DeleteEmailTemplateRenderError', method: 'DELETE', path: '/api/v1/email-templates/{id}/render-errors/{errorId}',
		pathFields: [templateId, id('errorId', 'Render Error ID')],
	},
	{
		value: 'create', name: 'Create', action: 'Create an email template', description: 'Add a template (EJS); it must render with its test data',
		operationId: 'CreateEmailTemplate', credits: '1', method: 'POST', path: '/api/v1/email-templates', body: 'Email Template',
	},
	{
		value: 'update', name: 'Update', action: 'Update an email template', description: 'Change a template; it must still render',
		operationId: 'UpdateEmailTemplate', credits: '1', method: 'PATCH', path: '/api/v1/email-templates/{id}', pathFields: [templateId], body: 'Changes',
	},
	{
		value: 'render', name: 'Render', action: 'Render an email template', description: 'Preview a template as HTML',
		operationId: 'RenderEmailTemplate', credits: '1', method: 'POST', path: '/api/v1/email-templates/render', query: [text('locale', 'Locale', 'e.g. en_us')], body: 'Template',
	},
	{
		value: 'delete', name: 'Delete', action: 'Delete an email template', description: 'Remove a custom template',
		operationId: 'DeleteEmailTemplate', credits: '1', method: 'DELETE', path: '/api/v1/email-templates/{id}', pathFields: [templateId],
	},
];
