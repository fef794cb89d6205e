import type { INodeProperties } from 'n8n-workflow';

/** An n8n collection ("Add Option", "Add Filter"…): optional fields the user adds one by one. */
export function collectionField(displayName: string, name: string, placeholder: string, options: INodeProperties[]): INodeProperties {
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}
