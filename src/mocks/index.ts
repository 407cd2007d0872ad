/** Fake backends for tests, the demo and offline prototyping (`booking-widget/mocks`). */
export * from './citapro/index.js';
export {
  createMiketsuFake,
  createMiketsuSeedData,
  MIKETSU_IDS,
  MIKETSU_MESSAGES,
  type MiketsuBooking,
  type MiketsuFake,
  type MiketsuFakeOptions,
  type MiketsuLayout,
  type MiketsuRecordedRequest,
  type MiketsuState,
} from './miketsu/index.js';
