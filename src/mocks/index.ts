/** Fake backends for tests, the demo and offline prototyping (`booking-widget/mocks`). */
export * from './citapro/index.js';
export {
  createMiketsuFake,
  createMiketsuSeedData,
  MIKETSU_IDS,
  MIKETSU_MESSAGES,
  type MiketsuBooking,
  type MiketsuCustomer,
  type MiketsuParticipant,
  type MiketsuFake,
  type MiketsuFakeOptions,
  type MiketsuLayout,
  type MiketsuRecordedRequest,
  type MiketsuState,
} from './miketsu/index.js';
export {
  createSalonBookItFake,
  createSalonBookItSeedData,
  SALONBOOKIT_DEMO_CUSTOMER,
  SALONBOOKIT_IDS,
  type SalonBookItAuthOptions,
  type SalonBookItBooking,
  type SalonBookItCustomer,
  type SalonBookItFake,
  type SalonBookItFakeOptions,
  type SalonBookItProfessional,
  type SalonBookItRecordedRequest,
  type SalonBookItSeedData,
  type SalonBookItService,
} from './salonbookit/index.js';
export {
  createLatePointFake,
  createLatePointSeedData,
  LATEPOINT_IDS,
  type LatePointFake,
  type LatePointFakeOptions,
  type LatePointSeedData,
  type LatePointTakeSlotInput,
} from './latepoint/index.js';
