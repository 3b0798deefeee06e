/**
 * What became of the questions and conditions of the default model's version 1 in version 2.
 *
 * Data only. `migrateSession` reads it to carry answers, notes and action plan links saved with
 * version 1 over to version 2; `docs/model.md` lists it for people. A test checks that every
 * question and condition of version 1 (kept as a fixture) is accounted for.
 *
 * @packageDocumentation
 */

import type { ModelMigration } from './types.js';

/** From the default model 1.x to 2.x. */
export const version1Migration: ModelMigration = {
  from: '1',
  questions: [
    // Animo
    {
      from: 'A1',
      change: 'kept',
      to: ['A1'],
      // Version 1 asked whether *you* know what drives them: "don't know" really meant "no".
      reanswer: ['dont-know'],
      text: { nl: 'Weet u wat de initiatiefnemers drijft?', en: 'Do you know what motivates the initiators?' },
    },
    {
      from: 'A2',
      change: 'replaced',
      to: ['A2'],
      text: {
        nl: 'Weet u wat voor hen het belangrijkst is: samen bezig zijn, of een bepaald resultaat in de buurt?',
        en: 'Do you know what matters most to them: being active together, or a specific result in the neighbourhood?',
      },
    },
    { from: 'A3', change: 'kept', to: ['A3'] },
    { from: 'A4', change: 'kept', to: ['A4'] },
    {
      from: 'A5',
      change: 'replaced',
      to: ['A5'],
      text: {
        nl: 'Staan bij uw steun de wensen van de bewoners voorop, vóór de beleidsdoelen van uw organisatie?',
        en: 'When you give support, do the residents’ wishes come first, ahead of your organisation’s policy goals?',
      },
    },
    {
      from: 'A6',
      change: 'replaced',
      to: ['A6'],
      text: {
        nl: 'Weet u welke dingen in uw eigen organisatie de zin van bewoners vergroten of juist wegnemen? Bijvoorbeeld regels, lang wachten of veel eisen.',
        en: 'Do you know what in your own organisation boosts residents’ drive or drains it, for example rules, long waits or many demands?',
      },
    },
    { from: 'A7', change: 'kept', to: ['A7'] },
    { from: 'A8', change: 'kept', to: ['A8'] },
    // Contacten
    { from: 'C1', change: 'kept', to: ['C1'] },
    { from: 'C2', change: 'kept', to: ['C2'] },
    { from: 'C3', change: 'kept', to: ['C3'] },
    { from: 'C4', change: 'kept', to: ['C4'] },
    { from: 'C5', change: 'kept', to: ['C5'] },
    { from: 'C6', change: 'kept', to: ['C6'] },
    { from: 'C7', change: 'kept', to: ['C7'] },
    // Toerusting
    { from: 'T1', change: 'kept', to: ['T1'] },
    { from: 'T2', change: 'kept', to: ['T2'] },
    { from: 'T3', change: 'kept', to: ['T3'] },
    { from: 'T4', change: 'moved', to: ['T5'] },
    {
      from: 'T5',
      change: 'split',
      to: ['T6', 'T7'],
      text: {
        nl: 'Geeft u de hulp waarom gevraagd wordt, en laat u de rest van het werk bij de bewoners?',
        en: 'Do you give the help that is asked for, and leave the rest of the work with the residents?',
      },
    },
    {
      from: 'T6',
      change: 'merged',
      to: ['I8'],
      text: {
        nl: 'Past de moeite van een aanvraag, voor geld of een vergunning, bij de grootte van het initiatief?',
        en: 'Is the effort of an application, for money or a permit, in line with the size of the initiative?',
      },
    },
    { from: 'T7', change: 'moved', to: ['T8'] },
    // Inbedding
    { from: 'I1', change: 'kept', to: ['I1'] },
    {
      from: 'I2',
      change: 'split',
      to: ['I4', 'I5'],
      text: {
        nl: 'Kan de professional zelf knopen doorhakken en snel iets regelen? Heeft hij of zij daar de tijd en de bevoegdheid voor?',
        en: 'Can the professional make decisions and get things done quickly, with the time and authority that takes?',
      },
    },
    { from: 'I3', change: 'moved', to: ['I6'] },
    { from: 'I4', change: 'moved', to: ['I7'] },
    { from: 'I5', change: 'moved', to: ['I9'] },
    {
      from: 'I6',
      change: 'split',
      to: ['I10', 'I11'],
      text: {
        nl: 'Als de contactpersoon vertrekt, kan een ander dan verder? Staat op papier wat er is afgesproken?',
        en: 'If the contact person leaves, can someone else pick it up? Are the agreements on paper?',
      },
    },
    { from: 'I7', change: 'moved', to: ['I12'] },
    { from: 'I8', change: 'moved', to: ['I13'] },
    // Empathie
    { from: 'E1', change: 'kept', to: ['E1'] },
    { from: 'E2', change: 'kept', to: ['E2'] },
    { from: 'E3', change: 'kept', to: ['E3'] },
    { from: 'E4', change: 'kept', to: ['E4'] },
    {
      from: 'E5',
      change: 'split',
      to: ['E5', 'E6'],
      text: {
        nl: 'Hebt u met de initiatiefnemers afgesproken wie wat doet? En weten zij wat wel en niet mogelijk is?',
        en: 'Have you agreed with the initiators who does what, and do they know what is and is not possible?',
      },
    },
    { from: 'E6', change: 'moved', to: ['E7'] },
    {
      from: 'E7',
      change: 'merged',
      to: ['I8'],
      text: {
        nl: 'Moeten de initiatiefnemers meer verantwoorden dan redelijk is voor vrijwilligers, of voor een initiatief van deze grootte?',
        en: 'Must the initiators account for more than is reasonable for volunteers, or for an initiative of this size?',
      },
    },
    {
      from: 'E8',
      change: 'replaced',
      to: ['E8'],
      text: {
        nl: 'Weet u hoe het leven in de buurt eruitziet voor de initiatiefnemers?',
        en: 'Do you know what daily life in the neighbourhood is like for the initiators?',
      },
    },
  ],
  // Agreements of an action plan point at a condition; these links are carried over.
  conditions: [
    { from: 'animo-motive-known', to: 'animo-motive-fits' },
    { from: 'A3', to: 'A3' },
    { from: 'A4', to: 'A4' },
    { from: 'A5', to: 'A5' },
    { from: 'A6', to: 'A6' },
    { from: 'A7', to: 'A7' },
    { from: 'A8', to: 'A8' },
    { from: 'C1', to: 'C1' },
    { from: 'C2', to: 'C2' },
    { from: 'C3', to: 'C3' },
    { from: 'C4', to: 'C4' },
    { from: 'C5', to: 'C5' },
    { from: 'C6', to: 'C6' },
    { from: 'C7', to: 'C7' },
    { from: 'T1', to: 'T1' },
    { from: 'T2', to: 'T2' },
    { from: 'T3', to: 'T3' },
    { from: 'toerusting-support-fits', to: 'toerusting-support-fits' },
    { from: 'T6', to: 'I8' },
    { from: 'T7', to: 'T8' },
    { from: 'I1', to: 'I1' },
    { from: 'I2', to: 'I4' },
    { from: 'I3', to: 'I6' },
    { from: 'I4', to: 'I7' },
    { from: 'I5', to: 'I9' },
    { from: 'I6', to: 'inbedding-continuity' },
    { from: 'I7', to: 'I12' },
    { from: 'I8', to: 'I13' },
    { from: 'E1', to: 'E1' },
    { from: 'E2', to: 'E2' },
    { from: 'empathie-clear-and-timely', to: 'empathie-clear-and-timely' },
    { from: 'E4', to: 'E4' },
    { from: 'E6', to: 'E7' },
    { from: 'E7', to: 'I8' },
    { from: 'E8', to: 'E8' },
  ],
};
