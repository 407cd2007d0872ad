import type { Messages } from './en.js';
import type { NumberWriter } from './plural.js';

/** Spanish, addressing the customer as tú. Loaded on demand (its own chunk in the ESM build). */
export const es = ({ count, number }: NumberWriter): Messages => ({
  widgetLabel: 'Reservar una cita',
  loading: 'Cargando…',
  progressLabel: 'Pasos de la reserva',
  stepOf: (step, total) => `Paso ${number(step)} de ${number(total)}`,
  stepService: 'Servicio',
  stepLocation: 'Sede',
  stepProfessional: 'Profesional',
  stepDateTime: 'Fecha y hora',
  stepDetails: 'Tus datos',
  stepReview: 'Resumen',
  stepConfirmation: 'Listo',
  completedStep: 'completado',
  currentStep: 'paso actual',

  chooseService: 'Elige un servicio',
  chooseLocation: 'Elige una sede',
  chooseProfessional: 'Elige un profesional',
  chooseDateTime: 'Elige fecha y hora',
  yourDetails: 'Tus datos',
  reviewTitle: 'Revisa tu reserva',
  confirmedTitle: 'Reserva confirmada',
  receivedTitle: 'Solicitud de reserva recibida',

  back: 'Atrás',
  continue: 'Continuar',
  confirm: 'Confirmar reserva',
  confirming: 'Reservando…',
  retry: 'Reintentar',
  bookAnother: 'Reservar otra cita',
  pickAnotherTime: 'Elegir otra hora',
  change: 'Cambiar',

  noServices: 'Ahora mismo no hay servicios con reserva en línea. Contáctanos para reservar.',
  noLocations: 'Ahora mismo no hay sedes con reserva en línea. Contáctanos para reservar.',
  noProfessionals: 'Nadie en esta sede ofrece reserva en línea ahora mismo. Elige otra sede.',
  anyProfessional: 'Cualquier profesional',
  anyProfessionalHint: 'Quien esté libre a la hora que elijas',
  durationAndPrice: (duration, price) => `${duration} · ${price}`,
  free: 'Gratis',

  calendarLabel: 'Elige un día',
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  dayUnavailable: 'sin horas libres',
  dayAvailable: 'con horas libres',
  today: 'hoy',
  loadingAvailability: 'Cargando horas libres…',
  noAvailabilityInMonth: (month) => `No hay horas libres en ${month}.`,
  showMonth: (month) => `Ver ${month}`,
  noAvailabilitySoon: 'No hay horas libres en los próximos meses. Contáctanos para reservar.',
  pickADay: 'Elige un día resaltado para ver sus horas.',
  timesOn: (date) => `Horas del ${date}`,
  timesCount: (n) => count(n, { one: '# hora disponible', many: '# de horas disponibles', other: '# horas disponibles' }),
  timesShownIn: (zone) => `Horas en ${zone}`,
  showInMyTime: (zone) => `Mostrar en mi hora: ${zone}`,

  firstName: 'Nombre',
  lastName: 'Apellidos',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  notes: 'Notas',
  optional: 'opcional',
  notesHint: 'Algo que debamos saber antes de tu visita',
  errRequired: 'Completa este campo.',
  errEmail: 'Escribe un correo como nombre@ejemplo.com.',
  errPhone: 'Escribe un teléfono de al menos 7 dígitos.',
  errTooLong: (max) => count(max, { one: 'Usa como máximo # carácter.', other: 'Usa como máximo # caracteres.' }),
  errFormSummary: (n) => count(n, { one: 'Corrige # campo.', other: 'Corrige # campos.' }),

  reviewService: 'Servicio',
  reviewLocation: 'Sede',
  reviewProfessional: 'Profesional',
  reviewWhen: 'Fecha y hora',
  reviewDuration: 'Duración',
  reviewPrice: 'Precio',
  reviewClient: 'Tus datos',
  reviewNotes: 'Notas',
  timeZoneNote: (zone) => `Zona horaria: ${zone}`,

  confirmedMessage: (name) => `Gracias, ${name}. Tu cita está reservada.`,
  receivedMessage: (name) =>
    `Gracias, ${name}. Hemos recibido tu solicitud de reserva y te la confirmaremos pronto.`,
  bookingReference: 'Referencia de la reserva',
  noReference: 'El sistema de reservas no devolvió una referencia; la recibirás por correo.',

  /* — several services (owner: services) — */
  /* — group sessions (owner: sessions) — */
  /* — account and managing bookings (owner: manage) — */
  /* — front desk and recurrence (owner: front-desk) — */

  errUnauthorized: 'La reserva en línea no está disponible ahora mismo. Contáctanos para reservar.',
  errNotFound: 'No encontramos lo que buscabas. Puede que ya no se ofrezca.',
  errValidation: 'Revisa los datos señalados.',
  errRejected: (reason) => `El sistema de reservas no aceptó la reserva: «${reason}». Revisa tu elección y vuelve a intentarlo.`,
  errSlotTaken: 'Lo sentimos, alguien acaba de reservar esa hora. Elige otra; tus datos se conservan.',
  errRateLimited: (seconds) =>
    count(seconds, {
      one: 'Demasiadas solicitudes. Vuelve a intentarlo en # segundo.',
      other: 'Demasiadas solicitudes. Vuelve a intentarlo en # segundos.',
    }),
  errRateLimitedNoTime: 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
  errServer: 'Algo salió mal por nuestra parte. Vuelve a intentarlo.',
  errOffline: 'Parece que no tienes conexión. Revísala y vuelve a intentarlo.',
  errTimeout: 'El sistema de reservas tarda demasiado en responder. Vuelve a intentarlo.',
  errBadResponse: 'El sistema de reservas envió una respuesta que no pudimos leer. Vuelve a intentarlo.',
  errOutcomeUnknown:
    'No pudimos confirmar si tu reserva se realizó. Revisa tu correo antes de volver a reservar.',
  errSessionFull: 'Lo sentimos, esa sesión se acaba de llenar. Estas son las sesiones que aún tienen plazas.',
  errInvalidCredentials: 'El correo y la contraseña no coinciden. Inténtalo de nuevo.',
  errSignedOut: 'Tu sesión ha terminado. Vuelve a iniciar sesión; tus elecciones se conservan.',
  errCannotCancel: 'Esta reserva ya no se puede cancelar: ya pasó o ya estaba cancelada.',
  errCancelDeadline: 'Ya es tarde para cancelar esta reserva en línea. Por favor, contáctanos directamente.',
  errUnknown: 'Algo salió mal. Vuelve a intentarlo.',
});
