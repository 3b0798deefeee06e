import { defineStrings } from '../shared/i18n/registry.js';

/**
 * UI strings of `<actie-action-plan>` (group `plan`). Dutch at B1 level with the polite u-form;
 * English plain. Keys ending in `One` / `Other` are chosen by the number (Intl.PluralRules).
 */
const nl = {
  title: 'Actieplan',
  intro: 'Hier maakt u afspraken over wat beter kan: wat er gebeurt, wie het doet en wanneer het klaar is.',
  emptyTitle: 'Nog geen afspraken',
  emptyText:
    'Een actieplan is een lijst met afspraken. Bij elk punt dat aandacht vraagt, spreekt u af wat er gebeurt, wie het doet en wanneer het klaar moet zijn. Zo weet iedereen wat er van hem of haar wordt verwacht.',
  emptyHow: 'Laat afspraken voorstellen vanuit uw resultaten, of voeg zelf een afspraak toe.',
  propose: 'Stel voor vanuit de resultaten',
  addAgreement: 'Afspraak toevoegen',
  proposedOne: '{count} afspraak toegevoegd',
  proposedOther: '{count} afspraken toegevoegd',
  proposedNone: 'Er waren geen nieuwe verbeterpunten',
  totalOne: 'Dit actieplan heeft {count} afspraak.',
  totalOther: 'Dit actieplan heeft {count} afspraken.',
  countsLabel: 'Afspraken per status',
  countStatus: '{status}: {count}',
  overdueSummaryOne: '{count} afspraak is te laat',
  overdueSummaryOther: '{count} afspraken zijn te laat',
  statusOpen: 'Open',
  statusBusy: 'Bezig',
  statusDone: 'Klaar',
  overdue: 'Te laat',
  listLabel: 'Afspraken',
  freeAgreement: 'Eigen afspraak',
  newAgreement: 'Nieuwe afspraak',
  unknownCondition: 'Voorwaarde {id}',
  area: 'Onderdeel: {area}',
  fieldWhat: 'Wat',
  fieldWho: 'Wie',
  fieldWhen: 'Wanneer',
  fieldStatus: 'Status',
  fieldContext: ', afspraak {position}',
  whatRequired: 'Vul in wat er gaat gebeuren. Zonder deze tekst wordt de afspraak niet bewaard.',
  whatNew: 'De afspraak wordt bewaard zodra u hier invult wat er gaat gebeuren.',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  actionFor: '{action}: {what}',
  moved: 'Afspraak verplaatst naar positie {position} van {total}',
  delete: 'Verwijderen',
  deleted: 'Afspraak verwijderd: {what}',
  discarded: 'De nieuwe afspraak is weggehaald.',
  undo: 'Ongedaan maken',
  restored: 'Afspraak teruggezet op positie {position} van {total}',
  exportsTitle: 'Bewaren, delen en afdrukken',
  exportsText: 'Download het actieplan om het te delen of in een ander programma te openen.',
  exportCsv: 'Download als spreadsheet (.csv)',
  exportMd: 'Download als tekst (.md)',
  exportIcs: 'Download voor de agenda (.ics)',
  exportIcsNone: 'Een bestand voor de agenda (.ics) kan pas als minstens één afspraak een datum heeft.',
  exportJson: 'Download om later verder te gaan (.json)',
  exportJsonHint: 'Het .json-bestand kunt u hier later weer inlezen, ook op een ander apparaat.',
  downloaded: 'Gedownload: {file}',
  fileName: 'actie-actieplan-{date}.{ext}',
  importTitle: 'Actieplan van een ander apparaat',
  importLabel: 'Actieplan inlezen',
  importHint: 'Kies een .json-bestand met een actieplan of een sessie. Het bestand vervangt het actieplan hier.',
  importedOne: 'Actieplan ingelezen: {count} afspraak',
  importedOther: 'Actieplan ingelezen: {count} afspraken',
  importedMigrated:
    'Dit plan is gemaakt met versie {from} van de vragen. Bij {count} afspraken is het punt waar ze over gaan aangepast aan versie {to}. De afspraken zelf zijn niet veranderd.',
  importedMigratedOne:
    'Dit plan is gemaakt met versie {from} van de vragen. Bij 1 afspraak is het punt waar die over gaat aangepast aan versie {to}. De afspraak zelf is niet veranderd.',
  importErrorTitle: 'Dit bestand kan niet worden ingelezen',
  importNothingChanged: 'Er is niets veranderd aan uw actieplan.',
  reasonDamaged: 'Het bestand is beschadigd, of het is geen .json-bestand.',
  reasonNotOurs: 'Dit is geen actieplan of sessie van ACTIE.',
  reasonVersion: 'Het bestand komt uit een nieuwere versie van ACTIE. Deze versie kan het nog niet openen.',
  reasonNoPlan: 'Dit sessiebestand heeft nog geen actieplan.',
  reasonTooLarge: 'Het bestand is te groot.',
  reasonInvalid: 'Er staan fouten in het bestand.',
  reasonUnreadable: 'Het bestand kon niet worden gelezen.',
  technicalDetails: 'Technische details:',
  print: 'Afdrukken',
  columnCondition: 'Voorwaarde',
  noDate: 'geen datum',
};

/** Keys of the `plan` strings. */
export type PlanStrings = typeof nl;

/** Keys of these strings: `t()` of the element takes these and the `common` ones. */
export type PlanKey = keyof PlanStrings;

// English is a chunk of its own, loaded the first time an element speaks English.
defineStrings('plan', { nl, en: async () => (await import('./action-plan.strings.en.js')).en });
