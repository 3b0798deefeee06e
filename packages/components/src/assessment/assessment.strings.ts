import { defineStrings } from '../shared/i18n/registry.js';

/** UI strings of `<actie-assessment>` (group `assessment`). Dutch at B1 level, English plain. */
const nl = {
  stepListLabel: 'Stappen van de vragenlijst',
  stepListToggle: 'Alle stappen',
  stepOf: 'Stap {current} van {total}',
  announceStep: 'Stap {current} van {total}: {title}',
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
  moreInfo: 'Meer uitleg',
  questionContext: 'bij vraag {id}',
  clearAnswer: 'Antwoord wissen',
  answerCleared: 'Het antwoord bij vraag {id} is gewist. De vraag staat weer open.',
  noteAdd: 'Notitie toevoegen',
  noteShow: 'Notitie tonen',
  noteHide: 'Notitie verbergen',
  noteLabel: 'Notitie (optioneel)',
  reflectionTitle: 'Wat gaat goed? Wat pakken we op?',
  reflectionLabel: 'Uw gedachten over {area} (optioneel)',
  reflectionHint:
    'Schrijf kort op wat goed gaat en wat u wilt oppakken. Dit staat later bij de resultaten, in de downloads en in het teamoverzicht.',
  reviewTitle: 'Overzicht en afronden',
  reviewIntro: 'Hier ziet u per onderdeel hoeveel vragen u heeft beantwoord. U kunt nog terug om iets aan te passen.',
  reviewAreasTitle: 'Per onderdeel',
  reviewAreaCounts: '{answered} van {total} beantwoord, {open} open',
  openTitle: 'Open vragen',
  openIntro: 'Deze vragen heeft u nog niet beantwoord. Kies een vraag om ernaartoe te gaan.',
  noOpen: 'U heeft alle vragen beantwoord.',
  openWarningOne:
    'Er staat nog 1 vraag open. U kunt toch afronden. Een open vraag telt dan als "nog onbekend": u krijgt daarover een punt om uit te zoeken.',
  openWarningMany:
    'Er staan nog {open} vragen open. U kunt toch afronden. Open vragen tellen dan als "nog onbekend": u krijgt daarover punten om uit te zoeken.',
  finish: 'Afronden',
  finishedTitle: 'Uw antwoorden zijn afgerond',
  finishedText: 'Dank u wel. Wilt u nog iets aanpassen? Ga dan terug naar een stap. Daarna kunt u opnieuw afronden.',
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

const en: typeof nl = {
  stepListLabel: 'Steps of the questionnaire',
  stepListToggle: 'All steps',
  stepOf: 'Step {current} of {total}',
  announceStep: 'Step {current} of {total}: {title}',
  intakeTitle: 'About the initiative',
  intakeTitleOrganisation: 'About your organisation',
  intakeIntro:
    'These questions are optional. Your answers help to fit the advice to your situation. You can also go straight on to the next step.',
  intakeCount: '{answered} of {total} filled in',
  textCount: '{count} of {max} characters used',
  areaIntro: 'For each question, choose the answer that fits best. You may also leave a question open.',
  answeredCount: '{answered} of {total} answered',
  complete: 'complete',
  progressLabel: 'Progress',
  progressText: '{answered} of {total} questions answered',
  previous: 'Previous: {title}',
  next: 'Next: {title}',
  moreInfo: 'More information',
  questionContext: 'for question {id}',
  clearAnswer: 'Clear answer',
  answerCleared: 'The answer to question {id} has been cleared. The question is open again.',
  noteAdd: 'Add a note',
  noteShow: 'Show note',
  noteHide: 'Hide note',
  noteLabel: 'Note (optional)',
  reflectionTitle: 'What goes well? What shall we take up?',
  reflectionLabel: 'Your thoughts on {area} (optional)',
  reflectionHint:
    'Write briefly what goes well and what you want to take up. It appears with the results, in the downloads and in the team overview.',
  reviewTitle: 'Review and finish',
  reviewIntro: 'Here you can see how many questions you answered in each area. You can still go back to change something.',
  reviewAreasTitle: 'By area',
  reviewAreaCounts: '{answered} of {total} answered, {open} open',
  openTitle: 'Open questions',
  openIntro: 'You have not answered these questions yet. Choose a question to go to it.',
  noOpen: 'You have answered all questions.',
  openWarningOne:
    'There is still 1 open question. You can finish anyway. An open question then counts as "not known yet": you get a point to find out.',
  openWarningMany:
    'There are still {open} open questions. You can finish anyway. Open questions then count as "not known yet": you get points to find out.',
  finish: 'Finish',
  finishedTitle: 'Your answers are complete',
  finishedText: 'Thank you. Want to change something? Go back to a step. You can then finish again.',
  privacyTitle: 'Your answers',
  storageLocal:
    'Your answers are kept only in this browser, also after you close it. They are not sent anywhere. This lets you continue later.',
  storageSession: 'Your answers are kept only in this tab, until you close it. They are not sent anywhere.',
  storageNone: 'Your answers are not kept and not sent anywhere. They are gone when you close this page.',
  deleteButton: 'Delete my answers',
  deleteQuestion:
    'Are you sure you want to delete all your answers and notes? An action plan is deleted too. This cannot be undone.',
  deleteConfirm: 'Yes, delete everything',
  deleteCancel: 'No, keep them',
  deleted: 'Your answers have been deleted. You are back at the first step.',
  aboutTitle: 'About this check',
  needsNewAnswer: 'This question is new or has changed. Please answer it again. Your earlier answer is in the note.',
};

/** Keys of the `assessment` strings. */
export type AssessmentStrings = typeof nl;

/** Keys of these strings: `t()` of the element takes these and the `common` ones. */
export type AssessmentKey = keyof AssessmentStrings;

defineStrings('assessment', { nl, en });
