import type { Messages } from './en.js';
import type { NumberWriter } from './plural.js';
import { arManage } from './ar-manage.js';

/*
 * Modern Standard Arabic, written right to left. Instructions use "يُرجى" with a verbal noun and
 * headings use verbal nouns, which read naturally and address every customer alike. Counts take the
 * six Arabic plural categories (zero, one, two, few 3–10, many 11–99, other 100…). Loaded on demand.
 */
export const ar = ({ count, number }: NumberWriter): Messages => ({
  widgetLabel: 'حجز موعد',
  loading: 'جارٍ التحميل…',
  progressLabel: 'خطوات الحجز',
  stepOf: (step, total) => `الخطوة ${number(step)} من ${number(total)}`,
  stepService: 'الخدمة',
  stepLocation: 'الفرع',
  stepProfessional: 'مقدّم الخدمة',
  stepDateTime: 'التاريخ والوقت',
  stepDetails: 'بياناتك',
  stepReview: 'المراجعة',
  stepConfirmation: 'تم',
  completedStep: 'مكتملة',
  currentStep: 'الخطوة الحالية',

  chooseService: 'اختيار الخدمة',
  chooseLocation: 'اختيار الفرع',
  chooseProfessional: 'اختيار مقدّم الخدمة',
  chooseDateTime: 'اختيار التاريخ والوقت',
  yourDetails: 'بياناتك',
  reviewTitle: 'مراجعة الحجز',
  confirmedTitle: 'تم تأكيد الحجز',
  receivedTitle: 'تم استلام طلب الحجز',

  back: 'رجوع',
  continue: 'متابعة',
  confirm: 'تأكيد الحجز',
  confirming: 'جارٍ الحجز…',
  retry: 'إعادة المحاولة',
  bookAnother: 'حجز موعد آخر',
  pickAnotherTime: 'اختيار وقت آخر',
  change: 'تغيير',

  noServices: 'لا تتوفر حاليًا خدمات للحجز عبر الإنترنت. يُرجى التواصل معنا للحجز.',
  noLocations: 'لا تتوفر حاليًا فروع للحجز عبر الإنترنت. يُرجى التواصل معنا للحجز.',
  noProfessionals: 'لا يتوفر حاليًا في هذا الفرع أحد للحجز عبر الإنترنت. يُرجى اختيار فرع آخر.',
  anyProfessional: 'أي مقدّم خدمة',
  anyProfessionalHint: 'من يكون متاحًا في الوقت الذي تختاره',
  durationAndPrice: (duration, price) => `${duration} · ${price}`,
  free: 'مجانًا',

  calendarLabel: 'اختيار اليوم',
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  dayUnavailable: 'لا توجد أوقات متاحة',
  dayAvailable: 'توجد أوقات متاحة',
  today: 'اليوم',
  loadingAvailability: 'جارٍ تحميل الأوقات المتاحة…',
  noAvailabilityInMonth: (month) => `لا توجد أوقات متاحة في ${month}.`,
  showMonth: (month) => `عرض ${month}`,
  noAvailabilitySoon: 'لا توجد أوقات متاحة في الأشهر القادمة. يُرجى التواصل معنا للحجز.',
  pickADay: 'يُرجى اختيار أحد الأيام المميّزة لعرض أوقاته.',
  timesOn: (date) => `أوقات يوم ${date}`,
  timesCount: (n) =>
    count(n, {
      zero: 'لا توجد أوقات متاحة',
      one: 'وقت واحد متاح',
      two: 'وقتان متاحان',
      few: '# أوقات متاحة',
      many: '# وقتًا متاحًا',
      other: '# وقت متاح',
    }),
  timesShownIn: (zone) => `المنطقة الزمنية للأوقات: ${zone}`,
  showInMyTime: (zone) => `عرض الأوقات بتوقيتي: ${zone}`,

  firstName: 'الاسم الأول',
  lastName: 'اسم العائلة',
  email: 'البريد الإلكتروني',
  phone: 'رقم الهاتف',
  notes: 'ملاحظات',
  optional: 'اختياري',
  notesHint: 'أي شيء ينبغي أن نعرفه قبل زيارتك',
  errRequired: 'يُرجى ملء هذا الحقل.',
  errEmail: 'يُرجى إدخال بريد إلكتروني مثل name@example.com.',
  errPhone: `يُرجى إدخال رقم هاتف من ${number(7)} أرقام على الأقل.`,
  errTooLong: (max) =>
    count(max, {
      one: 'يُرجى ألّا يتجاوز النص حرفًا واحدًا.',
      two: 'يُرجى ألّا يتجاوز النص حرفين.',
      few: 'يُرجى ألّا يتجاوز النص # أحرف.',
      many: 'يُرجى ألّا يتجاوز النص # حرفًا.',
      other: 'يُرجى ألّا يتجاوز النص # حرف.',
    }),
  errFormSummary: (n) =>
    count(n, {
      zero: 'لا توجد حقول تحتاج إلى تصحيح.',
      one: 'يُرجى تصحيح حقل واحد.',
      two: 'يُرجى تصحيح حقلين.',
      few: 'يُرجى تصحيح # حقول.',
      many: 'يُرجى تصحيح # حقلًا.',
      other: 'يُرجى تصحيح # حقل.',
    }),

  reviewService: 'الخدمة',
  reviewLocation: 'الفرع',
  reviewProfessional: 'مقدّم الخدمة',
  reviewWhen: 'التاريخ والوقت',
  reviewDuration: 'المدة',
  reviewPrice: 'السعر',
  reviewClient: 'بياناتك',
  reviewNotes: 'ملاحظات',
  timeZoneNote: (zone) => `المنطقة الزمنية: ${zone}`,

  confirmedMessage: (name) => `شكرًا لك يا ${name}. تم حجز موعدك.`,
  receivedMessage: (name) => `شكرًا لك يا ${name}. استلمنا طلب الحجز وسنؤكده لك قريبًا.`,
  bookingReference: 'رقم مرجع الحجز',
  noReference: 'لم يُرسل نظام الحجز رقمًا مرجعيًا؛ سيصلك عبر البريد الإلكتروني.',

  /* — several services — */
  chooseServicesHint: 'يمكنك اختيار أكثر من خدمة.',
  servicesSummary: (n, duration, price) =>
    `${count(n, { zero: 'لا توجد خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: '# خدمات', many: '# خدمةً', other: '# خدمة' })} · ${duration} · ${price}`,
  chooseAtLeastOne: 'اختر خدمة واحدة على الأقل للمتابعة.',
  reviewServices: 'الخدمات',
  reviewTotal: 'المجموع',
  /* — group sessions — */
  seatsLeft: (n) =>
    count(n, {
      zero: 'لا توجد مقاعد متبقية',
      one: 'بقي مقعد واحد',
      two: 'بقي مقعدان',
      few: 'بقيت # مقاعد',
      many: 'بقي # مقعدًا',
      other: 'بقي # مقعد',
    }),
  sessionsCount: (n) =>
    count(n, {
      zero: 'لا توجد جلسات بها مقاعد متاحة',
      one: 'جلسة واحدة بها مقاعد متاحة',
      two: 'جلستان بهما مقاعد متاحة',
      few: '# جلسات بها مقاعد متاحة',
      many: '# جلسةً بها مقاعد متاحة',
      other: '# جلسة بها مقاعد متاحة',
    }),
  reviewJoining: 'الانضمام إلى',
  ...arManage({ count, number }),

  errUnauthorized: 'الحجز عبر الإنترنت غير متاح حاليًا. يُرجى التواصل معنا للحجز.',
  errNotFound: 'لم نعثر على ما تبحث عنه. ربما لم يعد متاحًا.',
  errValidation: 'بعض البيانات تحتاج إلى مراجعتك.',
  errRejected: (reason) => `لم يقبل نظام الحجز الحجز: «${reason}». يُرجى مراجعة اختياراتك والمحاولة مرة أخرى.`,
  errSlotTaken: 'عذرًا، حُجز هذا الوقت للتو. يُرجى اختيار وقت آخر؛ بياناتك محفوظة.',
  errRateLimited: (seconds) =>
    count(seconds, {
      one: 'طلبات كثيرة جدًا. يُرجى المحاولة مجددًا بعد ثانية واحدة.',
      two: 'طلبات كثيرة جدًا. يُرجى المحاولة مجددًا بعد ثانيتين.',
      few: 'طلبات كثيرة جدًا. يُرجى المحاولة مجددًا بعد # ثوانٍ.',
      many: 'طلبات كثيرة جدًا. يُرجى المحاولة مجددًا بعد # ثانية.',
      other: 'طلبات كثيرة جدًا. يُرجى المحاولة مجددًا بعد # ثانية.',
    }),
  errRateLimitedNoTime: 'طلبات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مجددًا.',
  errServer: 'حدث خطأ من جهتنا. يُرجى المحاولة مجددًا.',
  errOffline: 'يبدو أنك غير متصل بالإنترنت. يُرجى التحقق من الاتصال والمحاولة مجددًا.',
  errTimeout: 'يستغرق نظام الحجز وقتًا طويلًا في الرد. يُرجى المحاولة مجددًا.',
  errBadResponse: 'أرسل نظام الحجز ردًا تعذّرت علينا قراءته. يُرجى المحاولة مجددًا.',
  errOutcomeUnknown: 'تعذّر علينا التأكد من إتمام حجزك. يُرجى مراجعة بريدك الإلكتروني قبل الحجز مرة أخرى.',
  errSlotRefused: 'لم يعد بالإمكان حجز هذا الوقت. يُرجى اختيار وقت آخر؛ بياناتك محفوظة.',
  errSessionFull: 'عذرًا، امتلأت هذه الجلسة للتو. هذه هي الجلسات التي ما زالت فيها مقاعد.',
  errInvalidCredentials: 'البريد الإلكتروني وكلمة المرور غير متطابقين. يُرجى المحاولة مرة أخرى.',
  errSignedOut: 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى؛ اختياراتك محفوظة.',
  errCannotCancel: 'لم يعد بالإمكان إلغاء هذا الحجز: فقد تم بالفعل أو أُلغي من قبل.',
  errCancelDeadline: 'فات أوان إلغاء هذا الحجز عبر الإنترنت. يُرجى التواصل معنا مباشرة.',
  errUnknown: 'حدث خطأ ما. يُرجى المحاولة مجددًا.',
});
