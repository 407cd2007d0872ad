export {
  createCitaProFake,
  CITAPRO_AUTH_MESSAGES,
  type CitaProFake,
  type CitaProFakeOptions,
  type CitaProState,
} from './fake.js';
export { createCitaProSeedData, CITAPRO_IDS } from './data.js';
export { checkSlot, computeAvailability, formatWallClock, type ScheduleContext, type ScheduleData } from './schedule.js';
export * from './types.js';
