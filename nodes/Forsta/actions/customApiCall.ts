import { customApiCallResource } from '../../shared/operations/customApiCall';
import type { Operation, Resource } from '../../shared/operations/types';
import { forstaHubsProfile } from '../forstaProfiles';
import { forstaPaging } from '../forstaPaging';

const generic = customApiCallResource([{ name: 'Forsta Pages (Next-Page Links)', value: 'forstaLinks', strategy: forstaPaging() }]);
const [call] = generic.operations;

/** A path under /v1/hubs goes to the Hubs API (its own rate limits); everything else to the Surveys API. */
const routed: Operation = {
	...call,
	properties: (call.properties ?? []).map((property) =>
		property.name === 'path' ? { ...property, placeholder: '/v1/surveys', description: 'Relative to the API host, starting with /v1; paths under /v1/hubs use the Hubs API' } : property,
	),
	run: async (input) => {
		const path = input.params.string('path', 'Path');
		const client = /^\/?v1\/hubs(\/|\?|$)/.test(path) ? await input.clientFor(forstaHubsProfile) : input.client;
		return await (call.run as NonNullable<Operation['run']>)({ ...input, client });
	},
};

export const forstaCustomApiCall: Resource = { ...generic, operations: [routed] };
