import { createContext } from '@lit/context';
import type { CustomerAccount } from '../../core/model.js';

/**
 * The signed-in customer, shared by `<booking-widget>` with the steps that change when someone is
 * signed in (the details form, the review). Elements used alone take the same through properties.
 */
export interface AccountState {
  /** Absent while nobody is signed in. */
  account?: CustomerAccount;
  /** The backend can pay with loyalty points. */
  offerPoints: boolean;
  /** The customer chose to pay with their points. */
  usePoints: boolean;
}

export const accountContext = createContext<AccountState>(Symbol('booking-account'));
