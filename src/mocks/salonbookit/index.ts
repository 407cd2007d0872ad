export {
  createSalonBookItFake,
  type SalonBookItFake,
  type SalonBookItFakeOptions,
  type SalonBookItRecordedRequest,
} from './fake.js';
export type { SalonBookItAuthOptions } from './auth.js';
export {
  createSalonBookItSeedData,
  SALONBOOKIT_DEMO_CUSTOMER,
  SALONBOOKIT_IDS,
  type SalonBookItBooking,
  type SalonBookItCustomer,
  type SalonBookItProfessional,
  type SalonBookItSeedData,
  type SalonBookItService,
  type WeeklyHours,
} from './data.js';
