import { HIVE_BASE_PATH } from './constants';

export function collectionPath(resource: string): string {
	return `${HIVE_BASE_PATH}/${resource}`;
}

export function memberPath(resource: string): string {
	return `${HIVE_BASE_PATH}/${resource}/:id`;
}
