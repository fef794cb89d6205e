import { packCredentialTypes, packNodeDescriptions } from './packTypes';

/** The credential list should name the product as its node does: "<node's display name> API". */
describe('credential display names', () => {
	const credentials = packCredentialTypes();
	const apps = packNodeDescriptions().filter((node) => !node.group.includes('trigger'));

	it.each(apps.map((app) => [app.displayName, app] as const))('%s: its credential is named after it', (_name, app) => {
		for (const { name } of app.credentials ?? []) {
			expect(credentials.find((credential) => credential.name === name)?.displayName).toBe(`${app.displayName} API`);
		}
	});
});
