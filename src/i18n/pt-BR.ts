import type { Messages } from './en.js';
import type { NumberWriter } from './plural.js';

/** Brazilian Portuguese, addressing the customer as você. Also serves pt and pt-PT. Loaded on demand. */
export const ptBR = ({ count, number }: NumberWriter): Messages => ({
  widgetLabel: 'Agendar um horário',
  loading: 'Carregando…',
  progressLabel: 'Etapas do agendamento',
  stepOf: (step, total) => `Etapa ${number(step)} de ${number(total)}`,
  stepService: 'Serviço',
  stepLocation: 'Unidade',
  stepProfessional: 'Profissional',
  stepDateTime: 'Data e horário',
  stepDetails: 'Seus dados',
  stepReview: 'Resumo',
  stepConfirmation: 'Concluído',
  completedStep: 'etapa concluída',
  currentStep: 'etapa atual',

  chooseService: 'Escolha um serviço',
  chooseLocation: 'Escolha uma unidade',
  chooseProfessional: 'Escolha um profissional',
  chooseDateTime: 'Escolha a data e o horário',
  yourDetails: 'Seus dados',
  reviewTitle: 'Confira seu agendamento',
  confirmedTitle: 'Agendamento confirmado',
  receivedTitle: 'Pedido de agendamento recebido',

  back: 'Voltar',
  continue: 'Continuar',
  confirm: 'Confirmar agendamento',
  confirming: 'Agendando…',
  retry: 'Tentar novamente',
  bookAnother: 'Agendar outro horário',
  pickAnotherTime: 'Escolher outro horário',
  change: 'Alterar',

  noServices: 'No momento, nenhum serviço pode ser agendado on-line. Entre em contato conosco para agendar.',
  noLocations: 'No momento, nenhuma unidade aceita agendamento on-line. Entre em contato conosco para agendar.',
  noProfessionals: 'No momento, ninguém nesta unidade aceita agendamento on-line. Escolha outra unidade.',
  anyProfessional: 'Qualquer profissional',
  anyProfessionalHint: 'Quem estiver livre no horário que você escolher',
  durationAndPrice: (duration, price) => `${duration} · ${price}`,
  free: 'Gratuito',

  calendarLabel: 'Escolha um dia',
  previousMonth: 'Mês anterior',
  nextMonth: 'Próximo mês',
  dayUnavailable: 'sem horários livres',
  dayAvailable: 'com horários livres',
  today: 'hoje',
  loadingAvailability: 'Carregando horários livres…',
  noAvailabilityInMonth: (month) => `Não há horários livres em ${month}.`,
  showMonth: (month) => `Ver ${month}`,
  noAvailabilitySoon: 'Não há horários livres nos próximos meses. Entre em contato conosco para agendar.',
  pickADay: 'Escolha um dia destacado para ver os horários.',
  timesOn: (date) => `Horários de ${date}`,
  timesCount: (n) =>
    count(n, { one: '# horário disponível', many: '# de horários disponíveis', other: '# horários disponíveis' }),
  timesShownIn: (zone) => `Horários no fuso: ${zone}`,
  showInMyTime: (zone) => `Mostrar no meu horário: ${zone}`,

  firstName: 'Nome',
  lastName: 'Sobrenome',
  email: 'E-mail',
  phone: 'Telefone',
  notes: 'Observações',
  optional: 'opcional',
  notesHint: 'Algo que devemos saber antes da sua visita',
  errRequired: 'Preencha este campo.',
  errEmail: 'Informe um e-mail como nome@exemplo.com.',
  errPhone: `Informe um telefone com pelo menos ${number(7)} dígitos.`,
  errTooLong: (max) => count(max, { one: 'Use no máximo # caractere.', other: 'Use no máximo # caracteres.' }),
  errFormSummary: (n) => count(n, { one: 'Corrija # campo.', other: 'Corrija # campos.' }),

  reviewService: 'Serviço',
  reviewLocation: 'Unidade',
  reviewProfessional: 'Profissional',
  reviewWhen: 'Data e horário',
  reviewDuration: 'Duração',
  reviewPrice: 'Preço',
  reviewClient: 'Seus dados',
  reviewNotes: 'Observações',
  timeZoneNote: (zone) => `Fuso horário: ${zone}`,

  confirmedMessage: (name) => `Obrigado, ${name}. Seu horário está agendado.`,
  receivedMessage: (name) =>
    `Obrigado, ${name}. Recebemos seu pedido de agendamento e vamos confirmá-lo em breve.`,
  bookingReference: 'Código do agendamento',
  noReference: 'O sistema de agendamento não retornou um código; você vai recebê-lo por e-mail.',

  /* — several services (owner: services) — */
  /* — group sessions (owner: sessions) — */
  /* — account and managing bookings (owner: manage) — */
  /* — front desk and recurrence (owner: front-desk) — */

  errUnauthorized: 'O agendamento on-line não está disponível no momento. Entre em contato conosco para agendar.',
  errNotFound: 'Não encontramos o que você procurava. Talvez não esteja mais disponível.',
  errValidation: 'Alguns dados precisam da sua atenção.',
  errRejected: (reason) => `O sistema de reservas não aceitou a reserva: “${reason}”. Confira suas escolhas e tente novamente.`,
  errSlotTaken: 'Desculpe, alguém acabou de reservar esse horário. Escolha outro; seus dados foram mantidos.',
  errRateLimited: (seconds) =>
    count(seconds, {
      one: 'Muitas solicitações. Tente novamente em # segundo.',
      other: 'Muitas solicitações. Tente novamente em # segundos.',
    }),
  errRateLimitedNoTime: 'Muitas solicitações. Aguarde um momento e tente novamente.',
  errServer: 'Algo deu errado do nosso lado. Tente novamente.',
  errOffline: 'Parece que você está sem conexão. Verifique sua internet e tente novamente.',
  errTimeout: 'O sistema de agendamento está demorando demais para responder. Tente novamente.',
  errBadResponse: 'O sistema de agendamento enviou uma resposta que não conseguimos ler. Tente novamente.',
  errOutcomeUnknown:
    'Não conseguimos confirmar se seu agendamento foi concluído. Verifique seu e-mail antes de agendar novamente.',
  errSessionFull: 'Desculpe, essa sessão acabou de lotar. Estas são as sessões que ainda têm vagas.',
  errInvalidCredentials: 'O e-mail e a senha não conferem. Tente novamente.',
  errSignedOut: 'Sua sessão terminou. Entre novamente; suas escolhas foram mantidas.',
  errCannotCancel: 'Esta reserva não pode mais ser cancelada: já aconteceu ou já foi cancelada.',
  errCancelDeadline: 'Já é tarde para cancelar esta reserva on-line. Entre em contato conosco diretamente.',
  errUnknown: 'Algo deu errado. Tente novamente.',
});
