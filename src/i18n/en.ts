import type { NumberWriter } from './plural.js';
import { enManage } from './en-manage.js';

/**
 * English catalog: the reference every other catalog must match, key for key and signature for signature.
 * A catalog is a function of the locale's number writer, so counts get the locale's plural forms and digits.
 */
export const en = ({ count, number }: NumberWriter) => ({
  widgetLabel: 'Book an appointment',
  loading: 'Loading…',
  progressLabel: 'Booking steps',
  stepOf: (step: number, total: number) => `Step ${number(step)} of ${number(total)}`,
  stepService: 'Service',
  stepLocation: 'Location',
  stepProfessional: 'Professional',
  stepDateTime: 'Date & time',
  stepDetails: 'Your details',
  stepReview: 'Review',
  stepConfirmation: 'Done',
  completedStep: 'completed',
  currentStep: 'current step',

  chooseService: 'Choose a service',
  chooseLocation: 'Choose a location',
  chooseProfessional: 'Choose a professional',
  chooseDateTime: 'Choose a date and time',
  yourDetails: 'Your details',
  reviewTitle: 'Review your booking',
  confirmedTitle: 'Booking confirmed',
  receivedTitle: 'Booking request received',

  back: 'Back',
  continue: 'Continue',
  confirm: 'Confirm booking',
  confirming: 'Booking…',
  retry: 'Try again',
  bookAnother: 'Book another appointment',
  pickAnotherTime: 'Pick another time',
  change: 'Change',

  noServices: 'No services can be booked online right now. Please contact us to book.',
  noLocations: 'No locations can be booked online right now. Please contact us to book.',
  noProfessionals: 'Nobody at this location offers online booking right now. Choose another location.',
  anyProfessional: 'Any professional',
  anyProfessionalHint: 'Whoever is free at the time you choose',
  durationAndPrice: (duration: string, price: string) => `${duration} · ${price}`,
  free: 'Free',

  calendarLabel: 'Choose a day',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  dayUnavailable: 'no free times',
  dayAvailable: 'free times available',
  today: 'today',
  loadingAvailability: 'Loading free times…',
  noAvailabilityInMonth: (month: string) => `No free times in ${month}.`,
  showMonth: (month: string) => `Show ${month}`,
  noAvailabilitySoon: 'No free times in the coming months. Please contact us to book.',
  pickADay: 'Choose a highlighted day to see its times.',
  timesOn: (date: string) => `Times on ${date}`,
  timesCount: (n: number) => count(n, { one: '# time available', other: '# times available' }),
  timesShownIn: (zone: string) => `Times shown in ${zone}`,
  showInMyTime: (zone: string) => `Show in my time: ${zone}`,

  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  notes: 'Notes',
  optional: 'optional',
  notesHint: 'Anything we should know before your visit',
  errRequired: 'Please fill this in.',
  errEmail: 'Enter an email address like name@example.com.',
  errPhone: 'Enter a phone number with at least 7 digits.',
  errTooLong: (max: number) => count(max, { one: 'Use at most # character.', other: 'Use at most # characters.' }),
  errFormSummary: (n: number) => count(n, { one: 'Please correct # field.', other: 'Please correct # fields.' }),

  reviewService: 'Service',
  reviewLocation: 'Location',
  reviewProfessional: 'Professional',
  reviewWhen: 'Date and time',
  reviewDuration: 'Duration',
  reviewPrice: 'Price',
  reviewClient: 'Your details',
  reviewNotes: 'Notes',
  timeZoneNote: (zone: string) => `Time zone: ${zone}`,

  confirmedMessage: (name: string) => `Thank you, ${name}. Your appointment is booked.`,
  receivedMessage: (name: string) =>
    `Thank you, ${name}. We have received your booking request and will confirm it soon.`,
  bookingReference: 'Booking reference',
  noReference: 'The booking system did not return a reference; you will receive one by email.',

  /* — several services — */
  chooseServicesHint: 'You can choose more than one service.',
  servicesSummary: (n: number, duration: string, price: string) =>
    `${count(n, { one: '# service', other: '# services' })} · ${duration} · ${price}`,
  chooseAtLeastOne: 'Choose at least one service to continue.',
  reviewServices: 'Services',
  reviewTotal: 'Total',
  /* — group sessions — */
  seatsLeft: (n: number) => count(n, { one: '# seat left', other: '# seats left' }),
  sessionsCount: (n: number) => count(n, { one: '# session with seats left', other: '# sessions with seats left' }),
  reviewJoining: 'Joining',
  ...enManage({ count, number }),

  errUnauthorized: 'Online booking is not available right now. Please contact us to book.',
  errNotFound: 'We could not find what you were looking for. It may no longer be offered.',
  errValidation: 'Some details need your attention.',
  errRejected: (reason: string) => `The booking system did not accept the booking: “${reason}”. Please check your choices and try again.`,
  errSlotTaken: 'Sorry, that time was just taken. Please choose another time; your details are kept.',
  errRateLimited: (seconds: number) =>
    count(seconds, {
      one: 'Too many requests. Please try again in # second.',
      other: 'Too many requests. Please try again in # seconds.',
    }),
  errRateLimitedNoTime: 'Too many requests. Please wait a moment and try again.',
  errServer: 'Something went wrong on our side. Please try again.',
  errOffline: 'You seem to be offline. Check your connection and try again.',
  errTimeout: 'The booking system is taking too long to answer. Please try again.',
  errBadResponse: 'The booking system sent an answer we could not read. Please try again.',
  errOutcomeUnknown:
    'We could not confirm whether your booking went through. Please check your email before booking again.',
  errSlotRefused: 'That time can no longer be booked. Please choose another time; your details are kept.',
  errSessionFull: 'Sorry, that session just filled up. Here are the sessions that still have seats.',
  errInvalidCredentials: 'That email and password do not match. Please try again.',
  errSignedOut: 'Your session has ended. Please sign in again; your choices are kept.',
  errCannotCancel: 'This booking can no longer be cancelled: it has already taken place or was already cancelled.',
  errCancelDeadline: 'It is too late to cancel this booking online. Please contact us directly.',
  errUnknown: 'Something went wrong. Please try again.',
});

export type Messages = ReturnType<typeof en>;
