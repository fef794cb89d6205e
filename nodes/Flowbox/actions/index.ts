import { customApiCallResource } from '../../shared/operations/customApiCall';
import type { Resource } from '../../shared/operations/types';
import { pageNumberPaging } from '../../shared/pagination';
import { postsV2Paging, reviewPaging } from '../flowboxPaging';
import { companyResource } from './company';
import { feedResource } from './feed';
import { flowResource } from './flow';
import { postResource } from './post';
import { productResource } from './product';
import { reviewResource } from './review';
import { tagResource } from './tag';

export const flowboxResources: Resource[] = [
	companyResource,
	feedResource,
	flowResource,
	postResource,
	productResource,
	reviewResource,
	tagResource,
	customApiCallResource([
		// Posts carry their flow's key, which the cursor needs; none is known up front here.
		{ name: 'Posts Cursor (data.posts)', value: 'postsCursor', strategy: postsV2Paging('') },
		{ name: 'Page and Limit (data.tags)', value: 'pageLimit', strategy: pageNumberPaging({ itemsPath: 'data.tags', sizeParam: 'limit', pageSize: 50 }) },
		{ name: 'First and After (data.reviews)', value: 'firstAfter', strategy: reviewPaging },
	]),
];
