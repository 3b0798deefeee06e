/**
 * The default ACTIE model: the question bank, combined conditions and role rules of the toolkit.
 *
 * The questions are written for this toolkit. They are derived from the ACTIE-model of
 * "Burgers maken hun buurt" (Denters, Tonkens, Verhoeven & Bakker, Platform31, 2013) and are not
 * the original wording of that instrument. This file is data only: no functions, no loops.
 *
 * Version 2.0 rewrote the questions against the model (see `docs/model.md`): no question asks
 * whether the respondent *knows* something, double questions are split, the organisation's
 * procedures moved to Inbedding, and the role rules follow the phase. `migrations` says what
 * became of every question and condition of version 1, so sessions saved with it still open.
 *
 * @packageDocumentation
 */

import type { ActieModelInput } from './types.js';
import { version1Migration } from './default-model-migration.js';

/** The default model as written by hand; `validateModel` completes it. */
export const defaultModelSource: ActieModelInput = {
  id: 'actie-default',
  version: '2.0',
  languages: ['nl', 'en'],
  title: {
    nl: 'ACTIE-check voor bewonersinitiatieven',
    en: 'ACTIE check for residents’ initiatives',
  },
  attribution: {
    nl:
      'De vragen zijn voor deze toolkit geschreven. Ze zijn afgeleid van het ACTIE-model uit ‘Burgers maken hun buurt’ ' +
      'van Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker (Platform31, 2013). ' +
      'Het is niet de oorspronkelijke tekst van dat instrument. ' +
      'Deze toolkit is niet gemaakt of goedgekeurd door Movisie of Platform31. ' +
      'De adviezen zijn richtingen om over na te denken, geen oordelen.',
    en:
      'The questions are written for this toolkit. They are derived from the ACTIE-model of “Burgers maken hun buurt” ' +
      'by Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker (Platform31, 2013). ' +
      'They are not the original wording of that instrument. ' +
      'This toolkit is not made or endorsed by Movisie or Platform31. ' +
      'The advice gives directions to consider, not verdicts.',
  },

  intake: [
    {
      id: 'phase',
      kind: 'choice',
      text: { nl: 'In welke fase is het initiatief nu?', en: 'What stage is the initiative at now?' },
      help: {
        nl: 'Een initiatief vraagt in elke fase om andere steun. Het advies houdt rekening met de fase.',
        en: 'An initiative needs different support at each stage. The advice takes the stage into account.',
      },
      options: [
        { value: 'idea', label: { nl: 'Er is een idee', en: 'There is an idea' } },
        { value: 'starting', label: { nl: 'Het initiatief begint net', en: 'The initiative is just starting' } },
        { value: 'running', label: { nl: 'Het initiatief loopt', en: 'The initiative is up and running' } },
        {
          value: 'continuing',
          label: {
            nl: 'Het initiatief loopt al lang en moet blijven bestaan',
            en: 'The initiative has run for a while and needs to keep going',
          },
        },
        {
          value: 'closing',
          label: { nl: 'Het initiatief stopt of wordt afgerond', en: 'The initiative is ending or being wrapped up' },
        },
      ],
    },
    {
      id: 'origin',
      kind: 'choice',
      text: { nl: 'Van wie kwam het idee?', en: 'Whose idea was it?' },
      help: {
        nl: 'Wie het idee had, zegt iets over hoe het initiatief is begonnen. Dat helpt bij het kiezen van uw rol.',
        en: 'Who had the idea says something about how the initiative began. That helps in choosing your role.',
      },
      options: [
        { value: 'residents', label: { nl: 'Van bewoners', en: 'Residents' } },
        {
          value: 'professional',
          label: { nl: 'Van een professional of de gemeente', en: 'A professional or the municipality' },
        },
        { value: 'joint', label: { nl: 'Van bewoners en professionals samen', en: 'Residents and professionals together' } },
      ],
    },
    {
      id: 'lead',
      kind: 'choice',
      text: { nl: 'Wie trekt het initiatief nu?', en: 'Who is leading the initiative now?' },
      help: {
        nl: 'Wie het idee had, hoeft niet dezelfde te zijn als wie het nu trekt. Trekken betekent: de plannen maken, de knopen doorhakken en het werk verdelen.',
        en: 'Whoever had the idea need not be whoever leads it now. Leading means making the plans, taking the decisions and sharing out the work.',
      },
      options: [
        { value: 'residents', label: { nl: 'Vooral bewoners', en: 'Mainly residents' } },
        {
          value: 'professional',
          label: { nl: 'Vooral een professional of de gemeente', en: 'Mainly a professional or the municipality' },
        },
        { value: 'together', label: { nl: 'Bewoners en professionals samen', en: 'Residents and professionals together' } },
      ],
    },
    {
      id: 'stake',
      kind: 'choice',
      text: {
        nl: 'Gaat het initiatief over een taak, voorziening of plek waar uw organisatie zelf verantwoordelijk voor is?',
        en: 'Is the initiative about a task, facility or place that your organisation is itself responsible for?',
      },
      help: {
        nl: 'Denk aan een park dat de gemeente onderhoudt, een buurthuis van uw organisatie of een dienst die u zelf levert. Dan heeft uw organisatie er zelf ook een belang bij.',
        en: 'Think of a park the municipality maintains, a community centre your organisation runs or a service you provide yourselves. Your organisation then has a stake of its own.',
      },
      options: [
        { value: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { value: 'no', label: { nl: 'Nee', en: 'No' } },
        { value: 'unsure', label: { nl: 'Weet ik niet', en: 'Don’t know' } },
      ],
    },
    {
      id: 'role',
      kind: 'choice',
      text: { nl: 'Welke rol heeft u nu bij het initiatief?', en: 'What role do you have in the initiative now?' },
      help: {
        nl: 'Het ACTIE-model kent drie rollen. U kunt ook kiezen voor ‘weet ik nog niet’. De uitkomst stelt een rol voor, en zegt het als die anders is dan de rol die u nu heeft.',
        en: 'The ACTIE-model has three roles. You can also choose “not sure yet”. The results suggest a role, and say so when it differs from the role you have now.',
      },
      options: [
        {
          value: 'stimulerend',
          label: { nl: 'Stimulerend: ik breng bewoners in beweging', en: 'Stimulating: I get residents moving' },
        },
        {
          value: 'faciliterend',
          label: { nl: 'Faciliterend: ik help als bewoners erom vragen', en: 'Facilitating: I help when residents ask' },
        },
        {
          value: 'coproducerend',
          label: { nl: 'Coproducerend: we doen het samen, als partners', en: 'Co-producing: we do it together, as partners' },
        },
        { value: 'unsure', label: { nl: 'Weet ik nog niet', en: 'Not sure yet' } },
      ],
    },
    {
      id: 'respondent',
      kind: 'choice',
      text: { nl: 'Wie vult de vragen in?', en: 'Who is answering the questions?' },
      help: {
        nl: 'Sommige vragen gaan over het werk in de wijk, andere over de organisatie. Zo kunnen we de antwoorden per groep laten zien.',
        en: 'Some questions are about the work in the neighbourhood, others about the organisation. This lets us show answers per group.',
      },
      options: [
        {
          value: 'professional',
          label: { nl: 'Professional in de wijk', en: 'Neighbourhood professional' },
          level: 'frontline',
        },
        { value: 'civil-servant', label: { nl: 'Ambtenaar', en: 'Civil servant' }, level: 'frontline' },
        {
          value: 'manager',
          label: { nl: 'Beleidsmaker of leidinggevende', en: 'Policymaker or manager' },
          level: 'organisation',
        },
        {
          value: 'administrator',
          label: { nl: 'Bestuurder, zoals een wethouder', en: 'Elected official, such as an alderman' },
          level: 'organisation',
        },
        { value: 'initiator', label: { nl: 'Initiatiefnemer', en: 'Initiator' } },
      ],
    },
    {
      id: 'topic',
      kind: 'text',
      text: { nl: 'Waar gaat het initiatief over?', en: 'What is the initiative about?' },
      help: {
        nl: 'Een paar woorden zijn genoeg, bijvoorbeeld ‘moestuin op het plein’.',
        en: 'A few words are enough, for example “vegetable garden on the square”.',
      },
      maxLength: 200,
    },
  ],

  areas: [
    // ---------------------------------------------------------------------------------------
    {
      id: 'animo',
      letter: 'A',
      title: { nl: 'Animo', en: 'Enthusiasm' },
      summary: {
        nl: 'Waarom willen de initiatiefnemers dit, en staat de buurt erachter? Is uw organisatie ook enthousiast? En hoe brengt u de wensen van de bewoners en de doelen van uw organisatie in balans?',
        en: 'Why do the initiators want this, and does the neighbourhood back it? Is your organisation enthusiastic too? And how do you balance the residents’ wishes with your organisation’s goals?',
      },
      research: {
        nl:
          'Het onderzoek achter ACTIE onderscheidt sociale motieven (samen iets doen) en doelgerichte motieven (een resultaat voor de buurt). ' +
          'Steun werkt beter als die past bij het motief van de bewoners. ' +
          'Organisaties hebben ook eigen doelen. Het gaat om de balans: aansluiten bij wat bewoners willen, en eigen doelen open op tafel leggen in plaats van ze ongemerkt op te leggen. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: mensen doen eerder mee als ze zich verbonden voelen met hun buurt.',
        en:
          'The research behind ACTIE distinguishes social motives (doing something together) from goal-oriented motives (a result for the neighbourhood). ' +
          'Support works better when it fits the residents’ motive. ' +
          'Organisations have goals of their own too. It is a balance: following what residents want, and putting your own goals openly on the table rather than imposing them unnoticed. ' +
          'The English CLEAR framework describes something comparable: people take part more readily when they feel attached to their community.',
      },
      sources: [
        {
          title: 'Burgers maken hun buurt',
          authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
          publisher: 'Platform31',
          year: 2013,
        },
        {
          title: 'Vind je balans met het ACTIE-model',
          authors: 'Joke Meindersma',
          publisher: 'Buurtwijs (Movisie)',
          year: 2019,
          url: 'https://www.buurtwijs.nl/content/vind-je-balans-met-het-actie-model',
        },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
          authors: 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker',
          publisher: 'Social Policy & Society',
          year: 2006,
        },
      ],
      questions: [
        {
          id: 'A1',
          text: {
            nl: 'Hebben de initiatiefnemers in hun eigen woorden verteld waarom ze dit willen?',
            en: 'Have the initiators said in their own words why they want this?',
          },
          help: {
            nl: 'Steun werkt beter als die past bij de reden waarom mensen iets willen. Die reden hoort u vaak pas in een echt gesprek. Het mag ook aan een collega verteld zijn.',
            en: 'Support works better when it fits the reason people want something. You often only hear that reason in a real conversation. They may also have told a colleague.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt tijd maken voor een open gesprek en vragen waarom ze dit willen. Luister vooral, en schrijf het op in hun woorden.',
            en: 'Consider making time for an open conversation and asking why they want this. Mostly listen, and write it down in their words.',
          },
          agreement: {
            nl: 'Vraag de initiatiefnemers in een gesprek waarom ze dit willen, en schrijf het op in hun woorden.',
            en: 'Ask the initiators in a conversation why they want this, and write it down in their words.',
          },
        },
        {
          id: 'A2',
          text: {
            nl: 'Past de steun bij wat voor de initiatiefnemers het belangrijkst is: samen bezig zijn, of een bepaald resultaat in de buurt?',
            en: 'Does the support fit what matters most to the initiators: being active together, or a particular result in the neighbourhood?',
          },
          help: {
            nl: 'Sommige groepen doen iets vooral voor het contact en de gezelligheid. Andere groepen willen iets bereiken. Dat vraagt om andere steun: bij de eerste groep geen zware doelen, bij de tweede hulp om vaart te houden.',
            en: 'Some groups act mainly for company and contact. Others want to achieve something. Each needs different support: no heavy targets for the first, help keeping momentum for the second.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt uw steun afstemmen op wat de groep drijft. Gaat het om samen zijn? Leg dan geen zware doelen op. Gaat het om een resultaat? Help dan om vaart te houden.',
            en: 'Consider tuning your support to what drives the group. If it is about being together, avoid imposing heavy targets. If it is about a result, help them keep momentum.',
          },
          agreement: {
            nl: 'Bespreek met de initiatiefnemers of het hen vooral om samen bezig zijn of om een resultaat gaat, en pas de steun daarop aan.',
            en: 'Discuss with the initiators whether they are mainly after being active together or after a result, and adjust the support to it.',
          },
        },
        {
          id: 'A3',
          text: {
            nl: 'Heeft het initiatief steun in de buurt, ook buiten de kleine groep die het trekt?',
            en: 'Does the initiative have support in the neighbourhood, beyond the small group leading it?',
          },
          help: {
            nl: 'Een initiatief met steun in de buurt houdt het langer vol. Het staat ook sterker als anderen er vragen over stellen.',
            en: 'An initiative with support in the neighbourhood lasts longer. It also stands stronger when others question it.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt de initiatiefnemers helpen om buren naar hun mening te vragen, bijvoorbeeld langs de deuren of op een bijeenkomst. Zo kan de groep ook groeien.',
            en: 'Consider helping the initiators ask neighbours for their views, for example door to door or at a meeting. This can also help the group grow.',
          },
          agreement: {
            nl: 'Help de initiatiefnemers om buren naar hun mening te vragen, bijvoorbeeld langs de deuren of op een bijeenkomst.',
            en: 'Help the initiators ask neighbours for their views, for example door to door or at a meeting.',
          },
        },
        {
          id: 'A4',
          text: {
            nl: 'Is er in uw organisatie echt zin om dit initiatief te steunen?',
            en: 'Is there real willingness in your organisation to support this initiative?',
          },
          help: {
            nl: 'Bewoners merken snel of een organisatie echt meedoet, of alleen meewerkt omdat het moet. Enthousiasme helpt om drempels weg te nemen.',
            en: 'Residents quickly notice whether an organisation is truly on board or only cooperating because it has to. Enthusiasm helps remove obstacles.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt het initiatief intern voorstellen: wat levert het de buurt op, en wie in de organisatie wil het steunen?',
            en: 'Consider presenting the initiative internally: what does it bring the neighbourhood, and who in the organisation wants to back it?',
          },
          agreement: {
            nl: 'Stel het initiatief voor in het teamoverleg en vraag wie van de collega’s het wil steunen.',
            en: 'Present the initiative at the team meeting and ask which colleagues want to back it.',
          },
        },
        {
          id: 'A5',
          text: {
            nl: 'Heeft uw organisatie haar eigen doelen met dit initiatief open besproken met de initiatiefnemers?',
            en: 'Has your organisation openly discussed its own goals for this initiative with the initiators?',
          },
          help: {
            nl: 'Uw organisatie mag eigen doelen hebben, zoals minder eenzaamheid of een schonere buurt. Als die doelen open op tafel liggen, kunnen bewoners zelf kiezen wat ze ermee doen. Zo blijft het hun initiatief.',
            en: 'Your organisation may have goals of its own, such as less loneliness or a cleaner neighbourhood. When those goals are openly on the table, residents can choose for themselves what to do with them. That keeps it their initiative.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt uw eigen doelen hardop noemen tegenover de initiatiefnemers. Bespreek samen waar hun wensen en uw doelen samengaan, en waar niet. De keuzes over het initiatief liggen bij hen.',
            en: 'Consider stating your own goals out loud to the initiators and talking through where their wishes and your goals fit together, and where they do not. The choices about the initiative remain theirs.',
          },
          agreement: {
            nl: 'Noem de doelen van uw organisatie open in het volgende gesprek met de initiatiefnemers, en bespreek waar die wel en niet samengaan met hun wensen.',
            en: 'State your organisation’s goals openly in the next conversation with the initiators, and discuss where they do and do not fit their wishes.',
          },
        },
        {
          id: 'A6',
          text: {
            nl: 'Lopen de initiatiefnemers bij uw organisatie aan tegen dingen die hun zin wegnemen? Bijvoorbeeld regels, lang wachten of veel eisen.',
            en: 'Do the initiators run into things at your organisation that drain their enthusiasm, such as rules, long waits or many demands?',
          },
          help: {
            nl: 'De motivatie komt van de bewoners, maar een organisatie kan die snel kapotmaken. Ook kleine dingen tellen, zoals lang wachten op antwoord.',
            en: 'The motivation comes from the residents, but an organisation can easily crush it. Small things count too, such as long waits for an answer.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'no',
          action: {
            nl: 'U kunt initiatiefnemers vragen wat hen bij uw organisatie energie geeft en wat energie kost. Pak daarna samen één ding aan dat energie kost.',
            en: 'Consider asking initiators what gives them energy in dealing with your organisation and what drains it, then tackling one drain together.',
          },
          agreement: {
            nl: 'Vraag de initiatiefnemers wat hen bij uw organisatie energie kost, en pak het eerste punt aan.',
            en: 'Ask the initiators what drains their energy in dealing with your organisation, and tackle the first point.',
          },
        },
        {
          id: 'A7',
          text: {
            nl: 'Heeft uw organisatie de initiatiefnemers vooraf verteld hoeveel ruimte ze krijgen, en wanneer uw organisatie bijstuurt?',
            en: 'Has your organisation told the initiators beforehand how much room they get, and when your organisation will step in?',
          },
          help: {
            nl: 'Duidelijke grenzen geven bewoners houvast. Ze voorkomen ook teleurstelling als de organisatie later toch moet bijsturen.',
            en: 'Clear limits give residents something to hold on to. They also prevent disappointment if the organisation has to step in later.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt de spelregels voor initiatieven kort op papier zetten, en ze vanaf het eerste gesprek delen.',
            en: 'Consider writing down the ground rules for initiatives in a few lines and sharing them from the first conversation.',
          },
          agreement: {
            nl: 'Zet de spelregels voor initiatieven op één A4 en geef ze de initiatiefnemers.',
            en: 'Put the ground rules for initiatives on one page and give them to the initiators.',
          },
        },
        {
          id: 'A8',
          text: {
            nl: 'Is er een risico dat de initiatiefnemers te veel op zich nemen of teleurgesteld raken?',
            en: 'Is there a risk that the initiators take on too much or become disappointed?',
          },
          help: {
            nl: 'Vrijwilligers doen dit naast werk, zorg en gezin. Te veel werk of te weinig resultaat kan hun zin snel laten zakken.',
            en: 'Volunteers do this alongside work, care and family. Too much work or too little result can quickly drain their energy.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt vragen hoe het met de trekkers gaat. Misschien kunnen taken naar anderen, of kan het plan een stap kleiner.',
            en: 'Consider asking how the people leading it are doing. Perhaps tasks can move to others, or the plan can be made a step smaller.',
          },
          agreement: {
            nl: 'Vraag de trekkers hoe het met ze gaat, en bespreek welke taken naar anderen kunnen.',
            en: 'Ask the people leading it how they are doing, and discuss which tasks can move to others.',
          },
        },
      ],
    },
    // ---------------------------------------------------------------------------------------
    {
      id: 'contacten',
      letter: 'C',
      title: { nl: 'Contacten', en: 'Contacts' },
      summary: {
        nl: 'Met wie hebben de initiatiefnemers contact: buren, organisaties in de buurt en instanties? En helpt uw organisatie om die contacten te leggen?',
        en: 'Who are the initiators in touch with: neighbours, local organisations and agencies? And does your organisation help make those contacts?',
      },
      research: {
        nl:
          'Initiatieven hebben baat bij twee soorten contacten: met buren, voor draagvlak en helpers, en met organisaties en instanties, voor kennis en middelen. ' +
          'Vaak doen vooral de bekende gezichten mee. Het kan helpen om de kring bewust breder te maken, zonder het initiatief over te nemen. ' +
          'Professionals kunnen daarin een verbindende rol spelen. Het Engelse CLEAR-model noemt iets vergelijkbaars: een netwerk van groepen en organisaties maakt meedoen makkelijker.',
        en:
          'Initiatives benefit from two kinds of contacts: with neighbours, for backing and helpers, and with organisations and agencies, for knowledge and means. ' +
          'Often the familiar faces take part. It can help to widen the circle on purpose, without taking the initiative over. ' +
          'Professionals can play a connecting role in this. The English CLEAR framework names something comparable: a network of groups and organisations makes taking part easier.',
      },
      sources: [
        {
          title: 'Burgers maken hun buurt',
          authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
          publisher: 'Platform31',
          year: 2013,
        },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
          authors: 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker',
          publisher: 'Social Policy & Society',
          year: 2006,
        },
      ],
      questions: [
        {
          id: 'C1',
          text: {
            nl: 'Hebben de initiatiefnemers contact met hun buren en andere bewoners?',
            en: 'Are the initiators in touch with their neighbours and other residents?',
          },
          help: {
            nl: 'Contact in de buurt levert steun, helpers en ideeën op. Zonder dat contact staat een kleine groep er alleen voor.',
            en: 'Contact in the neighbourhood brings support, helpers and ideas. Without it, a small group is on its own.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt hen helpen om in de buurt bekend te worden, bijvoorbeeld met een open middag, een stukje in de wijkkrant of een bericht in de buurtapp.',
            en: 'Consider helping them become known in the neighbourhood, for example with an open afternoon, a piece in the local paper or a message in the neighbourhood app.',
          },
          agreement: {
            nl: 'Help de initiatiefnemers aan één manier om in de buurt bekend te worden, zoals een open middag of een stukje in de wijkkrant.',
            en: 'Help the initiators find one way to become known in the neighbourhood, such as an open afternoon or a piece in the local paper.',
          },
        },
        {
          id: 'C2',
          text: {
            nl: 'Werken de initiatiefnemers samen met organisaties in de buurt? Denk aan een school, buurthuis, woningcorporatie of welzijnsorganisatie.',
            en: 'Do the initiators work with organisations in the neighbourhood, such as a school, community centre, housing association or welfare organisation?',
          },
          help: {
            nl: 'Organisaties in de buurt kunnen een ruimte, mensen of kennis bieden. Ze kunnen ook helpen om meer bewoners te bereiken.',
            en: 'Local organisations can offer a space, people or knowledge. They can also help reach more residents.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt nagaan welke organisaties in de buurt iets aan het plan kunnen bijdragen, en een eerste kennismaking regelen.',
            en: 'Consider finding out which local organisations could add something to the plan, and arranging a first meeting.',
          },
          agreement: {
            nl: 'Zoek één organisatie in de buurt die iets aan het plan kan bijdragen, en regel een kennismaking.',
            en: 'Find one local organisation that can add something to the plan, and arrange a first meeting.',
          },
        },
        {
          id: 'C3',
          text: {
            nl: 'Vinden de initiatiefnemers bij de gemeente en andere instanties snel de juiste persoon?',
            en: 'Do the initiators quickly find the right person at the municipality and other agencies?',
          },
          help: {
            nl: 'Zoeken naar de juiste persoon kost bewoners veel tijd en energie. Eén vaste ingang scheelt veel.',
            en: 'Searching for the right person costs residents a lot of time and energy. One fixed point of entry saves a lot.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt een kort overzicht geven: bij wie kunnen ze terecht, en waarvoor? Zet er namen en telefoonnummers bij.',
            en: 'Consider giving them a short overview of who to go to for what, with names and phone numbers.',
          },
          agreement: {
            nl: 'Geef de initiatiefnemers een kort overzicht van wie ze waarvoor kunnen bellen, met namen en telefoonnummers.',
            en: 'Give the initiators a short overview of whom to call for what, with names and phone numbers.',
          },
        },
        {
          id: 'C4',
          text: {
            nl: 'Is de groep breder dan de mensen die altijd al meedoen?',
            en: 'Does the group reach beyond the people who always take part?',
          },
          help: {
            nl: 'Vaak doen steeds dezelfde mensen mee. Een bredere groep maakt het initiatief sterker en beter gedragen in de buurt.',
            en: 'Often the same people take part every time. A broader group makes the initiative stronger and more widely supported.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen kijken wie er nog niet bij is, en hoe die mensen zich welkom kunnen voelen. De keuze blijft bij de initiatiefnemers.',
            en: 'Consider looking together at who is missing and how they could feel welcome, while the choice stays with the initiators.',
          },
          agreement: {
            nl: 'Bekijk met de initiatiefnemers wie er nog niet bij is, en hoe die mensen zich welkom kunnen voelen.',
            en: 'Look with the initiators at who is missing, and how those people could feel welcome.',
          },
        },
        {
          id: 'C5',
          text: {
            nl: 'Hebben de initiatiefnemers contact met andere initiatieven waar ze iets van kunnen leren?',
            en: 'Are the initiators in touch with other initiatives they can learn from?',
          },
          help: {
            nl: 'Andere bewoners hebben vaak al opgelost waar deze groep nu tegenaan loopt. Van elkaar leren gaat vaak makkelijker dan van een professional.',
            en: 'Other residents have often already solved what this group is running into. Learning from peers is often easier than learning from a professional.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt een ontmoeting regelen met een initiatief dat al verder is met iets vergelijkbaars, of met een netwerk van initiatieven.',
            en: 'Consider arranging a meeting with an initiative that is further along with something similar, or with a network of initiatives.',
          },
          agreement: {
            nl: 'Regel een ontmoeting met een initiatief dat al verder is met iets vergelijkbaars.',
            en: 'Arrange a meeting with an initiative that is further along with something similar.',
          },
        },
        {
          id: 'C6',
          text: {
            nl: 'Brengt uw organisatie initiatiefnemers bewust in contact met mensen en organisaties die hen verder kunnen helpen?',
            en: 'Does your organisation make a point of putting initiators in touch with people and organisations that can help them further?',
          },
          help: {
            nl: 'Professionals kennen vaak veel mensen en organisaties. Een initiatief heeft daar veel aan als die kennis wordt gedeeld.',
            en: 'Professionals often know many people and organisations. An initiative gains a lot when that knowledge is shared.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt verbinden een vaste taak maken van professionals in de wijk, met tijd om hun netwerk te delen met initiatiefnemers.',
            en: 'Consider making connecting a standard task of neighbourhood professionals, with time to share their network with initiators.',
          },
          agreement: {
            nl: 'Neem ‘initiatiefnemers in contact brengen met anderen’ op in de taken van de professionals in de wijk, met uren ervoor.',
            en: 'Add “putting initiators in touch with others” to the tasks of the neighbourhood professionals, with hours for it.',
          },
        },
        {
          id: 'C7',
          text: {
            nl: 'Botst het initiatief met de wensen van andere bewoners of groepen?',
            en: 'Does the initiative clash with what other residents or groups want?',
          },
          help: {
            nl: 'Onenigheid die blijft liggen, wordt vaak groter. Vaak willen partijen meer hetzelfde dan ze denken.',
            en: 'Disagreement that is left alone often grows. Parties often want more of the same than they think.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt de partijen vroeg met elkaar laten praten, eventueel met hulp van buurtbemiddeling.',
            en: 'Consider getting the parties talking early, perhaps with help from neighbourhood mediation.',
          },
          agreement: {
            nl: 'Organiseer een gesprek tussen de initiatiefnemers en de bewoners of groepen die bezwaar hebben.',
            en: 'Organise a conversation between the initiators and the residents or groups who object.',
          },
        },
      ],
    },
    // ---------------------------------------------------------------------------------------
    {
      id: 'toerusting',
      letter: 'T',
      title: { nl: 'Toerusting', en: 'Resources' },
      summary: {
        nl: 'Hebben de initiatiefnemers genoeg geld, spullen, tijd en kennis, en is het formele deel geregeld? Welke steun vragen ze zelf, en past uw steun daarbij?',
        en: 'Do the initiators have enough money, materials, time and know-how, and is the formal side arranged? What support do they ask for themselves, and does your support fit it?',
      },
      research: {
        nl:
          'Groepen verschillen sterk in geld, tijd en vaardigheden. Bronnen over ACTIE wijzen op steun op maat: aansluiten bij de vraag van de groep, zonder het initiatief over te nemen. ' +
          'Als bewoners iets nog niet kunnen, helpt gerichte steun waarmee ze het zelf leren meer dan het werk van hen overnemen. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: mensen doen eerder mee als ze de middelen, kennis en vaardigheden hebben.',
        en:
          'Groups differ widely in money, time and skills. Sources on ACTIE point to tailored support: following the group’s request without taking the initiative over. ' +
          'When residents cannot yet do something, targeted support that lets them learn it helps more than taking the work off their hands. ' +
          'The English CLEAR framework describes something comparable: people take part more readily when they have the resources, knowledge and skills.',
      },
      sources: [
        {
          title: 'Burgers maken hun buurt',
          authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
          publisher: 'Platform31',
          year: 2013,
        },
        {
          title: 'Vind je balans met het ACTIE-model',
          authors: 'Joke Meindersma',
          publisher: 'Buurtwijs (Movisie)',
          year: 2019,
          url: 'https://www.buurtwijs.nl/content/vind-je-balans-met-het-actie-model',
        },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
          authors: 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker',
          publisher: 'Social Policy & Society',
          year: 2006,
        },
      ],
      questions: [
        {
          id: 'T1',
          text: {
            nl: 'Hebben de initiatiefnemers het geld, de ruimte en het materiaal dat ze nodig hebben?',
            en: 'Do the initiators have the money, space and materials they need?',
          },
          help: {
            nl: 'Zonder middelen blijft een goed idee vaak liggen. Soms helpt hulp in natura, zoals een ruimte, meer dan geld.',
            en: 'Without means, a good idea often stalls. Sometimes help in kind, such as a space, does more than money.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen zoeken naar een passend potje of fonds. Soms helpt het ook om een ruimte of spullen te lenen.',
            en: 'Consider looking together for a suitable budget or fund. Sometimes lending a space or equipment helps too.',
          },
          agreement: {
            nl: 'Zoek samen met de initiatiefnemers een passend fonds of potje, of een ruimte of spullen om te lenen.',
            en: 'Look with the initiators for a suitable fund or budget, or a space or equipment to borrow.',
          },
        },
        {
          id: 'T2',
          text: {
            nl: 'Zijn er genoeg mensen, met genoeg tijd, om het initiatief draaiende te houden?',
            en: 'Are there enough people with enough time to keep the initiative running?',
          },
          help: {
            nl: 'Veel initiatieven draaien op een paar mensen. Als die stoppen, stopt vaak het hele initiatief.',
            en: 'Many initiatives rest on a few people. When they stop, the whole initiative often stops.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt meedenken over hoe ze nieuwe vrijwilligers vinden. Of over welk deel van het plan nu het belangrijkst is.',
            en: 'Consider thinking along about how to find new volunteers, or about which part of the plan matters most right now.',
          },
          agreement: {
            nl: 'Denk met de initiatiefnemers mee over hoe ze nieuwe vrijwilligers vinden, of welk deel van het plan voorgaat.',
            en: 'Think along with the initiators about how to find new volunteers, or which part of the plan comes first.',
          },
        },
        {
          id: 'T3',
          text: {
            nl: 'Hebben de initiatiefnemers de kennis en vaardigheden die nodig zijn? Denk aan een planning of begroting maken, een aanvraag doen of communiceren.',
            en: 'Do the initiators have the knowledge and skills needed, such as making a plan or budget, applying for funds or communicating?',
          },
          help: {
            nl: 'Niet iedereen heeft ervaring met plannen en aanvragen. Gerichte hulp kan veel schelen, zolang de bewoners het zelf blijven doen.',
            en: 'Not everyone has experience with plans and applications. Targeted help can make a big difference, as long as residents keep doing it themselves.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt hen koppelen aan iemand die het kan uitleggen, of aan een korte cursus. Zo leren ze het zelf.',
            en: 'Consider linking them to someone who can explain it, or to a short course, so they learn to do it themselves.',
          },
          agreement: {
            nl: 'Koppel de initiatiefnemers aan iemand die het kan uitleggen, of aan een korte cursus, zodat ze het zelf leren.',
            en: 'Link the initiators to someone who can explain it, or to a short course, so they learn to do it themselves.',
          },
        },
        {
          id: 'T4',
          text: {
            nl: 'Heeft de groep het formele deel geregeld dat ze nodig heeft? Denk aan een eigen bankrekening en, als dat nodig is, een vereniging of stichting.',
            en: 'Has the group arranged the formal side it needs, such as its own bank account and, where needed, an association or foundation?',
          },
          help: {
            nl: 'Wie subsidie krijgt, iets huurt of afspraken maakt met een organisatie, heeft vaak een eigen rekening of rechtsvorm nodig. Voor een eenmalig buurtfeest hoeft dat meestal niet.',
            en: 'A group that receives a grant, rents something or makes agreements with an organisation often needs its own account or legal form. A one-off street party usually does not.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt uitleggen wat de groep nodig heeft, en hen wijzen op hulp bij het oprichten van een vereniging of stichting. Soms kan een bestaande organisatie het geld voor hen beheren.',
            en: 'Consider explaining what the group needs, and pointing them to help with setting up an association or foundation. Sometimes an existing organisation can hold the money for them.',
          },
          agreement: {
            nl: 'Zoek met de initiatiefnemers uit welke rekening of rechtsvorm ze nodig hebben, en wijs ze op hulp bij het regelen ervan.',
            en: 'Work out with the initiators which account or legal form they need, and point them to help with arranging it.',
          },
        },
        {
          id: 'T5',
          text: {
            nl: 'Hebben de initiatiefnemers zelf gezegd waarbij ze hulp willen?',
            en: 'Have the initiators said themselves what they want help with?',
          },
          help: {
            nl: 'Steun werkt het best als die begint bij hun vraag. Wat u denkt dat nodig is, is niet altijd wat zij nodig hebben.',
            en: 'Support works best when it starts from their request. What you think is needed is not always what they need.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt in een gesprek vragen waar ze tegenaan lopen en waarbij ze hulp willen. Schrijf het antwoord op in hun eigen woorden.',
            en: 'Consider asking in a conversation what they are running into and what they want help with, and writing it down in their own words.',
          },
          agreement: {
            nl: 'Vraag de initiatiefnemers waarbij ze hulp willen, en schrijf hun vraag op in hun eigen woorden.',
            en: 'Ask the initiators what they want help with, and write their request down in their own words.',
          },
        },
        {
          id: 'T6',
          text: {
            nl: 'Geeft u alleen de hulp die de bewoners vragen?',
            en: 'Do you give only the help the residents ask for?',
          },
          help: {
            nl: 'Te veel hulp kan net zo slecht zijn als te weinig. Als de professional alles regelt, voelt het niet meer als hun initiatief.',
            en: 'Too much help can be as bad as too little. When the professional arranges everything, it no longer feels like their initiative.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen nagaan welke hulp u nu geeft, en of zij daarom gevraagd hebben.',
            en: 'Consider going through together which help you give now, and whether they asked for it.',
          },
          agreement: {
            nl: 'Loop met de initiatiefnemers na welke hulp u geeft, en stop met hulp waar ze niet om vroegen.',
            en: 'Go through with the initiators which help you give, and stop help they did not ask for.',
          },
        },
        {
          id: 'T7',
          text: {
            nl: 'Doet u werk voor het initiatief dat de initiatiefnemers zelf kunnen doen?',
            en: 'Do you do work for the initiative that the initiators could do themselves?',
          },
          help: {
            nl: 'Als een professional taken overneemt, leren bewoners het niet zelf. Het initiatief wordt dan afhankelijk van die professional.',
            en: 'When a professional takes tasks over, residents do not learn them themselves. The initiative then comes to depend on that professional.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt bespreken welke taken de groep zelf kan doen, en die stap voor stap teruggeven.',
            en: 'Consider discussing which tasks the group can do itself, and handing them back step by step.',
          },
          agreement: {
            nl: 'Maak met de initiatiefnemers een lijstje van taken die zij zelf kunnen doen, en geef die stap voor stap terug.',
            en: 'Make a short list with the initiators of tasks they can do themselves, and hand them back step by step.',
          },
        },
        {
          id: 'T8',
          text: {
            nl: 'Komen de initiatiefnemers praktische problemen tegen waar ze niet uitkomen? Denk aan regels, een verzekering of wie aansprakelijk is.',
            en: 'Do the initiators face practical problems they cannot solve, such as rules, insurance or who is liable?',
          },
          help: {
            nl: 'Zulke vragen kunnen een initiatief lang stilleggen. Vaak weet een collega of een vrijwilligerssteunpunt het antwoord.',
            en: 'Questions like these can stall an initiative for a long time. A colleague or a volunteer support centre often knows the answer.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt de vraag samen op een rij zetten en iemand zoeken die er verstand van heeft, zoals een collega van vergunningen of een juridisch adviseur.',
            en: 'Consider setting out the question together and finding someone who knows the subject, such as a permits colleague or a legal adviser.',
          },
          agreement: {
            nl: 'Zet de praktische vragen samen op een rij, en zoek voor elke vraag iemand die er verstand van heeft.',
            en: 'List the practical questions together, and find someone who knows the subject for each one.',
          },
        },
      ],
    },
    // ---------------------------------------------------------------------------------------
    {
      id: 'inbedding',
      letter: 'I',
      title: { nl: 'Inbedding', en: 'Embedding' },
      summary: {
        nl: 'Is uw organisatie zo ingericht dat ze initiatieven goed kan steunen? Denk aan een vast aanspreekpunt, ruimte en tijd voor professionals, regels en procedures die passen, en steun van de leiding.',
        en: 'Is your organisation set up to support initiatives well? Think of one point of contact, room and time for professionals, rules and procedures that fit, and backing from management.',
      },
      research: {
        nl:
          'Of professionals initiatieven goed kunnen steunen, hangt ook af van hun organisatie. ' +
          'Aandachtspunten zijn een vast aanspreekpunt, ruimte en tijd voor de professional, samenwerking tussen afdelingen, regels en procedures die passen bij de grootte van het initiatief, steun van leiding en bestuur, en continuïteit als mensen wisselen. ' +
          'De Raad voor het openbaar bestuur beschrijft in ‘Loslaten in vertrouwen’ (2012) rollen van de overheid die lopen van reguleren via stimuleren en faciliteren tot loslaten.',
        en:
          'Whether professionals can support initiatives well also depends on their organisation. ' +
          'Points to look at are one point of contact, room and time for the professional, cooperation between departments, rules and procedures in proportion to the initiative, backing from management and elected officials, and continuity when staff change. ' +
          'In “Loslaten in vertrouwen” (2012) the Dutch Council for Public Administration describes government roles ranging from regulating through stimulating and facilitating to letting go.',
      },
      sources: [
        {
          title: 'Burgers maken hun buurt',
          authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
          publisher: 'Platform31',
          year: 2013,
        },
        { title: 'Loslaten in vertrouwen', publisher: 'Raad voor het openbaar bestuur', year: 2012 },
      ],
      questions: [
        {
          id: 'I1',
          text: {
            nl: 'Is er in uw organisatie één vaste persoon bij wie de initiatiefnemers terechtkunnen?',
            en: 'Is there one fixed person in your organisation whom the initiators can turn to?',
          },
          help: {
            nl: 'Een vaste contactpersoon kent het initiatief en kan binnen de organisatie deuren openen. Bewoners hoeven dan niet steeds opnieuw hun verhaal te doen.',
            en: 'A regular contact knows the initiative and can open doors inside the organisation. Residents then do not have to tell their story again and again.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt één persoon de taak geven om het initiatief door de organisatie te loodsen en obstakels op te ruimen.',
            en: 'Consider giving one person the task of guiding the initiative through the organisation and clearing obstacles.',
          },
          agreement: {
            nl: 'Wijs één vaste contactpersoon aan voor het initiatief, en laat de initiatiefnemers weten wie dat is.',
            en: 'Appoint one fixed contact person for the initiative, and let the initiators know who it is.',
          },
        },
        {
          id: 'I2',
          text: {
            nl: 'Is afgesproken welke afdeling of welk team in uw organisatie verantwoordelijk is voor dit initiatief?',
            en: 'Has it been agreed which department or team in your organisation is responsible for this initiative?',
          },
          help: {
            nl: 'Een initiatief past zelden precies bij één afdeling. Als niemand zich verantwoordelijk voelt, blijven vragen liggen.',
            en: 'An initiative rarely fits exactly one department. If nobody feels responsible, questions are left lying.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt met de betrokken afdelingen afspreken wie de eerste verantwoordelijke is, en dat aan de initiatiefnemers laten weten.',
            en: 'Consider agreeing with the departments involved who is primarily responsible, and letting the initiators know.',
          },
          agreement: {
            nl: 'Spreek met de betrokken afdelingen af welke afdeling verantwoordelijk is voor het initiatief.',
            en: 'Agree with the departments involved which department is responsible for the initiative.',
          },
        },
        {
          id: 'I3',
          text: {
            nl: 'Past het initiatief binnen het beleid van uw organisatie?',
            en: 'Does the initiative fit within your organisation’s policy?',
          },
          help: {
            nl: 'Als een initiatief nergens in het beleid past, valt het makkelijk tussen wal en schip. Soms is er beleid waar het bij kan aansluiten, soms moet er ruimte voor worden gemaakt.',
            en: 'An initiative that fits no policy easily falls through the cracks. Sometimes there is a policy it can link up with; sometimes room has to be made for it.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt nagaan bij welk beleid het initiatief kan aansluiten. Past het nergens, dan kunt u met de leiding bespreken hoe er ruimte voor komt.',
            en: 'Consider finding out which policy the initiative can link up with. If it fits none, discuss with management how to make room for it.',
          },
          agreement: {
            nl: 'Zoek uit bij welk beleid het initiatief aansluit; past het nergens, bespreek dan met de leiding hoe er ruimte voor komt.',
            en: 'Find out which policy the initiative links up with; if none, discuss with management how to make room for it.',
          },
        },
        {
          id: 'I4',
          text: {
            nl: 'Mag de professional zelf beslissen over kleine dingen voor het initiatief, zonder eerst toestemming te vragen?',
            en: 'May the professional decide small things for the initiative alone, without asking permission first?',
          },
          help: {
            nl: 'Als elke stap eerst langs de leiding moet, duurt alles lang. Bewoners haken dan af.',
            en: 'If every step must go past management first, everything takes a long time. Residents then lose interest.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt afspreken wat de professional zelf mag beslissen, bijvoorbeeld tot welk bedrag.',
            en: 'Consider agreeing what the professional may decide alone, for example up to which amount.',
          },
          agreement: {
            nl: 'Leg vast wat de professional zelf mag beslissen, bijvoorbeeld tot welk bedrag.',
            en: 'Record what the professional may decide alone, for example up to which amount.',
          },
        },
        {
          id: 'I5',
          text: {
            nl: 'Heeft de professional genoeg uren voor dit initiatief?',
            en: 'Does the professional have enough hours for this initiative?',
          },
          help: {
            nl: 'Werk met initiatieven komt vaak bovenop ander werk. Zonder uren blijft het liggen, hoe goed de wil ook is.',
            en: 'Work with initiatives often comes on top of other work. Without hours it is left undone, however willing people are.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt met de leidinggevende bespreken hoeveel uren het initiatief vraagt, en die uren vrijmaken.',
            en: 'Consider discussing with the manager how many hours the initiative needs, and freeing them up.',
          },
          agreement: {
            nl: 'Spreek met de leidinggevende af hoeveel uren de professional aan het initiatief kan besteden.',
            en: 'Agree with the manager how many hours the professional can spend on the initiative.',
          },
        },
        {
          id: 'I6',
          text: {
            nl: 'Trekken de afdelingen en partners die bij dit initiatief betrokken zijn één lijn?',
            en: 'Do the departments and partners involved pull in the same direction on this initiative?',
          },
          help: {
            nl: 'Een initiatief past zelden bij één afdeling. Als iedereen alleen zijn eigen stukje doet, raken bewoners de weg kwijt.',
            en: 'An initiative rarely fits one department. If everyone only does their own part, residents lose their way.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een overleg organiseren met de betrokken afdelingen, partners en initiatiefnemers, en afspreken wie wat oppakt.',
            en: 'Consider organising a meeting of the departments, partners and initiators involved, and agreeing who takes up what.',
          },
          agreement: {
            nl: 'Organiseer één overleg met de betrokken afdelingen, partners en initiatiefnemers, en spreek af wie wat oppakt.',
            en: 'Organise one meeting with the departments, partners and initiators involved, and agree who takes up what.',
          },
        },
        {
          id: 'I7',
          text: {
            nl: 'Mag er van regels of beleid worden afgeweken als het initiatief daarom vraagt?',
            en: 'Can rules or policy be set aside when the initiative calls for it?',
          },
          help: {
            nl: 'Regels zijn vaak gemaakt voor grote projecten, niet voor bewoners. Ruimte om af te wijken kan een initiatief mogelijk maken.',
            en: 'Rules are often made for large projects, not for residents. Room for exceptions can make an initiative possible.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt regelen wie een uitzondering mag toestaan, en zulke besluiten opschrijven zodat ze later na te gaan zijn.',
            en: 'Consider settling who may allow an exception, and writing such decisions down so they can be traced later.',
          },
          agreement: {
            nl: 'Leg vast wie een uitzondering op regels mag toestaan, en hoe zo’n besluit wordt opgeschreven.',
            en: 'Record who may allow an exception to the rules, and how such a decision is written down.',
          },
        },
        {
          id: 'I8',
          text: {
            nl: 'Vraagt uw organisatie meer papierwerk van de initiatiefnemers dan past bij vrijwilligers en bij de grootte van het initiatief? Denk aan aanvragen, vergunningen en verantwoording afleggen.',
            en: 'Does your organisation ask more paperwork of the initiators than fits volunteers and the size of the initiative, such as applications, permits and reporting back?',
          },
          help: {
            nl: 'Vrijwilligers zijn geen aannemers. Lange formulieren voor kleine bedragen en zware eisen aan verslagen en bonnetjes kunnen hen wegjagen.',
            en: 'Volunteers are not contractors. Long forms for small amounts and heavy demands for reports and receipts can drive them away.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'no',
          action: {
            nl: 'U kunt de eisen naast elkaar leggen en per eis vragen: hebben we dit echt nodig? Voor kleine bedragen kan een lichte route: een kort formulier en een eenvoudige verantwoording achteraf.',
            en: 'Consider going through the requirements one by one and asking: do we really need this? Small amounts can take a light route: a short form and simple reporting afterwards.',
          },
          agreement: {
            nl: 'Loop de eisen voor aanvragen en verantwoording na, schrap wat niet nodig is, en maak een lichte route voor kleine bedragen.',
            en: 'Go through the requirements for applications and reporting, drop what is not needed, and set up a light route for small amounts.',
          },
        },
        {
          id: 'I9',
          text: {
            nl: 'Krijgt het werken met bewonersinitiatieven steun van de leiding en het bestuur?',
            en: 'Is working with residents’ initiatives backed by management and by the elected officials?',
          },
          help: {
            nl: 'Zonder steun van hogerop is het lastig om tijd, geld of ruimte vrij te maken. Professionals voelen zich dan niet gesteund.',
            en: 'Without backing from higher up it is hard to free up time, money or room. Professionals then do not feel supported.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt de leiding of de wethouder vragen om uit te spreken dat dit werk telt, en wat zij ervoor over hebben: tijd, geld of ruimte in de regels.',
            en: 'Consider asking management or the alderman to state that this work counts, and what they will put into it: time, money or room in the rules.',
          },
          agreement: {
            nl: 'Zet het werken met initiatieven op de agenda van het management of de wethouder, met een concrete vraag om tijd, geld of ruimte.',
            en: 'Put working with initiatives on the agenda of management or the alderman, with a concrete request for time, money or room.',
          },
        },
        {
          id: 'I10',
          text: {
            nl: 'Staan de afspraken met de initiatiefnemers op papier, zodat een collega ze kan terugvinden?',
            en: 'Are the agreements with the initiators written down, so that a colleague can find them?',
          },
          help: {
            nl: 'Afspraken die alleen in iemands hoofd zitten, gaan verloren als die persoon ziek wordt of vertrekt.',
            en: 'Agreements that exist only in someone’s head are lost when that person falls ill or leaves.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een kort dossier bijhouden met de afspraken en de geschiedenis van het initiatief, op een plek waar collega’s het kunnen vinden.',
            en: 'Consider keeping a short file with the agreements and history of the initiative, where colleagues can find it.',
          },
          agreement: {
            nl: 'Zet de afspraken met de initiatiefnemers in een kort dossier dat collega’s kunnen vinden.',
            en: 'Put the agreements with the initiators in a short file that colleagues can find.',
          },
        },
        {
          id: 'I11',
          text: {
            nl: 'Is geregeld wie het contact overneemt als de vaste contactpersoon vertrekt?',
            en: 'Is it arranged who takes over the contact if the regular contact person leaves?',
          },
          help: {
            nl: 'Personeel wisselt vaak. Zonder goede overdracht moeten bewoners weer bij nul beginnen.',
            en: 'Staff change often. Without a good handover, residents have to start from scratch.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een vervanger aanwijzen, en bij een wissel de nieuwe contactpersoon zelf voorstellen aan de initiatiefnemers.',
            en: 'Consider naming a stand-in, and personally introducing a new contact person to the initiators when staff change.',
          },
          agreement: {
            nl: 'Wijs een vervanger aan voor de contactpersoon, en stel bij een wissel de nieuwe persoon zelf voor.',
            en: 'Name a stand-in for the contact person, and personally introduce the new person at a change.',
          },
        },
        {
          id: 'I12',
          text: {
            nl: 'Kan het initiatief ook na dit jaar of dit project op steun van uw organisatie rekenen?',
            en: 'Can the initiative count on your organisation’s support beyond this year or this project?',
          },
          help: {
            nl: 'Korte steun maakt initiatieven kwetsbaar. Bewoners moeten dan steeds opnieuw aanvragen en weten niet waar ze aan toe zijn.',
            en: 'Short-term support makes initiatives fragile. Residents then have to apply again and again and do not know where they stand.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt in uw organisatie bespreken of steun aan initiatieven voor meer jaren kan worden toegezegd, bijvoorbeeld met een meerjarige afspraak of een vast budget.',
            en: 'Consider discussing in your organisation whether support for initiatives can be promised for several years, for example with a multi-year agreement or a standing budget.',
          },
          agreement: {
            nl: 'Leg de leiding een voorstel voor om het initiatief voor meer jaren te steunen, met een meerjarige afspraak of een vast budget.',
            en: 'Put a proposal to management to support the initiative for several years, with a multi-year agreement or a standing budget.',
          },
        },
        {
          id: 'I13',
          text: {
            nl: 'Leert uw organisatie van de ervaringen met initiatieven, bijvoorbeeld door terug te kijken en kennis te delen?',
            en: 'Does your organisation learn from its experience with initiatives, for example by looking back and sharing what it learns?',
          },
          help: {
            nl: 'Elke ervaring leert iets over wat werkt. Als niemand dat vastlegt, gaan dezelfde dingen steeds opnieuw mis.',
            en: 'Every experience teaches something about what works. If nobody records it, the same things go wrong again and again.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt na een tijd met initiatiefnemers en collega’s terugkijken: wat ging goed, wat kan beter? Deel wat u leert met andere teams.',
            en: 'Consider looking back with initiators and colleagues after a while: what went well, what could be better? Share what you learn with other teams.',
          },
          agreement: {
            nl: 'Plan een terugblik met initiatiefnemers en collega’s, en deel wat u leert met andere teams.',
            en: 'Plan a look back with initiators and colleagues, and share what you learn with other teams.',
          },
        },
      ],
    },
    // ---------------------------------------------------------------------------------------
    {
      id: 'empathie',
      letter: 'E',
      title: { nl: 'Empathie', en: 'Empathy' },
      summary: {
        nl: 'Kunnen u en uw organisatie zich verplaatsen in de bewoners? Loopt het contact goed, en sluit u aan bij hun wensen, hun tijd en hun verwachtingen?',
        en: 'Can you and your organisation put yourselves in the residents’ position? Does contact go well, and do you respond to their wishes, their time and their expectations?',
      },
      research: {
        nl:
          'Het gaat erom het initiatief te zien vanuit de leefwereld van de bewoners. ' +
          'Bronnen over het werken met initiatieven noemen vaak dezelfde punten: eerst luisteren, waardering tonen, gewone taal, op tijd antwoord, bereikbaar zijn als vrijwilligers tijd hebben, vertrouwen geven en eerlijk zijn over wat niet kan. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: mensen blijven eerder meedoen als ze zien dat er iets met hun inbreng gebeurt.',
        en:
          'This is about seeing the initiative from the residents’ everyday world. ' +
          'Sources on working with initiatives often name the same points: listen first, show appreciation, use plain language, answer in time, be reachable when volunteers have time, give trust and be honest about what cannot be done. ' +
          'The English CLEAR framework describes something comparable: people are more likely to keep taking part when they see that their input is acted on.',
      },
      sources: [
        {
          title: 'Burgers maken hun buurt',
          authors: 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker',
          publisher: 'Platform31',
          year: 2013,
        },
        { title: 'Loslaten in vertrouwen', publisher: 'Raad voor het openbaar bestuur', year: 2012 },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
          authors: 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker',
          publisher: 'Social Policy & Society',
          year: 2006,
        },
      ],
      questions: [
        {
          id: 'E1',
          text: {
            nl: 'Zijn de initiatiefnemers zelf tevreden over het contact met u?',
            en: 'Are the initiators themselves satisfied with their contact with you?',
          },
          help: {
            nl: 'Hoe u het contact ervaart, kan anders zijn dan hoe zij het ervaren. Hier telt hun mening.',
            en: 'How you experience the contact can differ from how they experience it. Their view is what counts here.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt de initiatiefnemers vragen wat goed gaat in het contact en wat beter kan, en met hun antwoord iets doen.',
            en: 'Consider asking the initiators what goes well in the contact and what could be better, and acting on their answer.',
          },
          agreement: {
            nl: 'Vraag de initiatiefnemers wat goed gaat in het contact en wat beter kan, en kies samen één verbetering.',
            en: 'Ask the initiators what goes well in the contact and what could be better, and choose one improvement together.',
          },
        },
        {
          id: 'E2',
          text: {
            nl: 'Vraagt u eerst naar de plannen van de initiatiefnemers, voordat u vertelt wat u zelf wilt of eist?',
            en: 'Do you ask about the initiators’ plans first, before saying what you want or require?',
          },
          help: {
            nl: 'Wie eerst luistert, begrijpt beter wat bewoners willen. Bewoners voelen zich dan serieus genomen.',
            en: 'Listening first gives a better understanding of what residents want. Residents then feel taken seriously.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt in elk gesprek eerst de initiatiefnemers aan het woord laten.',
            en: 'Consider letting the initiators speak first in every conversation.',
          },
          agreement: {
            nl: 'Begin elk gesprek met de initiatiefnemers met hun plannen, en kom daarna pas met uw eigen punten.',
            en: 'Start every conversation with the initiators with their plans, and only then bring your own points.',
          },
        },
        {
          id: 'E3',
          text: {
            nl: 'Horen de initiatiefnemers snel genoeg iets terug als ze een vraag stellen?',
            en: 'Do the initiators hear back quickly enough when they ask a question?',
          },
          help: {
            nl: 'Lang wachten op antwoord is een bekende klacht. Het kost vrijwilligers energie en vertrouwen.',
            en: 'Waiting a long time for an answer is a common complaint. It costs volunteers energy and trust.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt een vaste termijn voor antwoord afspreken. Lukt het niet op tijd? Laat dan weten wanneer het antwoord komt.',
            en: 'Consider agreeing a fixed time for answers, and letting them know when an answer will come if you cannot make it.',
          },
          agreement: {
            nl: 'Spreek met de initiatiefnemers af binnen hoeveel dagen ze antwoord krijgen, en houd u eraan.',
            en: 'Agree with the initiators within how many days they get an answer, and keep to it.',
          },
        },
        {
          id: 'E4',
          text: {
            nl: 'Spreekt en schrijft u in gewone taal, zonder ambtelijke woorden?',
            en: 'Do you speak and write in everyday language, without official jargon?',
          },
          help: {
            nl: 'Moeilijke taal schept afstand. Niet iedereen begrijpt brieven en formulieren van de overheid.',
            en: 'Difficult language creates distance. Not everyone understands government letters and forms.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt een collega of bewoner vragen om uw brieven en formulieren te lezen. Begrijpen zij alles?',
            en: 'Consider asking a colleague or resident to read your letters and forms: do they understand everything?',
          },
          agreement: {
            nl: 'Laat een bewoner of collega uw brieven en formulieren lezen, en herschrijf wat niet duidelijk is.',
            en: 'Have a resident or colleague read your letters and forms, and rewrite what is not clear.',
          },
        },
        {
          id: 'E5',
          text: {
            nl: 'Heeft u met de initiatiefnemers afgesproken wie wat doet?',
            en: 'Have you agreed with the initiators who does what?',
          },
          help: {
            nl: 'Onduidelijke taken leiden vaak tot teleurstelling aan twee kanten: iets blijft liggen, of wordt dubbel gedaan.',
            en: 'Unclear tasks often lead to disappointment on both sides: something is left undone, or done twice.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen op één blad zetten wie wat doet, en er af en toe samen naar kijken.',
            en: 'Consider putting on one page who does what, and looking at it together now and then.',
          },
          agreement: {
            nl: 'Zet samen met de initiatiefnemers op één blad wie wat doet.',
            en: 'Put on one page, together with the initiators, who does what.',
          },
        },
        {
          id: 'E6',
          text: {
            nl: 'Heeft u de initiatiefnemers eerlijk verteld wat wel en niet kan?',
            en: 'Have you told the initiators honestly what is and is not possible?',
          },
          help: {
            nl: 'Bewoners kunnen beter tegen een eerlijk ‘nee’ dan tegen een ‘misschien’ dat later ‘nee’ wordt.',
            en: 'Residents cope better with an honest “no” than with a “maybe” that later turns into “no”.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt open zijn over wat niet kan, en uitleggen waarom. Noem ook wat wel kan.',
            en: 'Consider being open about what cannot be done, and explaining why. Name what can be done too.',
          },
          agreement: {
            nl: 'Vertel de initiatiefnemers wat niet kan en waarom, en wat wel kan.',
            en: 'Tell the initiators what cannot be done and why, and what can.',
          },
        },
        {
          id: 'E7',
          text: {
            nl: 'Laat u merken dat u blij bent met de inzet van de initiatiefnemers?',
            en: 'Do you let the initiators know you appreciate their effort?',
          },
          help: {
            nl: 'Waardering houdt vrijwilligers gemotiveerd. Het kost weinig, maar het wordt vaak vergeten.',
            en: 'Appreciation keeps volunteers motivated. It costs little, but is often forgotten.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt hen bedanken en laten zien wat ze hebben bereikt, bijvoorbeeld in een nieuwsbrief of op een bijeenkomst.',
            en: 'Consider thanking them and showing what they have achieved, for example in a newsletter or at a meeting.',
          },
          agreement: {
            nl: 'Bedank de initiatiefnemers en laat zien wat ze hebben bereikt, bijvoorbeeld in een nieuwsbrief.',
            en: 'Thank the initiators and show what they have achieved, for example in a newsletter.',
          },
        },
        {
          id: 'E8',
          text: {
            nl: 'Komt u in de buurt en bij het initiatief zelf, bijvoorbeeld bij een activiteit?',
            en: 'Do you spend time in the neighbourhood and at the initiative itself, for example at one of its activities?',
          },
          help: {
            nl: 'Wie de buurt kent, begrijpt beter waarom iets belangrijk is voor bewoners. Dat lukt niet alleen vanachter een bureau.',
            en: 'Knowing the neighbourhood helps you understand why something matters to residents. That cannot be done from behind a desk alone.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt vaker de buurt in gaan, bijvoorbeeld door een activiteit van het initiatief bij te wonen.',
            en: 'Consider spending more time in the neighbourhood, for example by attending one of the initiative’s activities.',
          },
          agreement: {
            nl: 'Ga naar een activiteit van het initiatief en praat daar met de bewoners.',
            en: 'Go to one of the initiative’s activities and talk with the residents there.',
          },
        },
        {
          id: 'E9',
          text: {
            nl: 'Kunnen de initiatiefnemers u of een collega bereiken op momenten dat zij tijd hebben, zoals ’s avonds of in het weekend?',
            en: 'Can the initiators reach you or a colleague at times when they are free, such as in the evening or at the weekend?',
          },
          help: {
            nl: 'Vrijwilligers hebben vaak pas tijd na hun werk. Als de organisatie alleen overdag bereikbaar is, lopen ze vast.',
            en: 'Volunteers often only have time after work. If the organisation can only be reached during office hours, they get stuck.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt afspreken hoe de initiatiefnemers u buiten kantoortijd kunnen bereiken, bijvoorbeeld met een vaste avond of een bericht dat u de volgende dag beantwoordt.',
            en: 'Consider agreeing how the initiators can reach you outside office hours, for example one fixed evening or a message you answer the next day.',
          },
          agreement: {
            nl: 'Spreek af hoe de initiatiefnemers u buiten kantoortijd kunnen bereiken.',
            en: 'Agree how the initiators can reach you outside office hours.',
          },
        },
        {
          id: 'E10',
          text: {
            nl: 'Geeft u de initiatiefnemers vertrouwen, zonder alles te controleren?',
            en: 'Do you trust the initiators to do it, without checking everything?',
          },
          help: {
            nl: 'Bewoners merken het als ze niet vertrouwd worden, bijvoorbeeld door veel controle of vragen achteraf. Vertrouwen geeft hen ruimte om het op hun manier te doen.',
            en: 'Residents notice when they are not trusted, for example through lots of checks or questions afterwards. Trust gives them room to do it their way.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt nagaan welke controles echt nodig zijn, en de rest loslaten. Spreek liever vooraf af wat belangrijk is.',
            en: 'Consider checking which controls are really needed, and letting go of the rest. Agree beforehand on what matters instead.',
          },
          agreement: {
            nl: 'Bespreek met de initiatiefnemers wat echt belangrijk is, en laat controles die daar niet bij horen los.',
            en: 'Discuss with the initiators what really matters, and let go of checks that do not belong to it.',
          },
        },
      ],
    },
  ],

  conditions: [
    {
      id: 'animo-motive-fits',
      area: 'animo',
      title: {
        nl: 'De steun sluit aan bij wat de initiatiefnemers drijft',
        en: 'The support matches what drives the initiators',
      },
      when: {
        all: [
          { fact: 'A1', operator: 'equal', value: 'yes' },
          { fact: 'A2', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt met de initiatiefnemers praten over waarom ze dit doen: vooral om samen iets te doen, of voor een bepaald resultaat? Daarna kunt u uw steun daarop afstemmen.',
        en: 'Consider talking with the initiators about why they do this: mainly to do something together, or for a specific result? You can then match your support to it.',
      },
      agreement: {
        nl: 'Vraag de initiatiefnemers wat hen drijft, en stem de steun daarop af.',
        en: 'Ask the initiators what drives them, and match the support to it.',
      },
      variants: [
        {
          when: { role: ['stimulerend'] },
          text: {
            nl: 'Als u zelf bewoners in beweging brengt, is het extra belangrijk om te weten wat hen drijft. Anders blijft het vooral uw plan. U kunt daar vroeg naar vragen.',
            en: 'When you are the one getting residents moving, knowing what drives them matters even more; otherwise it stays mainly your plan. Consider asking about it early.',
          },
        },
        {
          when: { phase: ['idea', 'starting'] },
          text: {
            nl: 'Het begin is een goed moment om te vragen wat de initiatiefnemers drijft. Dan kunt u uw steun er vanaf het begin op afstemmen.',
            en: 'The start is a good moment to ask what drives the initiators. You can then match your support to it from the beginning.',
          },
        },
        {
          when: { phase: ['running', 'continuing'] },
          text: {
            nl: 'Wat mensen drijft, kan na een tijd veranderen. U kunt opnieuw vragen waarom ze doorgaan, en kijken of uw steun nog past.',
            en: 'What drives people can change over time. Consider asking again why they carry on, and checking whether your support still fits.',
          },
        },
      ],
    },
    {
      id: 'toerusting-support-fits',
      area: 'toerusting',
      title: { nl: 'De steun past bij de vraag', en: 'The support fits the request' },
      when: {
        all: [
          { fact: 'T5', operator: 'equal', value: 'yes' },
          { fact: 'T6', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt de initiatiefnemers vragen welke hulp ze willen. Bekijk dan samen of uw hulp daarbij past, en doe een stap terug waar zij het zelf kunnen.',
        en: 'Consider asking the initiators what help they want, then checking together whether your support matches it, and stepping back where they can manage themselves.',
      },
      agreement: {
        nl: 'Vraag de initiatiefnemers welke hulp ze willen, en geef alleen die hulp.',
        en: 'Ask the initiators what help they want, and give only that help.',
      },
      variants: [
        {
          when: { phase: ['idea', 'starting'] },
          text: {
            nl: 'In deze fase is de vraag vaak nog niet scherp. U kunt samen uitzoeken wat de initiatiefnemers zelf kunnen en waar ze hulp bij willen, voordat u steun aanbiedt.',
            en: 'At this stage the request is often still vague. Consider finding out together what the initiators can do themselves and where they want help, before you offer support.',
          },
        },
        {
          when: { phase: ['running', 'continuing'] },
          text: {
            nl: 'Het initiatief loopt al. Misschien is de vraag veranderd sinds het begin. U kunt bespreken of de steun nog past, en wat de groep nu zelf kan overnemen.',
            en: 'The initiative is already running, and the request may have changed since the start. Consider discussing whether the support still fits, and what the group can now take over.',
          },
        },
        {
          when: { role: ['faciliterend'] },
          text: {
            nl: 'In een faciliterende rol volgt u de vraag van de bewoners. U kunt nagaan of u niet meer doet dan gevraagd is.',
            en: 'In a facilitating role you follow the residents’ request. Consider checking that you are not doing more than was asked.',
          },
        },
      ],
    },
    {
      id: 'inbedding-continuity',
      area: 'inbedding',
      title: {
        nl: 'Het loopt door als de contactpersoon wisselt',
        en: 'It carries on when the contact person changes',
      },
      when: {
        all: [
          { fact: 'I10', operator: 'equal', value: 'yes' },
          { fact: 'I11', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt de afspraken en de geschiedenis van het initiatief op papier zetten, en een vervanger aanwijzen die het contact kan overnemen.',
        en: 'Consider writing down the agreements and history of the initiative, and naming a stand-in who can take over the contact.',
      },
      agreement: {
        nl: 'Zet de afspraken in een dossier dat collega’s kunnen vinden, en wijs een vervanger aan voor de contactpersoon.',
        en: 'Put the agreements in a file colleagues can find, and name a stand-in for the contact person.',
      },
    },
    {
      id: 'empathie-clear-and-timely',
      area: 'empathie',
      title: { nl: 'Op tijd antwoord en heldere afspraken', en: 'Timely answers and clear agreements' },
      when: {
        all: [
          { fact: 'E3', operator: 'equal', value: 'yes' },
          { fact: 'E5', operator: 'equal', value: 'yes' },
          { fact: 'E6', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt met de initiatiefnemers afspreken binnen hoeveel tijd ze antwoord krijgen. Schrijf ook kort op wie wat doet, en wees open over wat niet kan.',
        en: 'Consider agreeing with the initiators how soon they will get an answer, writing down briefly who does what, and being open about what cannot be done.',
      },
      agreement: {
        nl: 'Spreek een termijn voor antwoord af, en zet op één blad wie wat doet en wat niet kan.',
        en: 'Agree a time for answers, and put on one page who does what and what cannot be done.',
      },
      variants: [
        {
          when: { phase: ['closing'] },
          text: {
            nl: 'Bij het afronden kunt u afspreken wat er nog van uw kant komt en wanneer, zodat niemand blijft wachten.',
            en: 'When wrapping up, consider agreeing what is still to come from your side and when, so nobody is left waiting.',
          },
        },
        {
          when: { role: ['coproducerend'] },
          text: {
            nl: 'Als u samen optrekt, is het extra belangrijk om te weten wie wat doet. U kunt de taakverdeling kort opschrijven en er af en toe samen naar kijken.',
            en: 'When you work together as partners, knowing who does what matters even more. Consider writing down the division of tasks and reviewing it together now and then.',
          },
        },
      ],
    },
  ],

  roles: [
    {
      id: 'stimulerend',
      colour: 'rood',
      title: { nl: 'Stimulerend', en: 'Stimulating' },
      description: {
        nl: 'De professional of organisatie zet de eerste stap. U zoekt bewoners op, brengt een idee in en nodigt mensen uit om mee te doen. Het doel is dat bewoners het gaan dragen.',
        en: 'The professional or organisation takes the first step. You seek out residents, bring in an idea and invite people to join. The aim is for residents to carry it.',
      },
    },
    {
      id: 'faciliterend',
      colour: 'blauw',
      title: { nl: 'Faciliterend', en: 'Facilitating' },
      description: {
        nl: 'De bewoners hebben de leiding. U helpt als zij erom vragen en haalt obstakels weg, zonder het initiatief over te nemen. Waar ze iets nog niet kunnen, helpt u ze het zelf te leren.',
        en: 'The residents lead. You help when they ask and remove obstacles, without taking the initiative over. Where they cannot yet do something, you help them learn it themselves.',
      },
    },
    {
      id: 'coproducerend',
      colour: 'wit',
      title: { nl: 'Coproducerend', en: 'Co-producing' },
      description: {
        nl: 'Bewoners en uw organisatie maken het samen, als gelijkwaardige partners, omdat beide een eigen belang hebben. U deelt de verantwoordelijkheid en maakt duidelijke afspraken over wie wat doet en wie waarover beslist.',
        en: 'Residents and your organisation build it together as equal partners, because both have a stake of their own. You share responsibility and agree clearly who does what and who decides what.',
      },
    },
  ],

  roleRules: [
    {
      id: 'closing',
      role: 'faciliterend',
      priority: 110,
      when: { fact: 'intake', path: 'phase', operator: 'equal', value: 'closing' },
      reason: {
        nl: 'Het initiatief stopt of wordt afgerond. Dan past een faciliterende rol: help waar de bewoners erom vragen, kijk samen terug en spreek af wat er blijft. Neem het afronden niet van hen over.',
        en: 'The initiative is ending or being wrapped up. A facilitating role fits then: help where the residents ask, look back together and agree what remains. Do not take the wrapping up off their hands.',
      },
    },
    {
      id: 'shared-stake',
      role: 'coproducerend',
      priority: 100,
      when: {
        all: [
          { fact: 'intake', path: 'stake', operator: 'equal', value: 'yes' },
          {
            any: [
              { fact: 'intake', path: 'origin', operator: 'equal', value: 'joint' },
              { fact: 'intake', path: 'lead', operator: 'equal', value: 'together' },
            ],
          },
        ],
      },
      reason: {
        nl: 'Het initiatief gaat over een taak, voorziening of plek waar uw organisatie zelf verantwoordelijk voor is, en bewoners en professionals doen het samen. Dan past coproductie: samenwerken als gelijkwaardige partners, met duidelijke afspraken over wie wat doet en wie waarover beslist.',
        en: 'The initiative is about a task, facility or place your organisation is itself responsible for, and residents and professionals are doing it together. Co-production fits then: working as equal partners, with clear agreements on who does what and who decides what.',
      },
    },
    {
      id: 'hand-over',
      role: 'faciliterend',
      priority: 95,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'in', value: ['professional', 'joint'] },
          { fact: 'intake', path: 'phase', operator: 'in', value: ['starting', 'running', 'continuing'] },
          { fact: 'intake', path: 'lead', operator: 'equal', value: 'residents' },
          { fact: 'A3', operator: 'equal', value: 'yes' },
        ],
      },
      reason: {
        nl: 'Het idee kwam (mede) van een professional of de gemeente, maar nu trekken bewoners het initiatief en is er steun in de buurt. Dit is het moment om het over te dragen: stap terug naar een faciliterende rol en help waar zij erom vragen.',
        en: 'The idea came (partly) from a professional or the municipality, but residents now lead the initiative and it has support in the neighbourhood. This is the moment to hand it over: step back to a facilitating role and help where they ask.',
      },
    },
    {
      id: 'professional-idea-start',
      role: 'stimulerend',
      priority: 90,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'equal', value: 'professional' },
          { fact: 'intake', path: 'phase', operator: 'in', value: ['idea', 'starting'] },
        ],
      },
      reason: {
        nl: 'Het idee komt van een professional of de gemeente, en het initiatief begint pas. Een stimulerende rol past: zoek bewoners die het idee willen oppakken en trekken. Werk er vanaf het begin naartoe dat zij het gaan dragen.',
        en: 'The idea comes from a professional or the municipality, and the initiative is only beginning. A stimulating role fits: look for residents who want to take up and lead the idea. Work from the start towards them carrying it.',
      },
    },
    {
      id: 'professional-still-carries',
      role: 'stimulerend',
      priority: 85,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'equal', value: 'professional' },
          { fact: 'intake', path: 'phase', operator: 'in', value: ['running', 'continuing'] },
          {
            any: [
              { fact: 'intake', path: 'lead', operator: 'in', value: ['professional', 'together'] },
              { fact: 'A3', operator: 'in', value: ['partly', 'no'] },
            ],
          },
        ],
      },
      reason: {
        nl: 'Het idee kwam van een professional of de gemeente. Het initiatief loopt, maar bewoners dragen het nog niet: zij trekken het niet zelf, of er is nog te weinig steun in de buurt. Blijf stimuleren met één doel: bewoners vinden die het overnemen. Spreek af wanneer u het overdraagt.',
        en: 'The idea came from a professional or the municipality. The initiative is running, but residents do not carry it yet: they do not lead it themselves, or there is too little support in the neighbourhood. Keep stimulating with one aim: finding residents who take it over. Agree when you will hand it over.',
      },
    },
    {
      id: 'idea-without-backing',
      role: 'stimulerend',
      priority: 80,
      when: {
        all: [
          { fact: 'intake', path: 'phase', operator: 'in', value: ['idea', 'starting'] },
          { fact: 'A3', operator: 'in', value: ['partly', 'no'] },
        ],
      },
      reason: {
        nl: 'Het initiatief is nog een idee of begint net, en heeft nog te weinig steun in de buurt. Een stimulerende rol kan helpen: help de initiatiefnemers om buren te vinden die meedoen. Het blijft hun initiatief.',
        en: 'The initiative is still an idea or just starting, and has too little support in the neighbourhood yet. A stimulating role can help: help the initiators find neighbours who join in. It stays their initiative.',
      },
    },
    {
      id: 'resources-gap',
      role: 'faciliterend',
      priority: 70,
      when: {
        all: [
          {
            any: [
              { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
              { fact: 'intake', path: 'lead', operator: 'equal', value: 'residents' },
            ],
          },
          {
            any: [
              { fact: 'T1', operator: 'in', value: ['partly', 'no'] },
              { fact: 'T2', operator: 'in', value: ['partly', 'no'] },
              { fact: 'T3', operator: 'in', value: ['partly', 'no'] },
              { fact: 'T4', operator: 'in', value: ['partly', 'no'] },
            ],
          },
        ],
      },
      reason: {
        nl: 'Het initiatief is van de bewoners, maar ze missen nog iets: geld of middelen, mensen en tijd, kennis, of het formele deel. Dat vraagt niet om overnemen of coproductie, maar om een faciliterende rol met gerichte steun: help hen het zelf te regelen en te leren, bijvoorbeeld met een fonds, een cursus of iemand die het uitlegt.',
        en: 'The initiative belongs to the residents, but they still lack something: money or means, people and time, know-how, or the formal side. That calls not for taking over or co-production, but for a facilitating role with targeted support: help them arrange and learn it themselves, for example with a fund, a course or someone who explains it.',
      },
    },
    {
      id: 'residents-ownership',
      role: 'faciliterend',
      priority: 65,
      when: {
        all: [
          {
            any: [
              { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
              { fact: 'intake', path: 'lead', operator: 'equal', value: 'residents' },
            ],
          },
          { fact: 'A5', operator: 'in', value: ['partly', 'no'] },
        ],
      },
      reason: {
        nl: 'Het initiatief is van de bewoners, maar de doelen van uw organisatie zijn nog niet (helemaal) open besproken. Een faciliterende rol houdt het initiatief in handen van de bewoners. Bespreek uw eigen doelen open, zodat zij zelf kunnen kiezen wat ze ermee doen.',
        en: 'The initiative belongs to the residents, but your organisation’s goals have not (fully) been discussed openly. A facilitating role keeps the initiative in the residents’ hands. Discuss your own goals openly, so that they can choose what to do with them.',
      },
    },
    {
      id: 'residents-capable',
      role: 'faciliterend',
      priority: 60,
      when: {
        all: [
          {
            any: [
              { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
              { fact: 'intake', path: 'lead', operator: 'equal', value: 'residents' },
            ],
          },
          { fact: 'T1', operator: 'equal', value: 'yes' },
          { fact: 'T2', operator: 'equal', value: 'yes' },
          { fact: 'T3', operator: 'equal', value: 'yes' },
          { fact: 'T4', operator: 'equal', value: 'yes' },
        ],
      },
      reason: {
        nl: 'Het initiatief is van de bewoners, en zij hebben genoeg middelen, tijd en kennis, en het formele deel is geregeld. Zij kunnen het zelf. Steun op hun verzoek past dan het best.',
        en: 'The initiative belongs to the residents, and they have enough means, time and know-how, and the formal side is arranged. They can do it themselves, so support on request fits best.',
      },
    },
  ],

  defaultRole: 'faciliterend',

  texts: {
    findOut: { nl: 'Zoek dit uit', en: 'Find this out' },
    defaultRoleReason: {
      nl: 'Geen van de regels past precies bij deze antwoorden. Daarom stellen we de faciliterende rol voor: de bewoners houden de leiding en u helpt waar zij erom vragen. Kijk zelf of een andere rol beter past.',
      en: 'None of the rules quite matches these answers, so the facilitating role is suggested: residents stay in the lead and you help where they ask. Consider whether another role fits better.',
    },
  },

  migrations: [version1Migration],
};
