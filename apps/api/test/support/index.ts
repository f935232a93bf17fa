// The api's test harness: the real app on this worker's database, and builders that go
// through the public API. Generic tools come from @collegial/testing.
export * from '@collegial/testing';
export * from './test-app';
export * from './builders';
export * from './built-api';
export * from './document-files';
export * from './documents';
