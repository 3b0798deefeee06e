import { defineStrings } from './i18n/registry.js';

/** Strings shared by every element (group `common`). */
const nl = {
  loading: 'Het model wordt geladen…',
  modelNameErrorIntro:
    'Deze pagina vraagt om het model ‘{name}’, maar dat model bestaat niet. Neem contact op met de beheerder van deze website. Technische details:',
  modelErrorTitle: 'Dit model kan niet worden gebruikt',
  modelErrorIntro:
    'Het ACTIE-model uit {source} bevat fouten. Neem contact op met de beheerder van deze website. Technische details:',
  storageProblem: 'Uw antwoorden kunnen in deze browser niet worden bewaard. Ze blijven staan zolang deze pagina open is.',
  setAsideTitle: 'Eerder bewaarde antwoorden konden niet worden geopend',
  setAsideText:
    'We hebben ze apart gezet en niets weggegooid. U kunt ze downloaden, bijvoorbeeld om ze aan de beheerder te sturen. Reden: {reason}',
  setAsideInPlaceText:
    'We hebben niets weggegooid: ze staan nog in deze browser. Er is geen ruimte om ze apart te zetten. Daarom bewaren we uw nieuwe antwoorden niet in deze browser zolang de oude er staan. Sluit deze pagina dus niet zonder eerst de oude antwoorden te downloaden en hier te verwijderen. Daarna bewaren we uw nieuwe antwoorden weer. Reden: {reason}',
  setAsideDownload: 'Download de bewaarde antwoorden',
  setAsideDismiss: 'Verwijder deze melding en de apart gezette antwoorden',
  setAsideInPlaceDismiss: 'Verwijder deze melding en de oude antwoorden',
  fileNone: 'Nog geen bestand gekozen.',
  fileChosen: 'Gekozen: {names}',
  statusGood: 'Gaat al goed',
  statusNeedsWork: 'Vraagt aandacht',
  statusUnknown: 'Nog onbekend',
  answerYes: 'Ja',
  answerPartly: 'Deels',
  answerNo: 'Nee',
  answerDontKnow: 'Weet ik niet',
  answerNone: 'Niet beantwoord',
  reasonCorrupt: 'het bestand is beschadigd.',
  reasonFormat: 'het bestand komt uit een andere versie van dit hulpmiddel.',
  reasonModel: 'de antwoorden horen bij een andere versie van de vragen.',
  migratedTitle: 'Uw antwoorden zijn overgezet naar de nieuwe versie van de vragen',
  migratedText: 'U vulde de vragen in met versie {from}. Nu is versie {to} in gebruik, en sommige vragen zijn veranderd.',
  migratedCarried: '{count} antwoorden zijn overgenomen.',
  migratedCarriedOne: '1 antwoord is overgenomen.',
  migratedReanswer:
    'Deze vragen zijn nieuw of veranderd. Geef ze opnieuw antwoord. Uw eerdere antwoord staat in de notitie bij de vraag: {questions}.',
  migratedRemoved:
    'Deze vragen van de vorige versie bestaan niet meer: {questions}. Uw antwoorden daarop staan in het origineel.',
  migratedInPlace:
    'Er is geen ruimte om het origineel apart te zetten. Daarom bewaren we uw antwoorden niet in deze browser zolang het origineel er staat. Download het origineel en sluit daarna deze melding.',
  migratedDownload: 'Download het origineel',
  migratedDismiss: 'Sluit deze melding',
  addToPlan: 'Zet op actieplan',
  onPlan: 'Staat op het actieplan',
  added: 'Toegevoegd aan het actieplan: {title}',
  countGoodOne: '{count} gaat al goed',
  countGoodOther: '{count} gaan al goed',
  countNeedsWorkOne: '{count} vraagt aandacht',
  countNeedsWorkOther: '{count} vragen aandacht',
  countUnknownOne: '{count} nog onbekend',
  countUnknownOther: '{count} nog onbekend',
  printHint: 'U kunt ook een PDF maken: kies bij het afdrukken voor ‘Opslaan als PDF’.',
  printDate: 'Datum: {date}',
};

const en: typeof nl = {
  loading: 'Loading the model…',
  modelNameErrorIntro:
    'This page asks for the model ‘{name}’, but there is no such model. Please contact the administrator of this website. Technical details:',
  modelErrorTitle: 'This model cannot be used',
  modelErrorIntro:
    'The ACTIE model from {source} contains errors. Please contact the administrator of this website. Technical details:',
  storageProblem: 'Your answers cannot be saved in this browser. They stay as long as this page is open.',
  setAsideTitle: 'Answers saved earlier could not be opened',
  setAsideText:
    'We have set them aside and thrown nothing away. You can download them, for example to send them to the administrator. Reason: {reason}',
  setAsideInPlaceText:
    'We have thrown nothing away: they are still in this browser. There is no room to set them aside, so your new answers are not saved in this browser while the old ones are there. Do not close this page before you have downloaded the old answers and removed them here. After that, your new answers are saved again. Reason: {reason}',
  setAsideDownload: 'Download the saved answers',
  setAsideDismiss: 'Remove this message and the answers set aside',
  setAsideInPlaceDismiss: 'Remove this message and the old answers',
  fileNone: 'No file chosen yet.',
  fileChosen: 'Chosen: {names}',
  statusGood: 'Already going well',
  statusNeedsWork: 'Needs work',
  statusUnknown: 'Not known yet',
  answerYes: 'Yes',
  answerPartly: 'Partly',
  answerNo: 'No',
  answerDontKnow: "Don't know",
  answerNone: 'Not answered',
  reasonCorrupt: 'the file is damaged.',
  reasonFormat: 'the file comes from another version of this tool.',
  reasonModel: 'the answers belong to another version of the questions.',
  migratedTitle: 'Your answers were carried over to the new version of the questions',
  migratedText: 'You answered version {from} of the questions. Version {to} is now in use, and some questions have changed.',
  migratedCarried: '{count} answers were kept.',
  migratedCarriedOne: '1 answer was kept.',
  migratedReanswer:
    'These questions are new or have changed. Please answer them again. Your earlier answer is in the note with the question: {questions}.',
  migratedRemoved:
    'These questions of the earlier version no longer exist: {questions}. Your answers to them are in the original.',
  migratedInPlace:
    'There is no room to set the original aside, so your answers are not saved in this browser while the original is there. Download the original, then close this message.',
  migratedDownload: 'Download the original',
  migratedDismiss: 'Close this message',
  addToPlan: 'Add to action plan',
  onPlan: 'On the action plan',
  added: 'Added to the action plan: {title}',
  countGoodOne: '{count} is already going well',
  countGoodOther: '{count} are already going well',
  countNeedsWorkOne: '{count} needs work',
  countNeedsWorkOther: '{count} need work',
  countUnknownOne: '{count} is not known yet',
  countUnknownOther: '{count} are not known yet',
  printHint: 'You can also make a PDF: choose ‘Save as PDF’ when printing.',
  printDate: 'Date: {date}',
};

/** The `common` strings (the Dutch table's shape). */
export type CommonStrings = typeof nl;

/** Keys of the `common` strings. */
export type CommonKey = keyof CommonStrings;

defineStrings('common', { nl, en });
