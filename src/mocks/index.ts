/** Fake backends for tests, the demo and offline prototyping (`booking-widget/mocks`). */
export * from './citapro/index.js';
