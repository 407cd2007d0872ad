export {
  createMiketsuFake,
  MIKETSU_MESSAGES,
  type MiketsuFake,
  type MiketsuFakeOptions,
  type MiketsuLayout,
  type MiketsuRecordedRequest,
} from './fake.js';
export { createMiketsuSeedData, MIKETSU_IDS, type MiketsuBooking, type MiketsuState } from './data.js';
export { checkStart, computeAvailability, type MiketsuDay } from './schedule.js';
