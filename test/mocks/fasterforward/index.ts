export { startFasterForwardMock, type FasterForwardMock, type FasterForwardMockOptions } from './startFasterForwardMock';
export * from './constants';
