export {
  createLatePointFake,
  type LatePointFake,
  type LatePointFakeOptions,
  type LatePointRecordedRequest,
  type LatePointTakeSlotInput,
} from './fake.js';
export {
  createLatePointSeedData,
  LATEPOINT_IDS,
  type LatePointAgentRecord,
  type LatePointBookingRecord,
  type LatePointBookingStatus,
  type LatePointCustomerRecord,
  type LatePointLocationRecord,
  type LatePointSeedData,
  type LatePointServiceRecord,
  type LatePointSettings,
} from './data.js';
