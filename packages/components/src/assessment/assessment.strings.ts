import { defineStrings } from '../shared/i18n/registry.js';

/** UI strings of `<actie-assessment>` (group `assessment`). Dutch at B1 level, English plain. */
const nl = {
  stepListLabel: 'Stappen van de vragenlijst',
  stepListToggle: 'Alle stappen',
  stepOf: 'Stap {current} van {total}',
  announceStep: 'Stap {current} van {total}: {title}',
  announcePage: 'Stap {current} van {total}: {title}. {questions}',
  pageQuestions: 'Vragen {first} tot en met {last} van {total}',
  pageQuestion: 'Vraag {first} van {total}',
  questionNumber: 'Vraag {number} van {total}',
  skipLink: 'Naar de eerste vraag',
  stepIntroToggle: 'Uitleg bij deze stap',
  intakeTitle: 'Over het initiatief',
  intakeTitleOrganisation: 'Over uw organisatie',
  intakeIntro:
    'Deze vragen zijn niet verplicht. Met uw antwoorden past het advies beter bij uw situatie. U kunt ook meteen verder naar de volgende stap.',
  intakeCount: '{answered} van {total} ingevuld',
  textCount: '{count} van {max} tekens gebruikt',
  areaIntro: 'Kies bij elke vraag het antwoord dat het best past. U mag een vraag ook openlaten.',
  answeredCount: '{answered} van {total} beantwoord',
  complete: 'klaar',
  progressLabel: 'Voortgang',
  progressText: '{answered} van {total} vragen beantwoord',
  previous: 'Vorige: {title}',
  next: 'Volgende: {title}',
  previousPage: 'Vorige vragen',
  nextPage: 'Volgende vragen',
  backToCheck: 'Terug naar uw antwoorden',
  moreInfo: 'Meer uitleg',
  chooseAny: 'Kies alles wat past.',
  questionContext: 'bij vraag {number}',
  clearAnswer: 'Antwoord wissen',
  answerCleared: 'Het antwoord bij vraag {number} is gewist. De vraag staat weer open.',
  noteAdd: 'Notitie toevoegen',
  noteHide: 'Notitie verbergen',
  noteLabel: 'Notitie (optioneel)',
  reflectionTitle: 'Wat gaat goed? Wat pakken we op?',
  reflectionLabel: 'Uw gedachten over {area} (optioneel)',
  reflectionHint:
    'Schrijf kort op wat goed gaat en wat u wilt oppakken. Dit staat later bij de resultaten, in de downloads en in het teamoverzicht.',
  checkTitle: 'Controleer uw antwoorden',
  checkIntro: 'Hier staan al uw antwoorden en notities. Wilt u iets veranderen? Kies dan "Wijzig" bij de vraag.',
  checkCounts: 'U heeft {answered} van {total} vragen beantwoord.',
  checkNote: 'Notitie',
  notFilledIn: 'Niet ingevuld',
  change: 'Wijzig',
  changeContext: 'antwoord op vraag {number} van {step}',
  changeReflectionContext: 'wat goed gaat en wat u oppakt bij {area}',
  openTitle: 'Nog niet beantwoord',
  openQuestion: '{step}, vraag {number} van {total}:',
  openIntro: 'Deze vragen staan nog open. Kies een vraag om ernaartoe te gaan.',
  noOpen: 'U heeft alle vragen beantwoord.',
  openWarningOne:
    'Er staat nog 1 vraag open. U kunt toch afronden. Een open vraag telt dan als "nog onbekend": u krijgt daarover een punt om uit te zoeken.',
  openWarningMany:
    'Er staan nog {open} vragen open. U kunt toch afronden. Open vragen tellen dan als "nog onbekend": u krijgt daarover punten om uit te zoeken.',
  finishTitle: 'Klaar?',
  finishIntro: 'Rond af om uw resultaten te zien. U kunt daarna uw antwoorden nog wijzigen.',
  finish: 'Afronden',
  checkLoading: 'Het overzicht van uw antwoorden wordt geladen…',
  checkFailed:
    'Het overzicht kan nu niet worden getoond: een deel van de check is niet geladen. Controleer uw internetverbinding en laad de pagina opnieuw.',
  finishFailed:
    'Afronden lukt nu niet: een deel van de check is niet geladen. Controleer uw internetverbinding en laad de pagina opnieuw.',
  finishedTitle: 'Afgerond',
  finishedText: 'U heeft de vragen afgerond: {answered} van {total} vragen beantwoord.',
  finishedReview: 'Antwoorden bekijken of wijzigen',
  announceFinished: 'De vragen zijn afgerond.',
  privacyTitle: 'Uw antwoorden',
  storageLocal:
    'Uw antwoorden worden alleen in deze browser bewaard, ook als u hem sluit. Ze worden niet verstuurd. Zo kunt u later verder.',
  storageSession: 'Uw antwoorden worden alleen in dit tabblad bewaard, tot u het sluit. Ze worden niet verstuurd.',
  storageNone: 'Uw antwoorden worden niet bewaard en niet verstuurd. Ze verdwijnen als u deze pagina sluit.',
  deleteButton: 'Mijn antwoorden verwijderen',
  deleteQuestion:
    'Weet u zeker dat u al uw antwoorden en notities wilt verwijderen? Ook een actieplan wordt verwijderd. Dit kunt u niet ongedaan maken.',
  deleteConfirm: 'Ja, alles verwijderen',
  deleteCancel: 'Nee, niet verwijderen',
  deleted: 'Uw antwoorden zijn verwijderd. U bent terug bij de eerste stap.',
  aboutTitle: 'Over deze check',
  needsNewAnswer: 'Deze vraag is nieuw of veranderd. Geef opnieuw antwoord. Uw eerdere antwoord staat in de notitie.',
};

/** Keys of the `assessment` strings. */
export type AssessmentStrings = typeof nl;

/** Keys of these strings: `t()` of the element takes these and the `common` ones. */
export type AssessmentKey = keyof AssessmentStrings;

// English is a chunk of its own, loaded the first time an element speaks English.
defineStrings('assessment', { nl, en: async () => (await import('./assessment.strings.en.js')).en });
