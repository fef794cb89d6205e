import type { Resource } from '../../shared/operations/types';
import { forstaCustomApiCall } from './customApiCall';
import { hubResource } from './hub';
import { respondentResource } from './respondent';
import { responseResource } from './response';
import { surveyResource } from './survey';

export const forstaResources: Resource[] = [surveyResource, respondentResource, responseResource, hubResource, forstaCustomApiCall];
