export {
  createMiketsuFake,
  MIKETSU_MESSAGES,
  type MiketsuFake,
  type MiketsuFakeOptions,
  type MiketsuLayout,
  type MiketsuRecordedRequest,
} from './fake.js';
export {
  createMiketsuSeedData,
  MIKETSU_IDS,
  type MiketsuBooking,
  type MiketsuCustomer,
  type MiketsuParticipant,
  type MiketsuState,
} from './data.js';
export { checkStart, computeAvailability, type MiketsuDay } from './schedule.js';
export { SERIES_LIMIT } from './merchant.js';
