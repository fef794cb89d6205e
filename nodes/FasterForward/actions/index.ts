import type { Resource } from '../../shared/operations/types';
import { apiRequestResource } from './apiRequest';
import { documentResource } from './documentUpload';

export const fasterForwardResources: Resource[] = [apiRequestResource, documentResource];
