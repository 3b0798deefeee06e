/**
 * The default ACTIE model: the question bank, combined conditions and role rules of the toolkit.
 *
 * The questions are written for this toolkit. They are derived from the ACTIE-model of
 * "Burgers maken hun buurt" (Denters, Bakker, Tonkens and Verhoeven, Platform31, 2013) and are
 * not the original wording of that instrument. This file is data only: no functions, no loops.
 *
 * @packageDocumentation
 */

import type { ActieModelInput } from './types.js';

/** The default model as written by hand; `validateModel` completes it. */
export const defaultModelSource: ActieModelInput = {
  id: 'actie-default',
  version: '1.0',
  languages: ['nl', 'en'],
  title: {
    nl: 'ACTIE-check voor bewonersinitiatieven',
    en: 'ACTIE check for residents’ initiatives',
  },
  attribution: {
    nl:
      'De vragen zijn geschreven voor deze toolkit. Ze zijn afgeleid van het ACTIE-model uit ‘Burgers maken hun buurt’ ' +
      'van Bas Denters, Judith Bakker, Evelien Tonkens en Imrat Verhoeven (Platform31, 2013). ' +
      'Het is niet de oorspronkelijke tekst van dat instrument. ' +
      'De adviezen zijn richtingen om over na te denken, geen oordelen.',
    en:
      'The questions are written for this toolkit. They are derived from the ACTIE-model of “Burgers maken hun buurt” ' +
      'by Bas Denters, Judith Bakker, Evelien Tonkens and Imrat Verhoeven (Platform31, 2013). ' +
      'They are not the original wording of that instrument. ' +
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
          label: { nl: 'Het initiatief moet blijven bestaan', en: 'The initiative needs to keep going' },
        },
        { value: 'closing', label: { nl: 'Het initiatief stopt of wordt afgerond', en: 'The initiative is ending or being wrapped up' } },
      ],
    },
    {
      id: 'origin',
      kind: 'choice',
      text: { nl: 'Van wie komt het idee?', en: 'Whose idea was it?' },
      help: {
        nl: 'Wie het idee had, zegt iets over wie de leiding heeft. Dat helpt bij het kiezen van uw rol.',
        en: 'Who had the idea says something about who leads. That helps in choosing your role.',
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
      id: 'role',
      kind: 'choice',
      text: { nl: 'Welke rol heeft u nu bij het initiatief?', en: 'What role do you have in the initiative now?' },
      help: {
        nl: 'Het ACTIE-model kent drie rollen. U kunt ook kiezen voor ‘weet ik nog niet’: de uitkomst stelt dan een rol voor.',
        en: 'The ACTIE-model has three roles. You can also choose “not sure yet”: the results will then suggest a role.',
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
          label: { nl: 'Coproducerend: we doen het samen', en: 'Co-producing: we do it together' },
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
          label: { nl: 'Bestuurder, zoals een wethouder', en: 'Administrator, such as an alderman' },
          level: 'organisation',
        },
        { value: 'initiator', label: { nl: 'Initiatiefnemer', en: 'Initiator' }, level: 'frontline' },
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
    {
      id: 'animo',
      letter: 'A',
      title: { nl: 'Animo', en: 'Enthusiasm' },
      summary: {
        nl: 'Waarom willen de initiatiefnemers dit, en staat de buurt erachter? En is uw organisatie ook enthousiast, en volgt zij wat de bewoners willen?',
        en: 'Why do the initiators want this, and does the neighbourhood back it? And is your organisation enthusiastic too, and does it follow what the residents want?',
      },
      research: {
        nl:
          'Het onderzoek achter ACTIE onderscheidt sociale motieven (samen iets doen) en doelgerichte motieven (een resultaat voor de buurt). ' +
          'Steun lijkt beter te werken als die aansluit bij het motief van de bewoners, en niet vooral bij beleidsdoelen. ' +
          'Het CLEAR-model van Lowndes, Pratchett en Stoker noemt dit ‘like to’: mensen doen eerder mee als ze zich verbonden voelen met hun buurt. ' +
          'Ook het enthousiasme van de organisatie zelf speelt mee.',
        en:
          'The research behind ACTIE distinguishes social motives (doing something together) from goal-oriented motives (a result for the neighbourhood). ' +
          'Support appears to work better when it follows the residents’ motive rather than mainly policy goals. ' +
          'The CLEAR framework of Lowndes, Pratchett and Stoker calls this “like to”: people take part more readily when they feel attached to their community. ' +
          'The organisation’s own enthusiasm also plays a part.',
      },
      sources: [
        { title: 'Burgers maken hun buurt', publisher: 'Platform31', year: 2013 },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
          publisher: 'Social Policy & Society',
          year: 2006,
        },
        {
          title: 'Vind je balans met het ACTIE-model',
          publisher: 'Buurtwijs (Movisie)',
          year: 2019,
          url: 'https://www.buurtwijs.nl/content/vind-je-balans-met-het-actie-model',
        },
      ],
      questions: [
        {
          id: 'A1',
          text: {
            nl: 'Weet u wat de initiatiefnemers drijft?',
            en: 'Do you know what motivates the initiators?',
          },
          help: {
            nl: 'Steun werkt beter als die past bij de reden waarom mensen iets willen. Die reden hoort u vaak pas in een echt gesprek.',
            en: 'Support works better when it fits the reason people want something. You often only hear that reason in a real conversation.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt tijd maken voor een open gesprek: waarom willen zij dit?',
            en: 'Consider making time for an open conversation about why they want this.',
          },
        },
        {
          id: 'A2',
          text: {
            nl: 'Weet u wat voor hen het belangrijkst is: samen bezig zijn, of een bepaald resultaat in de buurt?',
            en: 'Do you know what matters most to them: being active together, or a specific result in the neighbourhood?',
          },
          help: {
            nl: 'Sommige groepen doen iets vooral voor het contact en de gezelligheid. Andere groepen willen iets bereiken. Dat vraagt om andere steun.',
            en: 'Some groups act mainly for company and contact. Others want to achieve something. Each needs a different kind of support.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt uw steun afstemmen op wat hen drijft. Gaat het om samen zijn? Leg dan geen zware doelen op. Gaat het om een resultaat? Help dan om vaart te houden.',
            en: 'Consider tuning your support to their motive. If it is about being together, avoid imposing heavy targets. If it is about a result, help them keep momentum.',
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
            nl: 'U kunt helpen om buren naar hun mening te vragen, bijvoorbeeld met een korte rondgang langs de deuren of een bijeenkomst. Zo kan de groep ook groeien.',
            en: 'Consider helping to ask neighbours for their views, for example by going door to door or holding a meeting. This can also help the group grow.',
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
            nl: 'U kunt het initiatief intern voorstellen: wat levert het op voor de buurt, en wie in de organisatie wil het steunen?',
            en: 'Consider presenting the initiative internally: what does it bring the neighbourhood, and who in the organisation wants to back it?',
          },
        },
        {
          id: 'A5',
          text: {
            nl: 'Staan bij uw steun de wensen van de bewoners voorop, vóór de beleidsdoelen van uw organisatie?',
            en: 'When you give support, do the residents’ wishes come first, ahead of your organisation’s policy goals?',
          },
          help: {
            nl: 'Als een organisatie een initiatief vooral voor eigen doelen gebruikt, haken bewoners soms af. Eigen doelen mogen er zijn, maar maak ze bespreekbaar.',
            en: 'When an organisation mainly uses an initiative for its own goals, residents may drop out. Having your own goals is fine, but make them open to discussion.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt uw eigen doelen hardop noemen tegenover de bewoners. Waar ze niet samengaan, kunt u dat samen bespreken. De keuzes over het initiatief liggen bij hen.',
            en: 'Consider stating your own goals out loud to the residents and talking through where they do not fit together, while leaving the choices about the initiative with them.',
          },
        },
        {
          id: 'A6',
          text: {
            nl: 'Weet u welke dingen in uw eigen organisatie de zin van bewoners vergroten of juist wegnemen? Bijvoorbeeld regels, lang wachten of veel eisen.',
            en: 'Do you know what in your own organisation boosts residents’ drive or drains it, for example rules, long waits or many demands?',
          },
          help: {
            nl: 'De motivatie komt van de bewoners, maar een organisatie kan die snel kapotmaken. Ook kleine dingen tellen, zoals lang wachten op antwoord.',
            en: 'The motivation comes from the residents, but an organisation can easily crush it. Small things count too, such as long waits for an answer.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt initiatiefnemers vragen wat hen bij uw organisatie energie geeft en wat energie kost. Pak daarna samen één ding aan dat energie kost.',
            en: 'Consider asking initiators what gives them energy in dealing with your organisation and what drains it, then tackling one drain together.',
          },
        },
        {
          id: 'A7',
          text: {
            nl: 'Weten initiatiefnemers van tevoren hoeveel vrijheid ze hebben, en wanneer uw organisatie ingrijpt?',
            en: 'Do initiators know beforehand how much freedom they have, and when your organisation will step in?',
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
        },
        {
          id: 'A8',
          text: {
            nl: 'Is er een risico dat de initiatiefnemers te veel op zich nemen of teleurgesteld raken?',
            en: 'Is there a risk that the initiators take on too much or become disappointed?',
          },
          help: {
            nl: 'Vrijwilligers doen dit naast werk, zorg en gezin. Te veel werk of te weinig resultaat kan hun zin snel laten zakken. Hier is ‘nee’ het goede antwoord.',
            en: 'Volunteers do this alongside work, care and family. Too much work or too little result can quickly drain their energy. Here “no” is the good answer.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt vragen hoe het met de trekkers gaat. Misschien kunnen taken naar anderen, of kan het plan een stap kleiner.',
            en: 'Consider asking how the people leading it are doing. Perhaps tasks can move to others, or the plan can be made a step smaller.',
          },
        },
      ],
    },
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
          'Vaak doen vooral de bekende gezichten mee; het kan helpen om de kring bewust breder te maken. ' +
          'CLEAR noemt een netwerk van groepen en organisaties als voorwaarde voor meedoen (‘enabled to’). Professionals kunnen daarin een verbindende rol spelen.',
        en:
          'Initiatives benefit from two kinds of contacts: with neighbours, for backing and helpers, and with organisations and agencies, for knowledge and means. ' +
          'Often the familiar faces take part; it can help to widen the circle on purpose. ' +
          'CLEAR names a network of groups and organisations as a condition for taking part (“enabled to”). Professionals can play a connecting role in this.',
      },
      sources: [
        { title: 'Burgers maken hun buurt', publisher: 'Platform31', year: 2013 },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
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
        },
        {
          id: 'C3',
          text: {
            nl: 'Weten de initiatiefnemers bij wie ze terechtkunnen bij de gemeente en andere instanties?',
            en: 'Do the initiators know where to go at the municipality and other agencies?',
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
            nl: 'U kunt afspreken dat professionals in de wijk hun netwerk actief delen met initiatiefnemers, en dat ze daar tijd voor krijgen.',
            en: 'Consider agreeing that neighbourhood professionals actively share their network with initiators, and get time to do so.',
          },
        },
        {
          id: 'C7',
          text: {
            nl: 'Botst het initiatief met de wensen van andere bewoners of groepen?',
            en: 'Does the initiative clash with what other residents or groups want?',
          },
          help: {
            nl: 'Onenigheid die blijft liggen, wordt vaak groter. Hier is ‘nee’ het goede antwoord.',
            en: 'Disagreement that is left alone often grows. Here “no” is the good answer.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt de partijen vroeg met elkaar laten praten, eventueel met hulp van buurtbemiddeling. Vaak willen ze meer hetzelfde dan ze denken.',
            en: 'Consider getting the parties talking early, perhaps with help from neighbourhood mediation. They often want more of the same than they think.',
          },
        },
      ],
    },
    {
      id: 'toerusting',
      letter: 'T',
      title: { nl: 'Toerusting', en: 'Resources' },
      summary: {
        nl: 'Hebben de initiatiefnemers genoeg geld, spullen, tijd en kennis? En welke steun vragen ze daar zelf bij?',
        en: 'Do the initiators have enough money, materials, time and know-how? And what support do they ask for themselves?',
      },
      research: {
        nl:
          'Groepen verschillen sterk in geld, tijd en vaardigheden. Bronnen over ACTIE wijzen op steun op maat: aansluiten bij de vraag van de groep, zonder het initiatief over te nemen. ' +
          'CLEAR noemt dit ‘can do’: mensen doen eerder mee als ze de middelen, kennis en vaardigheden hebben. ' +
          'Eenvoudige procedures voor kleine aanvragen kunnen voor vrijwilligers veel verschil maken.',
        en:
          'Groups differ widely in money, time and skills. Sources on ACTIE point to tailored support: following the group’s request without taking the initiative over. ' +
          'CLEAR calls this “can do”: people take part more readily when they have the resources, knowledge and skills. ' +
          'Simple procedures for small requests can make a real difference to volunteers.',
      },
      sources: [
        { title: 'Burgers maken hun buurt', publisher: 'Platform31', year: 2013 },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
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
        },
        {
          id: 'T3',
          text: {
            nl: 'Weten en kunnen de initiatiefnemers wat nodig is? Denk aan een planning maken, een begroting, een aanvraag of communicatie.',
            en: 'Do the initiators have the know-how they need, such as planning, budgeting, applying for funds or communicating?',
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
        },
        {
          id: 'T4',
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
        },
        {
          id: 'T5',
          text: {
            nl: 'Geeft u de hulp waarom gevraagd wordt, en laat u de rest van het werk bij de bewoners?',
            en: 'Do you give the help that is asked for, and leave the rest of the work with the residents?',
          },
          help: {
            nl: 'Te veel hulp kan net zo slecht zijn als te weinig. Als de professional alles regelt, voelt het niet meer als hun initiatief.',
            en: 'Too much help can be as bad as too little. When the professional arranges everything, it no longer feels like their initiative.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen nagaan wat u nu doet en of dat nog nodig is. Geef taken terug als de groep ze zelf aankan.',
            en: 'Consider reviewing together what you do now and whether it is still needed, and handing tasks back when the group can manage them.',
          },
        },
        {
          id: 'T6',
          text: {
            nl: 'Past de moeite van een aanvraag, voor geld of een vergunning, bij de grootte van het initiatief?',
            en: 'Is the effort of an application, for money or a permit, in line with the size of the initiative?',
          },
          help: {
            nl: 'Lange formulieren voor kleine bedragen kosten vrijwilligers veel tijd. Dat kan hen ontmoedigen.',
            en: 'Long forms for small amounts cost volunteers a lot of time. That can discourage them.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt voor kleine bedragen een lichte route voorstellen: een kort formulier en een simpele verantwoording achteraf.',
            en: 'Consider proposing a light route for small amounts: a short form and simple reporting afterwards.',
          },
        },
        {
          id: 'T7',
          text: {
            nl: 'Komen de initiatiefnemers praktische problemen tegen waar ze niet uitkomen? Denk aan regels, een verzekering of wie aansprakelijk is.',
            en: 'Do the initiators face practical problems they cannot solve, such as rules, insurance or who is liable?',
          },
          help: {
            nl: 'Zulke vragen kunnen een initiatief lang stilleggen. Hier is ‘nee’ het goede antwoord.',
            en: 'Questions like these can stall an initiative for a long time. Here “no” is the good answer.',
          },
          actor: 'initiative',
          level: 'frontline',
          favourable: 'no',
          action: {
            nl: 'U kunt de vraag samen op een rij zetten en iemand zoeken die er verstand van heeft, zoals een collega van vergunningen of een juridisch adviseur.',
            en: 'Consider setting out the question together and finding someone who knows the subject, such as a permits colleague or a legal adviser.',
          },
        },
      ],
    },
    {
      id: 'inbedding',
      letter: 'I',
      title: { nl: 'Inbedding', en: 'Embedding' },
      summary: {
        nl: 'Is uw organisatie zo ingericht dat ze initiatieven goed kan steunen? Denk aan een vast aanspreekpunt, ruimte voor professionals en steun van de leiding.',
        en: 'Is your organisation set up to support initiatives well? Think of one point of contact, room for professionals and backing from management.',
      },
      research: {
        nl:
          'Of professionals initiatieven goed kunnen steunen, hangt ook af van hun organisatie. ' +
          'Aandachtspunten zijn een vast aanspreekpunt, ruimte en tijd voor de professional, samenwerking tussen afdelingen, regels die passen bij de grootte van het initiatief, steun van leiding en bestuur, en continuïteit als mensen wisselen. ' +
          'De Raad voor het openbaar bestuur beschrijft in ‘Loslaten in vertrouwen’ (2012) rollen van de overheid die lopen van reguleren via stimuleren en faciliteren tot loslaten.',
        en:
          'Whether professionals can support initiatives well also depends on their organisation. ' +
          'Points to look at are one point of contact, room and time for the professional, cooperation between departments, rules in proportion to the initiative, backing from management and administrators, and continuity when staff change. ' +
          'In “Loslaten in vertrouwen” (2012) the Dutch Council for Public Administration describes government roles ranging from regulating through stimulating and facilitating to letting go.',
      },
      sources: [
        { title: 'Burgers maken hun buurt', publisher: 'Platform31', year: 2013 },
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
        },
        {
          id: 'I2',
          text: {
            nl: 'Kan de professional zelf knopen doorhakken en snel iets regelen? Heeft hij of zij daar de tijd en de bevoegdheid voor?',
            en: 'Can the professional make decisions and get things done quickly, with the time and authority that takes?',
          },
          help: {
            nl: 'Als elke stap eerst langs de leiding moet, duurt alles lang. Bewoners haken dan af.',
            en: 'If every step must go past management first, everything takes a long time. Residents then lose interest.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt afspreken wat de professional zelf mag beslissen en hoeveel uren daarvoor zijn.',
            en: 'Consider agreeing what the professional may decide alone and how many hours are available for it.',
          },
        },
        {
          id: 'I3',
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
        },
        {
          id: 'I4',
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
        },
        {
          id: 'I5',
          text: {
            nl: 'Krijgt het werken met bewonersinitiatieven steun van de leiding en het bestuur?',
            en: 'Is working with residents’ initiatives backed by management and by the political leadership?',
          },
          help: {
            nl: 'Zonder steun van hogerop is het lastig om tijd, geld of ruimte vrij te maken. Professionals voelen zich dan niet gesteund.',
            en: 'Without backing from higher up it is hard to free up time, money or room. Professionals then do not feel supported.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt het management of de wethouder vragen om te laten zien dat dit werk telt, bijvoorbeeld door het initiatief in hun overleg te bespreken.',
            en: 'Consider asking management or the alderman to show that this work counts, for example by discussing the initiative in their meeting.',
          },
        },
        {
          id: 'I6',
          text: {
            nl: 'Als de contactpersoon vertrekt, kan een ander dan verder? Staat op papier wat er is afgesproken?',
            en: 'If the contact person leaves, can someone else pick it up? Are the agreements on paper?',
          },
          help: {
            nl: 'Personeel wisselt vaak. Zonder goede overdracht moeten bewoners weer bij nul beginnen.',
            en: 'Staff change often. Without a good handover, residents have to start from scratch.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een kort dossier bijhouden met afspraken en geschiedenis. Stel bij een wissel de nieuwe contactpersoon zelf voor aan de initiatiefnemers.',
            en: 'Consider keeping a short file of agreements and history, and personally introducing a new contact person to the initiators when staff change.',
          },
        },
        {
          id: 'I7',
          text: {
            nl: 'Kan het initiatief ook na dit jaar of dit project op steun rekenen?',
            en: 'Can the initiative count on support beyond this year or this project?',
          },
          help: {
            nl: 'Korte steun maakt initiatieven kwetsbaar. Bewoners moeten dan steeds opnieuw aanvragen en weten niet waar ze aan toe zijn.',
            en: 'Short-term support makes initiatives fragile. Residents then have to apply again and again and do not know where they stand.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt met de initiatiefnemers bespreken wat nodig is om door te gaan, en hoe uw organisatie daarbij kan helpen.',
            en: 'Consider discussing with the initiators what they need to carry on, and how your organisation can help.',
          },
        },
        {
          id: 'I8',
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
        },
      ],
    },
    {
      id: 'empathie',
      letter: 'E',
      title: { nl: 'Empathie', en: 'Empathy' },
      summary: {
        nl: 'Kunnen u en uw organisatie zich verplaatsen in de bewoners? Loopt het contact goed, en sluit u aan bij hun wensen en verwachtingen?',
        en: 'Can you and your organisation put yourselves in the residents’ position? Does contact go well, and do you respond to their wishes and expectations?',
      },
      research: {
        nl:
          'Het gaat erom het initiatief te zien vanuit de leefwereld van de bewoners. ' +
          'Bronnen over het werken met initiatieven noemen vaak dezelfde punten: eerst luisteren, waardering tonen, gewone taal, op tijd antwoord en eerlijk zijn over wat niet kan. ' +
          'CLEAR noemt dit ‘responded to’: mensen blijven eerder meedoen als ze zien dat er iets met hun inbreng gebeurt.',
        en:
          'This is about seeing the initiative from the residents’ everyday world. ' +
          'Sources on working with initiatives often name the same points: listen first, show appreciation, use plain language, answer in time and be honest about what cannot be done. ' +
          'CLEAR calls this “responded to”: people are more likely to keep taking part when they see that their input is acted on.',
      },
      sources: [
        { title: 'Burgers maken hun buurt', publisher: 'Platform31', year: 2013 },
        {
          title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
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
            nl: 'U kunt de initiatiefnemers af en toe vragen hoe zij de samenwerking vinden, en daar iets mee doen.',
            en: 'Consider asking the initiators now and then how they find working with you, and acting on what they say.',
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
        },
        {
          id: 'E5',
          text: {
            nl: 'Hebt u met de initiatiefnemers afgesproken wie wat doet? En weten zij wat wel en niet mogelijk is?',
            en: 'Have you agreed with the initiators who does what, and do they know what is and is not possible?',
          },
          help: {
            nl: 'Onduidelijke verwachtingen leiden vaak tot teleurstelling aan twee kanten. Eerlijk zijn over grenzen helpt dat te voorkomen.',
            en: 'Unclear expectations often lead to disappointment on both sides. Being honest about limits helps prevent that.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen op één blad zetten wie wat doet, en open zijn over wat niet kan.',
            en: 'Consider putting on one page who does what, and being open about what cannot be done.',
          },
        },
        {
          id: 'E6',
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
        },
        {
          id: 'E7',
          text: {
            nl: 'Moeten de initiatiefnemers meer verantwoorden dan redelijk is voor vrijwilligers, of voor een initiatief van deze grootte?',
            en: 'Must the initiators account for more than is reasonable for volunteers, or for an initiative of this size?',
          },
          help: {
            nl: 'Vrijwilligers zijn geen aannemers. Zware eisen aan verslagen en bonnetjes kunnen hen wegjagen. Hier is ‘nee’ het goede antwoord.',
            en: 'Volunteers are not contractors. Heavy demands for reports and receipts can drive them away. Here “no” is the good answer.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'no',
          action: {
            nl: 'U kunt de eisen naast elkaar leggen en per eis vragen: hebben we dit echt nodig? Zo niet, dan kan hij weg.',
            en: 'Consider going through the requirements one by one and asking: do we really need this? If not, it can go.',
          },
        },
        {
          id: 'E8',
          text: {
            nl: 'Weet u hoe het leven in de buurt eruitziet voor de initiatiefnemers?',
            en: 'Do you know what daily life in the neighbourhood is like for the initiators?',
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
        },
      ],
    },
  ],

  conditions: [
    {
      id: 'toerusting-support-fits',
      area: 'toerusting',
      title: { nl: 'De steun past bij de vraag', en: 'The support fits the request' },
      when: {
        all: [
          { fact: 'T4', operator: 'equal', value: 'yes' },
          { fact: 'T5', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt de initiatiefnemers vragen welke hulp ze willen. Bekijk dan samen of uw hulp daarbij past, en doe een stap terug waar zij het zelf kunnen.',
        en: 'Consider asking the initiators what help they want, then checking together whether your support matches it, and stepping back where they can manage themselves.',
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
      id: 'animo-motive-known',
      area: 'animo',
      title: { nl: 'De drijfveer van de initiatiefnemers is bekend', en: 'The initiators’ motive is known' },
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
      id: 'empathie-clear-and-timely',
      area: 'empathie',
      title: { nl: 'Op tijd antwoord en heldere afspraken', en: 'Timely answers and clear expectations' },
      when: {
        all: [
          { fact: 'E3', operator: 'equal', value: 'yes' },
          { fact: 'E5', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt met de initiatiefnemers afspreken binnen hoeveel tijd ze antwoord krijgen. Schrijf ook kort op wat wel en niet kan, en wie wat doet.',
        en: 'Consider agreeing with the initiators how soon they will get an answer, and writing down briefly what is and is not possible, and who does what.',
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
        nl: 'De professional of organisatie zet de eerste stap. U zoekt bewoners op, brengt een idee in en nodigt mensen uit om mee te doen.',
        en: 'The professional or organisation takes the first step. You seek out residents, bring in an idea and invite people to join.',
      },
    },
    {
      id: 'faciliterend',
      colour: 'blauw',
      title: { nl: 'Faciliterend', en: 'Facilitating' },
      description: {
        nl: 'De bewoners hebben de leiding. U helpt als zij erom vragen en haalt obstakels weg, zonder het initiatief over te nemen.',
        en: 'The residents lead. You help when they ask and remove obstacles, without taking the initiative over.',
      },
    },
    {
      id: 'coproducerend',
      colour: 'wit',
      title: { nl: 'Coproducerend', en: 'Co-producing' },
      description: {
        nl: 'Bewoners en professionals maken het samen, als gelijkwaardige partners. U deelt de verantwoordelijkheid en maakt duidelijke afspraken over wie wat doet.',
        en: 'Residents and professionals build it together as equal partners. You share responsibility and agree clearly who does what.',
      },
    },
  ],

  roleRules: [
    {
      id: 'joint-idea',
      role: 'coproducerend',
      priority: 100,
      when: { fact: 'intake', path: 'origin', operator: 'equal', value: 'joint' },
      reason: {
        nl: 'Het idee is door bewoners en professionals samen bedacht. Dan ligt het voor de hand om het ook samen te dragen, als gelijkwaardige partners.',
        en: 'Residents and professionals came up with the idea together. It then makes sense to carry it together too, as equal partners.',
      },
    },
    {
      id: 'professional-idea',
      role: 'stimulerend',
      priority: 90,
      when: { fact: 'intake', path: 'origin', operator: 'equal', value: 'professional' },
      reason: {
        nl: 'Het idee komt van een professional of de gemeente. Er moeten dus nog bewoners gevonden worden die het willen oppakken en dragen.',
        en: 'The idea comes from a professional or the municipality. Residents who want to take it up and carry it still have to be found.',
      },
    },
    {
      id: 'idea-without-backing',
      role: 'stimulerend',
      priority: 80,
      when: {
        all: [
          { fact: 'intake', path: 'phase', operator: 'equal', value: 'idea' },
          { fact: 'A3', operator: 'equal', value: 'no' },
        ],
      },
      reason: {
        nl: 'Het initiatief is nog een idee en heeft nog weinig steun in de buurt. Een stimulerende rol kan helpen om meer bewoners te vinden en in beweging te brengen.',
        en: 'The initiative is still an idea with little backing in the neighbourhood. A stimulating role can help find more residents and get them moving.',
      },
    },
    {
      id: 'residents-capable',
      role: 'faciliterend',
      priority: 70,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
          { fact: 'T1', operator: 'equal', value: 'yes' },
          { fact: 'T2', operator: 'equal', value: 'yes' },
          { fact: 'T3', operator: 'equal', value: 'yes' },
        ],
      },
      reason: {
        nl: 'Het idee komt van bewoners, en zij hebben genoeg middelen, tijd en kennis. Zij kunnen het zelf. Steun op hun verzoek past dan het best.',
        en: 'The idea comes from residents, and they have enough means, time and know-how. They can do it themselves, so support on request fits best.',
      },
    },
    {
      id: 'residents-ownership',
      role: 'faciliterend',
      priority: 60,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
          { fact: 'A5', operator: 'in', value: ['no', 'partly'] },
        ],
      },
      reason: {
        nl: 'Het idee komt van bewoners, maar de steun gaat nu (deels) uit van de doelen van uw organisatie. Een faciliterende rol helpt om het initiatief in handen van de bewoners te houden.',
        en: 'The idea comes from residents, but the support now (partly) starts from your organisation’s goals. A facilitating role helps keep the initiative in the residents’ hands.',
      },
    },
    {
      id: 'residents-need-skills-org-keen',
      role: 'coproducerend',
      priority: 50,
      when: {
        all: [
          { fact: 'intake', path: 'origin', operator: 'equal', value: 'residents' },
          { fact: 'T3', operator: 'in', value: ['partly', 'no'] },
          { fact: 'A4', operator: 'equal', value: 'yes' },
        ],
      },
      reason: {
        nl: 'Het idee komt van bewoners, maar ze missen nog een deel van de kennis of vaardigheden. Uw organisatie wil graag helpen. Samen optrekken als partners kan dat gat vullen, met duidelijke afspraken over wie wat doet.',
        en: 'The idea comes from residents, but they still lack some knowledge or skills, and your organisation is keen to help. Working together as partners can fill that gap, with clear agreements on who does what.',
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
};
