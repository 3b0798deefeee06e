/**
 * The initiators' own view: a short set in plain "je"-form for the people who run the initiative.
 *
 * Practice organisations stress working from the residents' perspective. These questions ask the
 * initiators about their motivation, support in the neighbourhood, what they need and how the
 * contact with the municipality or organisation goes. `correspondence` says which question of the
 * ACTIE-check (the default model, 2.x) each one mirrors, so a team can put the initiators' view
 * next to the professionals' without pooling the two. The wording is this toolkit's own. Data only.
 *
 * @packageDocumentation
 */

import type { ActieModelInput, Source } from './types.js';

const BOOK: Source = {
  title: 'Burgers maken hun buurt',
  authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
  publisher: 'Platform31',
  year: 2013,
};

/** The initiators' short set as written by hand; `validateModel` completes it. */
export const initiatorModelSource: ActieModelInput = {
  id: 'actie-initiator',
  version: '1.0',
  languages: ['nl', 'en'],
  title: {
    nl: 'ACTIE-check voor initiatiefnemers',
    en: 'ACTIE check for initiators',
  },
  attribution: {
    nl:
      'Deze vragen zijn voor deze toolkit geschreven, voor de initiatiefnemers zelf. Ze volgen het ACTIE-model uit ‘Burgers maken hun buurt’ ' +
      'van Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker (Platform31, 2013). ' +
      'Deze toolkit is niet gemaakt of goedgekeurd door Movisie of Platform31. ' +
      'De tips zijn ideeën om over na te denken, geen oordelen.',
    en:
      'These questions are written for this toolkit, for the initiators themselves. They follow the ACTIE-model of “Burgers maken hun buurt” ' +
      'by Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker (Platform31, 2013). ' +
      'This toolkit is not made or endorsed by Movisie or Platform31. ' +
      'The tips are ideas to think about, not verdicts.',
  },

  intake: [
    {
      id: 'phase',
      kind: 'choice',
      text: { nl: 'Hoe ver zijn jullie met het initiatief?', en: 'How far along is your initiative?' },
      options: [
        { value: 'idea', label: { nl: 'We hebben een idee', en: 'We have an idea' } },
        { value: 'starting', label: { nl: 'We beginnen net', en: 'We are just starting' } },
        { value: 'running', label: { nl: 'Het loopt', en: 'It is up and running' } },
        {
          value: 'continuing',
          label: { nl: 'Het loopt al lang en moet blijven bestaan', en: 'It has run for a while and needs to keep going' },
        },
        { value: 'closing', label: { nl: 'We stoppen of ronden af', en: 'We are stopping or wrapping up' } },
      ],
    },
    {
      id: 'topic',
      kind: 'text',
      text: { nl: 'Waar gaat jullie initiatief over?', en: 'What is your initiative about?' },
      help: {
        nl: 'Een paar woorden zijn genoeg, bijvoorbeeld ‘moestuin op het plein’.',
        en: 'A few words are enough, for example “vegetable garden on the square”.',
      },
      maxLength: 200,
    },
  ],

  areas: [
    {
      id: 'animo',
      letter: 'A',
      title: { nl: 'Animo', en: 'Enthusiasm' },
      summary: {
        nl: 'Heb je er nog zin in, en staat de buurt achter jullie?',
        en: 'Are you still keen, and is the neighbourhood behind you?',
      },
      research: {
        nl: 'Een initiatief houdt het langer vol als de buurt erachter staat en als de trekkers het werk samen kunnen dragen.',
        en: 'An initiative lasts longer when the neighbourhood backs it and when the people leading it can share the work.',
      },
      sources: [BOOK],
      questions: [
        {
          id: 'IA1',
          text: {
            nl: 'Steunen andere buren het initiatief, ook buiten jullie kleine groep?',
            en: 'Do other neighbours support the initiative, beyond your small group?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt een paar buren vragen wat zij van het plan vinden, bijvoorbeeld langs de deur of met een briefje in de bus.',
            en: 'You could ask a few neighbours what they think of the plan, for example at the door or with a note through the letterbox.',
          },
          agreement: {
            nl: 'Vraag een paar buren wat zij van het plan vinden.',
            en: 'Ask a few neighbours what they think of the plan.',
          },
        },
        {
          id: 'IA2',
          text: {
            nl: 'Lukt het om het initiatief vol te houden zonder dat het je te veel wordt?',
            en: 'Can you keep the initiative going without it becoming too much for you?',
          },
          help: {
            nl: 'Je doet dit naast werk, zorg of gezin. Het is goed om op tijd te zeggen als het te veel wordt.',
            en: 'You do this alongside work, care or family. It is good to say in time when it becomes too much.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt met je groep bespreken welke taken iemand anders kan doen, of hoe het plan een stap kleiner kan.',
            en: 'You could discuss with your group which tasks someone else can do, or how the plan can be a step smaller.',
          },
          agreement: {
            nl: 'Bespreek met je groep welke taken iemand anders kan doen.',
            en: 'Discuss with your group which tasks someone else can do.',
          },
        },
        {
          id: 'IA3',
          text: {
            nl: 'Heeft de gemeente of de organisatie die jullie helpt verteld wat zij met jullie initiatief wil bereiken?',
            en: 'Has the municipality or the organisation helping you said what it wants to achieve with your initiative?',
          },
          help: {
            nl: 'Organisaties hebben soms eigen doelen. Als je die kent, kun je zelf kiezen wat je ermee doet.',
            en: 'Organisations sometimes have goals of their own. If you know them, you can choose yourself what to do with them.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt je contactpersoon vragen wat de gemeente of organisatie met jullie initiatief hoopt te bereiken.',
            en: 'You could ask your contact person what the municipality or organisation hopes to achieve with your initiative.',
          },
          agreement: {
            nl: 'Vraag je contactpersoon wat de gemeente of organisatie met jullie initiatief wil bereiken.',
            en: 'Ask your contact person what the municipality or organisation wants to achieve with your initiative.',
          },
        },
      ],
    },
    {
      id: 'contacten',
      letter: 'C',
      title: { nl: 'Contacten', en: 'Contacts' },
      summary: {
        nl: 'Met wie hebben jullie contact: organisaties in de buurt, de gemeente, andere buren?',
        en: 'Who are you in touch with: local organisations, the municipality, other neighbours?',
      },
      research: {
        nl: 'Contact met buren, organisaties in de buurt en de gemeente levert steun, helpers en kennis op.',
        en: 'Contact with neighbours, local organisations and the municipality brings support, helpers and know-how.',
      },
      sources: [BOOK],
      questions: [
        {
          id: 'IC1',
          text: {
            nl: 'Werken jullie samen met organisaties in de buurt, zoals een school, buurthuis of woningcorporatie?',
            en: 'Do you work with local organisations, such as a school, community centre or housing association?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt een organisatie in de buurt vragen of zij iets kan bijdragen, zoals een ruimte of mensen.',
            en: 'You could ask a local organisation whether it can contribute something, such as a space or people.',
          },
          agreement: {
            nl: 'Vraag één organisatie in de buurt of zij iets kan bijdragen.',
            en: 'Ask one local organisation whether it can contribute something.',
          },
        },
        {
          id: 'IC2',
          text: {
            nl: 'Vind je bij de gemeente en andere instanties snel de juiste persoon?',
            en: 'Do you quickly find the right person at the municipality and other agencies?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt je contactpersoon vragen om een lijstje: wie kun je waarvoor bellen?',
            en: 'You could ask your contact person for a short list: whom can you call for what?',
          },
          agreement: {
            nl: 'Vraag je contactpersoon om een lijstje van wie je waarvoor kunt bellen.',
            en: 'Ask your contact person for a short list of whom to call for what.',
          },
        },
        {
          id: 'IC3',
          text: {
            nl: 'Doen er ook buren mee die anders niet snel meedoen?',
            en: 'Do neighbours take part who would not usually join in?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt iemand persoonlijk uitnodigen die nog niet meedoet. Dat werkt vaak beter dan een folder.',
            en: 'You could invite someone personally who does not take part yet. That often works better than a leaflet.',
          },
          agreement: {
            nl: 'Nodig een buur die nog niet meedoet persoonlijk uit.',
            en: 'Personally invite a neighbour who does not take part yet.',
          },
        },
      ],
    },
    {
      id: 'toerusting',
      letter: 'T',
      title: { nl: 'Toerusting', en: 'Resources' },
      summary: {
        nl: 'Hebben jullie wat je nodig hebt: geld, spullen, mensen en hulp?',
        en: 'Do you have what you need: money, materials, people and help?',
      },
      research: {
        nl: 'Goede hulp past bij wat jullie zelf vragen, en laat het initiatief van jullie.',
        en: 'Good help fits what you ask for yourselves, and leaves the initiative yours.',
      },
      sources: [BOOK],
      questions: [
        {
          id: 'IT1',
          text: {
            nl: 'Hebben jullie genoeg geld, ruimte en spullen?',
            en: 'Do you have enough money, space and materials?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt bij de gemeente of een fonds vragen welke potjes er zijn, of een ruimte of spullen lenen.',
            en: 'You could ask the municipality or a fund which budgets there are, or borrow a space or materials.',
          },
          agreement: {
            nl: 'Vraag bij de gemeente of een fonds welke potjes er zijn.',
            en: 'Ask the municipality or a fund which budgets there are.',
          },
        },
        {
          id: 'IT2',
          text: {
            nl: 'Zijn er genoeg mensen met genoeg tijd om het draaiende te houden?',
            en: 'Are there enough people with enough time to keep it running?',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt bedenken welke kleine taak een nieuwe vrijwilliger kan doen, en daar gericht iemand voor vragen.',
            en: 'You could think of a small task a new volunteer could do, and ask someone for it specifically.',
          },
          agreement: {
            nl: 'Bedenk een kleine taak voor een nieuwe vrijwilliger en vraag daar iemand voor.',
            en: 'Think of a small task for a new volunteer and ask someone for it.',
          },
        },
        {
          id: 'IT3',
          text: {
            nl: 'Krijg je de hulp waarom je vraagt, niet meer en niet minder?',
            en: 'Do you get the help you ask for, no more and no less?',
          },
          help: {
            nl: 'Soms doet een professional dingen die jullie zelf willen doen. Soms krijg je juist niet wat je nodig hebt.',
            en: 'Sometimes a professional does things you want to do yourselves. Sometimes you do not get what you need.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt met je contactpersoon bespreken welke hulp jullie nodig hebben, en wat jullie zelf willen doen.',
            en: 'You could discuss with your contact person which help you need, and what you want to do yourselves.',
          },
          agreement: {
            nl: 'Bespreek met je contactpersoon welke hulp jullie nodig hebben en wat jullie zelf doen.',
            en: 'Discuss with your contact person which help you need and what you do yourselves.',
          },
        },
      ],
    },
    {
      id: 'inbedding',
      letter: 'I',
      title: { nl: 'Inbedding', en: 'Embedding' },
      summary: {
        nl: 'Hoe gaat het met de gemeente of organisatie: is er een vast aanspreekpunt, en is het papierwerk te doen?',
        en: 'How are things with the municipality or organisation: is there one contact point, and is the paperwork manageable?',
      },
      research: {
        nl: 'Eén vaste contactpersoon en eenvoudig papierwerk maken het voor vrijwilligers veel makkelijker.',
        en: 'One regular contact person and simple paperwork make things much easier for volunteers.',
      },
      sources: [BOOK],
      questions: [
        {
          id: 'II1',
          text: {
            nl: 'Heb je één vaste persoon bij de gemeente of organisatie bij wie je terechtkunt?',
            en: 'Do you have one regular person at the municipality or organisation you can turn to?',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt de gemeente of organisatie vragen om één vaste contactpersoon voor jullie initiatief.',
            en: 'You could ask the municipality or organisation for one regular contact person for your initiative.',
          },
          agreement: {
            nl: 'Vraag de gemeente of organisatie om één vaste contactpersoon.',
            en: 'Ask the municipality or organisation for one regular contact person.',
          },
        },
        {
          id: 'II2',
          text: {
            nl: 'Is het papierwerk te doen voor vrijwilligers? Denk aan aanvragen, vergunningen en verantwoording.',
            en: 'Is the paperwork manageable for volunteers, such as applications, permits and reporting?',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt de gemeente of organisatie laten weten welk papierwerk te veel is. Dat helpt ook andere initiatieven.',
            en: 'You could let the municipality or organisation know which paperwork is too much. That helps other initiatives too.',
          },
          agreement: {
            nl: 'Laat de gemeente of organisatie weten welk papierwerk te veel is.',
            en: 'Let the municipality or organisation know which paperwork is too much.',
          },
        },
      ],
    },
    {
      id: 'empathie',
      letter: 'E',
      title: { nl: 'Empathie', en: 'Empathy' },
      summary: {
        nl: 'Hoe gaat het contact: krijg je op tijd antwoord, en voel je je serieus genomen?',
        en: 'How does the contact go: do you get answers in time, and do you feel taken seriously?',
      },
      research: {
        nl: 'Vrijwilligers blijven eerder meedoen als ze op tijd antwoord krijgen, bereikbaar zijn als zij tijd hebben en zien dat er iets met hun inbreng gebeurt.',
        en: 'Volunteers keep taking part more readily when they get answers in time, can reach someone when they have time, and see their input acted on.',
      },
      sources: [BOOK],
      questions: [
        {
          id: 'IE1',
          text: {
            nl: 'Krijg je snel genoeg antwoord als je iets vraagt?',
            en: 'Do you get an answer quickly enough when you ask something?',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt met je contactpersoon afspreken binnen hoeveel dagen je antwoord krijgt.',
            en: 'You could agree with your contact person within how many days you get an answer.',
          },
          agreement: {
            nl: 'Spreek met je contactpersoon af binnen hoeveel dagen je antwoord krijgt.',
            en: 'Agree with your contact person within how many days you get an answer.',
          },
        },
        {
          id: 'IE2',
          text: {
            nl: 'Voel je je serieus genomen door de mensen van de gemeente of organisatie?',
            en: 'Do you feel taken seriously by the people of the municipality or organisation?',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt je contactpersoon vertellen wat goed gaat in het contact en wat beter kan.',
            en: 'You could tell your contact person what goes well in the contact and what could be better.',
          },
          agreement: {
            nl: 'Vertel je contactpersoon wat goed gaat in het contact en wat beter kan.',
            en: 'Tell your contact person what goes well in the contact and what could be better.',
          },
        },
        {
          id: 'IE3',
          text: {
            nl: 'Kun je hen bereiken op momenten dat jij tijd hebt, zoals ’s avonds of in het weekend?',
            en: 'Can you reach them at times when you are free, such as in the evening or at the weekend?',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'Je kunt vragen hoe je iemand kunt bereiken buiten kantoortijd, bijvoorbeeld met een bericht dat de volgende dag wordt beantwoord.',
            en: 'You could ask how to reach someone outside office hours, for example with a message answered the next day.',
          },
          agreement: {
            nl: 'Vraag hoe je iemand kunt bereiken buiten kantoortijd.',
            en: 'Ask how to reach someone outside office hours.',
          },
        },
      ],
    },
  ],

  // No conditions beyond one per question, and no role advice: the roles are the professionals'.
  conditions: [],
  roleRules: [],

  texts: {
    findOut: { nl: 'Zoek dit uit', en: 'Find this out' },
    defaultRoleReason: {
      nl: 'Deze vragen zijn voor initiatiefnemers; er hoort geen rol bij.',
      en: 'These questions are for initiators; no role goes with them.',
    },
  },

  correspondence: [
    {
      model: 'actie-default',
      version: '2',
      group: { nl: 'initiatiefnemers', en: 'initiators' },
      questions: [
        { question: 'IA1', corresponds: 'A3' },
        { question: 'IA2', corresponds: 'A8' },
        { question: 'IA3', corresponds: 'A5' },
        { question: 'IC1', corresponds: 'C2' },
        { question: 'IC2', corresponds: 'C3' },
        { question: 'IC3', corresponds: 'C4' },
        { question: 'IT1', corresponds: 'T1' },
        { question: 'IT2', corresponds: 'T2' },
        { question: 'IT3', corresponds: 'T6' },
        { question: 'II1', corresponds: 'I1' },
        { question: 'II2', corresponds: 'I8' },
        { question: 'IE1', corresponds: 'E3' },
        { question: 'IE2', corresponds: 'E1' },
        { question: 'IE3', corresponds: 'E9' },
      ],
    },
  ],
};
