export {
  createSalonBookItFake,
  type SalonBookItFake,
  type SalonBookItFakeOptions,
  type SalonBookItRecordedRequest,
} from './fake.js';
export {
  createSalonBookItSeedData,
  SALONBOOKIT_IDS,
  type SalonBookItBooking,
  type SalonBookItProfessional,
  type SalonBookItSeedData,
  type SalonBookItService,
  type WeeklyHours,
} from './data.js';
