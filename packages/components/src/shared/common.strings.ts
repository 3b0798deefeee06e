import { defineStrings } from './i18n/registry.js';

/** Strings shared by every element (group `common`). */
export const commonStrings = defineStrings('common', () => import('./common.strings.en.js'), {
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
  statusMixed: 'Wisselend',
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
    'Deze vragen zijn nieuw of veranderd. Geef ze opnieuw antwoord. Uw eerdere antwoord staat in de notitie bij de vraag:',
  migratedRemoved: 'Deze vragen van de vorige versie bestaan niet meer. Uw antwoorden daarop staan in het origineel:',
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
  migratedIntake:
    'Beantwoord ook deze vragen van de eerste stap. Ze zijn nieuw, of uw eerdere antwoord past niet meer. Het advies houdt er rekening mee:',
  migratedIntakeGone: '(uw eerdere keuze bestaat niet meer)',
  migratedRemovedOthersOne: 'En 1 andere vraag.',
  migratedRemovedOthersOther: 'En {count} andere vragen.',
  migratedIntakeRemovedOne:
    '1 antwoord bij de eerste stap hoort bij een vraag die niet meer bestaat. Het staat in het origineel.',
  migratedIntakeRemovedOther:
    '{count} antwoorden bij de eerste stap horen bij vragen die niet meer bestaan. Ze staan in het origineel.',
  migratedShowQuestions: 'Toon de {count} vragen',
});

/** Keys of the `common` strings: `t()` and `tc()` of every element take these. */
export type CommonKey = keyof typeof commonStrings;
