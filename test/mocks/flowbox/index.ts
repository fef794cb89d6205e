export { startFlowboxMock, type FlowboxMock, type FlowboxMockOptions } from './startFlowboxMock';
export { createFlowboxState, mockKey } from './seed';
export * from './constants';
export type * from './types';
