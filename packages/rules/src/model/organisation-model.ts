/**
 * The organisation scan: the ACTIE-model at the level of the organisation (organisatieniveau).
 *
 * "Burgers maken hun buurt" describes every ACTIE element twice: for professionals working with
 * one initiative, and for policymakers, managers and administrators, about how the organisation
 * is set up for initiatives in general. The default model asks the first; this model asks the
 * second, over the same five areas: policy and frameworks, budgets and procedures, room for
 * initiatives, the attitude and knowledge of staff, how contact and follow-up are organised, and
 * what the organisation learns. The wording is this toolkit's own. Data only.
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
const ROB: Source = { title: 'Loslaten in vertrouwen', publisher: 'Raad voor het openbaar bestuur', year: 2012 };
const BUURTWIJS: Source = {
  title: 'Vind je balans met het ACTIE-model',
  authors: 'Joke Meindersma',
  publisher: 'Buurtwijs (Movisie)',
  year: 2019,
  url: 'https://www.buurtwijs.nl/content/vind-je-balans-met-het-actie-model',
};
const CLEAR: Source = {
  title: 'Diagnosing and Remedying the Failings of Official Participation Schemes: The CLEAR Framework',
  authors: 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker',
  publisher: 'Social Policy & Society',
  year: 2006,
};

const ROLE_OPTIONS = [
  {
    value: 'stimulerend',
    label: { nl: 'Stimulerend: zelf bewoners in beweging brengen', en: 'Stimulating: getting residents moving ourselves' },
  },
  {
    value: 'faciliterend',
    label: { nl: 'Faciliterend: helpen als bewoners erom vragen', en: 'Facilitating: helping when residents ask' },
  },
  {
    value: 'coproducerend',
    label: { nl: 'Coproducerend: samen met bewoners, als partners', en: 'Co-producing: together with residents, as partners' },
  },
  { value: 'unsure', label: { nl: 'Weet ik niet, of het wisselt', en: 'Don’t know, or it varies' } },
];

/** The organisation scan as written by hand; `validateModel` completes it. */
export const organisationModelSource: ActieModelInput = {
  id: 'actie-organisation',
  version: '1.0',
  languages: ['nl', 'en'],
  title: {
    nl: 'ACTIE-scan van de organisatie',
    en: 'ACTIE scan of the organisation',
  },
  attribution: {
    nl:
      'De vragen zijn voor deze toolkit geschreven. Ze zijn afgeleid van het ACTIE-model uit ‘Burgers maken hun buurt’ ' +
      'van Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker (Platform31, 2013), dat elk onderdeel ook beschrijft voor beleidsmakers, managers en bestuurders. ' +
      'Het is niet de oorspronkelijke tekst van dat instrument. ' +
      'Deze toolkit is niet gemaakt of goedgekeurd door Movisie of Platform31. ' +
      'De adviezen zijn richtingen om over na te denken, geen oordelen.',
    en:
      'The questions are written for this toolkit. They are derived from the ACTIE-model of “Burgers maken hun buurt” ' +
      'by Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker (Platform31, 2013), which also describes every element for policymakers, managers and administrators. ' +
      'They are not the original wording of that instrument. ' +
      'This toolkit is not made or endorsed by Movisie or Platform31. ' +
      'The advice gives directions to consider, not verdicts.',
  },

  intake: [
    {
      id: 'organisation',
      kind: 'choice',
      text: { nl: 'Voor welke organisatie vult u de vragen in?', en: 'Which organisation are you answering for?' },
      options: [
        { value: 'municipality', label: { nl: 'Een gemeente', en: 'A municipality' } },
        { value: 'welfare', label: { nl: 'Een welzijnsorganisatie', en: 'A welfare organisation' } },
        { value: 'housing', label: { nl: 'Een woningcorporatie', en: 'A housing association' } },
        { value: 'other', label: { nl: 'Een andere organisatie', en: 'Another organisation' } },
      ],
    },
    {
      id: 'respondent',
      kind: 'choice',
      text: { nl: 'Wat is uw functie?', en: 'What is your position?' },
      help: {
        nl: 'Sommige vragen kent u beter vanuit het werk in de wijk, andere vanuit beleid of leiding. Zo kunnen we de antwoorden per groep laten zien.',
        en: 'Some questions you know better from the work in the neighbourhood, others from policy or management. This lets us show answers per group.',
      },
      options: [
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
        { value: 'professional', label: { nl: 'Professional in de wijk', en: 'Neighbourhood professional' }, level: 'frontline' },
        { value: 'civil-servant', label: { nl: 'Ambtenaar', en: 'Civil servant' }, level: 'frontline' },
      ],
    },
    {
      id: 'ambition',
      kind: 'choice',
      text: {
        nl: 'Welke rol wil uw organisatie vooral spelen bij bewonersinitiatieven?',
        en: 'Which role does your organisation mainly want to play with residents’ initiatives?',
      },
      help: {
        nl: 'Denk aan wat in beleid of coalitieakkoord staat, of wat de leiding vaak zegt.',
        en: 'Think of what policy or the coalition agreement says, or what management often says.',
      },
      options: ROLE_OPTIONS,
    },
    {
      id: 'role',
      kind: 'choice',
      text: {
        nl: 'Welke rol speelt uw organisatie nu meestal?',
        en: 'Which role does your organisation usually play now?',
      },
      help: {
        nl: 'Denk aan de initiatieven van het afgelopen jaar: wat deed uw organisatie toen echt?',
        en: 'Think of the initiatives of the past year: what did your organisation actually do?',
      },
      options: ROLE_OPTIONS,
    },
    {
      id: 'scope',
      kind: 'text',
      text: { nl: 'Over welk deel van de organisatie gaat het?', en: 'Which part of the organisation is this about?' },
      help: {
        nl: 'Bijvoorbeeld ‘de hele gemeente’ of ‘team Wijken Noord’.',
        en: 'For example “the whole municipality” or “team Neighbourhoods North”.',
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
        nl: 'Waarom steunt uw organisatie bewonersinitiatieven, en hoeveel ruimte krijgen ze? Versterkt de organisatie de zin van bewoners, of neemt zij die weg?',
        en: 'Why does your organisation support residents’ initiatives, and how much room do they get? Does the organisation strengthen residents’ enthusiasm, or drain it?',
      },
      research: {
        nl:
          'De motivatie komt van de bewoners, maar een organisatie kan die versterken of breken: met regels, wachttijden en eisen, of juist met ruimte en waardering. ' +
          'Bronnen over ACTIE raden aan om vooraf duidelijk te maken hoeveel ruimte initiatieven krijgen en wanneer de organisatie bijstuurt, en eigen doelen open te bespreken in plaats van ze ongemerkt op te leggen.',
        en:
          'The motivation comes from the residents, but an organisation can strengthen or break it: with rules, waiting times and demands, or with room and appreciation. ' +
          'Sources on ACTIE advise making clear beforehand how much room initiatives get and when the organisation steps in, and discussing own goals openly rather than imposing them unnoticed.',
      },
      sources: [BOOK, BUURTWIJS, CLEAR],
      questions: [
        {
          id: 'OA1',
          text: {
            nl: 'Heeft uw organisatie vastgelegd waarom zij bewonersinitiatieven steunt?',
            en: 'Has your organisation written down why it supports residents’ initiatives?',
          },
          help: {
            nl: 'Bijvoorbeeld in beleid, een visie of een coalitieakkoord. Dan weten medewerkers en bewoners waar ze aan toe zijn.',
            en: 'For example in a policy, a vision or a coalition agreement. Staff and residents then know where they stand.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt in een korte notitie vastleggen waarom uw organisatie initiatieven steunt en wat zij ervan hoopt.',
            en: 'Consider writing down in a short note why your organisation supports initiatives and what it hopes for.',
          },
          agreement: {
            nl: 'Leg in een korte notitie vast waarom uw organisatie bewonersinitiatieven steunt.',
            en: 'Write down in a short note why your organisation supports residents’ initiatives.',
          },
        },
        {
          id: 'OA2',
          text: {
            nl: 'Zijn er kaders die zeggen hoeveel ruimte initiatieven krijgen, en wanneer uw organisatie bijstuurt?',
            en: 'Are there frameworks that say how much room initiatives get, and when your organisation steps in?',
          },
          help: {
            nl: 'Kaders geven houvast. Ze voorkomen dat elke vraag opnieuw van bovenaf beslist moet worden.',
            en: 'Frameworks give something to hold on to. They prevent every question from having to be decided from the top again.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt spelregels opstellen: wat kan zonder overleg, wat vraagt overleg, en wanneer stuurt de organisatie bij?',
            en: 'Consider drawing up ground rules: what can be done without consultation, what needs it, and when does the organisation step in?',
          },
          agreement: {
            nl: 'Stel spelregels op voor initiatieven: wat kan zonder overleg, wat vraagt overleg, en wanneer stuurt de organisatie bij.',
            en: 'Draw up ground rules for initiatives: what needs no consultation, what does, and when the organisation steps in.',
          },
        },
        {
          id: 'OA3',
          text: {
            nl: 'Maakt uw organisatie die kaders vooraf bekend aan bewoners?',
            en: 'Does your organisation make those frameworks known to residents beforehand?',
          },
          help: {
            nl: 'Bewoners die vooraf weten waar de grenzen liggen, raken minder snel teleurgesteld.',
            en: 'Residents who know the limits beforehand are less easily disappointed.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt de spelregels op één pagina zetten, op de website en in het eerste gesprek met initiatiefnemers.',
            en: 'Consider putting the ground rules on one page, on the website and in the first conversation with initiators.',
          },
          agreement: {
            nl: 'Zet de spelregels voor initiatieven op één pagina en deel die in elk eerste gesprek.',
            en: 'Put the ground rules for initiatives on one page and share it in every first conversation.',
          },
        },
        {
          id: 'OA4',
          text: {
            nl: 'Lopen initiatiefnemers bij uw organisatie aan tegen dingen die hun zin wegnemen? Bijvoorbeeld regels, lang wachten of veel eisen.',
            en: 'Do initiators run into things at your organisation that drain their enthusiasm, such as rules, long waits or many demands?',
          },
          help: {
            nl: 'Vraag het initiatiefnemers zelf, of kijk naar klachten en vragen van het afgelopen jaar.',
            en: 'Ask initiators themselves, or look at complaints and questions of the past year.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'no',
          action: {
            nl: 'U kunt initiatiefnemers vragen wat hen bij uw organisatie energie kost, en de drie grootste drempels aanpakken.',
            en: 'Consider asking initiators what drains their energy at your organisation, and tackling the three biggest obstacles.',
          },
          agreement: {
            nl: 'Vraag initiatiefnemers wat hen bij uw organisatie energie kost, en pak de drie grootste drempels aan.',
            en: 'Ask initiators what drains their energy at your organisation, and tackle the three biggest obstacles.',
          },
        },
        {
          id: 'OA5',
          text: {
            nl: 'Bespreken medewerkers de doelen van uw organisatie open met initiatiefnemers?',
            en: 'Do staff discuss your organisation’s goals openly with initiators?',
          },
          help: {
            nl: 'Eigen doelen mogen er zijn. Het werkt beter als ze op tafel liggen, zodat bewoners zelf kunnen kiezen wat ze ermee doen.',
            en: 'Having goals of your own is fine. It works better when they are on the table, so residents can choose what to do with them.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt met medewerkers afspreken dat ze de doelen van de organisatie in gesprekken met initiatiefnemers open benoemen.',
            en: 'Consider agreeing with staff that they name the organisation’s goals openly in conversations with initiators.',
          },
          agreement: {
            nl: 'Spreek met medewerkers af dat ze de doelen van de organisatie open benoemen tegenover initiatiefnemers.',
            en: 'Agree with staff that they name the organisation’s goals openly to initiators.',
          },
        },
        {
          id: 'OA6',
          text: {
            nl: 'Laten bestuur en leiding merken dat zij bewonersinitiatieven belangrijk vinden?',
            en: 'Do the elected officials and management show that they consider residents’ initiatives important?',
          },
          help: {
            nl: 'Bijvoorbeeld door initiatieven te bezoeken, ze te noemen in overleggen, of er tijd en geld voor vrij te maken.',
            en: 'For example by visiting initiatives, mentioning them in meetings, or freeing up time and money for them.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt bestuur en leiding vragen om zichtbaar te maken dat dit werk telt, bijvoorbeeld met een bezoek of een vast agendapunt.',
            en: 'Consider asking elected officials and management to make visible that this work counts, for example with a visit or a standing agenda item.',
          },
          agreement: {
            nl: 'Vraag bestuur en leiding om een initiatief te bezoeken en initiatieven een vast agendapunt te geven.',
            en: 'Ask elected officials and management to visit an initiative and give initiatives a standing agenda item.',
          },
        },
      ],
    },
    {
      id: 'contacten',
      letter: 'C',
      title: { nl: 'Contacten', en: 'Contacts' },
      summary: {
        nl: 'Helpt uw organisatie initiatiefnemers aan contacten: met elkaar, met organisaties in de wijk en met de juiste mensen binnen uw organisatie?',
        en: 'Does your organisation help initiators make contacts: with each other, with local organisations and with the right people inside your organisation?',
      },
      research: {
        nl:
          'Initiatieven hebben baat bij contacten met buren, met organisaties in de wijk en met instanties. ' +
          'Organisaties kunnen die contacten helpen leggen, en een netwerk ondersteunen waarin initiatiefnemers van elkaar leren. ' +
          'Vaak doen vooral de bekende gezichten mee; het kan helpen om bewust ook andere bewoners uit te nodigen. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: een netwerk van groepen en organisaties maakt meedoen makkelijker.',
        en:
          'Initiatives benefit from contacts with neighbours, with local organisations and with agencies. ' +
          'Organisations can help make those contacts, and support a network in which initiators learn from each other. ' +
          'Often the familiar faces take part; it can help to invite other residents on purpose. ' +
          'The English CLEAR framework describes something comparable: a network of groups and organisations makes taking part easier.',
      },
      sources: [BOOK, CLEAR],
      questions: [
        {
          id: 'OC1',
          text: {
            nl: 'Brengen medewerkers initiatiefnemers bewust in contact met mensen en organisaties die hen verder helpen?',
            en: 'Do staff make a point of putting initiators in touch with people and organisations that can help them further?',
          },
          help: {
            nl: 'Medewerkers kennen vaak veel mensen. Een initiatief heeft daar veel aan als die kennis gedeeld wordt.',
            en: 'Staff often know many people. An initiative gains a lot when that knowledge is shared.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt verbinden een vaste taak maken van medewerkers in de wijk, met tijd ervoor.',
            en: 'Consider making connecting a standard task of neighbourhood staff, with time for it.',
          },
          agreement: {
            nl: 'Neem ‘initiatiefnemers in contact brengen met anderen’ op in de taken van medewerkers in de wijk.',
            en: 'Add “putting initiators in touch with others” to the tasks of neighbourhood staff.',
          },
        },
        {
          id: 'OC2',
          text: {
            nl: 'Is er een netwerk of een plek waar initiatiefnemers elkaar ontmoeten en van elkaar leren?',
            en: 'Is there a network or a place where initiators meet and learn from each other?',
          },
          help: {
            nl: 'Van andere initiatiefnemers leren gaat vaak makkelijker dan van een professional.',
            en: 'Learning from other initiators is often easier than learning from a professional.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een paar keer per jaar een bijeenkomst voor initiatiefnemers organiseren, of een bestaand netwerk steunen.',
            en: 'Consider organising a meeting for initiators a few times a year, or supporting an existing network.',
          },
          agreement: {
            nl: 'Organiseer twee keer per jaar een bijeenkomst waar initiatiefnemers elkaar ontmoeten.',
            en: 'Organise a meeting twice a year where initiators meet each other.',
          },
        },
        {
          id: 'OC3',
          text: {
            nl: 'Werkt uw organisatie bij initiatieven samen met partners in de wijken, zoals welzijn, woningcorporaties en scholen?',
            en: 'Does your organisation work with partners in the neighbourhoods on initiatives, such as welfare, housing associations and schools?',
          },
          help: {
            nl: 'Partners kunnen een ruimte, mensen of kennis bieden, en bewoners bereiken die uw organisatie niet bereikt.',
            en: 'Partners can offer a space, people or knowledge, and reach residents your organisation does not reach.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt met de partners in de wijk afspreken hoe u samen initiatieven steunt en wie waarvoor het aanspreekpunt is.',
            en: 'Consider agreeing with the neighbourhood partners how you support initiatives together and who is the contact for what.',
          },
          agreement: {
            nl: 'Spreek met de partners in de wijk af wie waarvoor het aanspreekpunt is bij initiatieven.',
            en: 'Agree with the neighbourhood partners who is the contact for what with initiatives.',
          },
        },
        {
          id: 'OC4',
          text: {
            nl: 'Doet uw organisatie iets om ook bewoners te bereiken die niet vanzelf meedoen?',
            en: 'Does your organisation do something to reach residents who do not take part of their own accord?',
          },
          help: {
            nl: 'Vaak doen steeds dezelfde mensen mee. Andere groepen voelen zich welkom als iemand ze persoonlijk uitnodigt.',
            en: 'Often the same people take part every time. Other groups feel welcome when someone invites them personally.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt nagaan welke groepen weinig initiatieven starten, en met sleutelfiguren uit die groepen in gesprek gaan.',
            en: 'Consider finding out which groups start few initiatives, and talking with key figures from those groups.',
          },
          agreement: {
            nl: 'Zoek uit welke groepen weinig initiatieven starten, en ga in gesprek met sleutelfiguren uit die groepen.',
            en: 'Find out which groups start few initiatives, and talk with key figures from those groups.',
          },
        },
        {
          id: 'OC5',
          text: {
            nl: 'Is op de website en in de wijk te vinden waar bewoners met een initiatief terechtkunnen?',
            en: 'Can residents find on the website and in the neighbourhood where to go with an initiative?',
          },
          help: {
            nl: 'Zoeken naar de juiste ingang kost bewoners veel tijd. Eén duidelijke ingang scheelt veel.',
            en: 'Searching for the right way in costs residents a lot of time. One clear way in saves a lot.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt één pagina maken over bewonersinitiatieven, met een naam en telefoonnummer, en die ook in de wijk bekendmaken.',
            en: 'Consider making one page about residents’ initiatives, with a name and phone number, and making it known in the neighbourhood too.',
          },
          agreement: {
            nl: 'Maak één pagina over bewonersinitiatieven met een naam en telefoonnummer.',
            en: 'Make one page about residents’ initiatives with a name and phone number.',
          },
        },
      ],
    },
    {
      id: 'toerusting',
      letter: 'T',
      title: { nl: 'Toerusting', en: 'Resources' },
      summary: {
        nl: 'Kunnen initiatieven bij uw organisatie terecht voor geld, spullen, ruimte en kennis? En passen de procedures bij vrijwilligers?',
        en: 'Can initiatives turn to your organisation for money, materials, space and know-how? And do the procedures suit volunteers?',
      },
      research: {
        nl:
          'Groepen verschillen sterk in geld, tijd en vaardigheden. Steun op maat werkt het best: aansluiten bij de vraag, zonder het initiatief over te nemen. ' +
          'Eenvoudige procedures voor kleine bedragen en hulp in natura, zoals een ruimte of spullen, maken voor vrijwilligers veel verschil. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: mensen doen eerder mee als ze de middelen, kennis en vaardigheden hebben.',
        en:
          'Groups differ widely in money, time and skills. Tailored support works best: following the request, without taking the initiative over. ' +
          'Simple procedures for small amounts and help in kind, such as a space or materials, make a real difference to volunteers. ' +
          'The English CLEAR framework describes something comparable: people take part more readily when they have the resources, knowledge and skills.',
      },
      sources: [BOOK, BUURTWIJS, CLEAR],
      questions: [
        {
          id: 'OT1',
          text: {
            nl: 'Heeft uw organisatie een budget voor bewonersinitiatieven?',
            en: 'Does your organisation have a budget for residents’ initiatives?',
          },
          help: {
            nl: 'Het mag ook een fonds zijn dat uw organisatie samen met anderen beheert.',
            en: 'It may also be a fund your organisation manages together with others.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een vast budget voor initiatieven voorstellen, of met partners een fonds opzetten.',
            en: 'Consider proposing a standing budget for initiatives, or setting up a fund with partners.',
          },
          agreement: {
            nl: 'Stel een vast budget voor bewonersinitiatieven voor, of zet met partners een fonds op.',
            en: 'Propose a standing budget for residents’ initiatives, or set up a fund with partners.',
          },
        },
        {
          id: 'OT2',
          text: {
            nl: 'Kunnen bewoners een klein bedrag aanvragen met een kort formulier en een eenvoudige verantwoording achteraf?',
            en: 'Can residents apply for a small amount with a short form and simple reporting afterwards?',
          },
          help: {
            nl: 'Lange formulieren voor kleine bedragen kosten vrijwilligers veel tijd en kunnen hen ontmoedigen.',
            en: 'Long forms for small amounts cost volunteers a lot of time and can discourage them.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt voor bedragen tot een vaste grens een lichte route maken: één pagina aanvragen, een paar foto’s als verantwoording.',
            en: 'Consider a light route for amounts up to a set limit: a one-page application, a few photos as reporting.',
          },
          agreement: {
            nl: 'Maak een lichte route voor kleine bedragen: één pagina aanvragen en een eenvoudige verantwoording.',
            en: 'Set up a light route for small amounts: a one-page application and simple reporting.',
          },
        },
        {
          id: 'OT3',
          text: {
            nl: 'Kan uw organisatie initiatieven ook steunen met een ruimte, spullen of menskracht?',
            en: 'Can your organisation also support initiatives with a space, materials or people?',
          },
          help: {
            nl: 'Soms helpt een sleutel van een ruimte of het lenen van gereedschap meer dan geld.',
            en: 'Sometimes the key to a room or borrowing tools helps more than money.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een lijst maken van ruimtes en spullen die initiatieven kunnen gebruiken, en zeggen hoe ze die aanvragen.',
            en: 'Consider making a list of spaces and materials initiatives can use, and saying how to request them.',
          },
          agreement: {
            nl: 'Maak een lijst van ruimtes en spullen die initiatieven kunnen gebruiken.',
            en: 'Make a list of spaces and materials initiatives can use.',
          },
        },
        {
          id: 'OT4',
          text: {
            nl: 'Kunnen initiatiefnemers hulp krijgen bij plannen, begroten of een aanvraag doen, zodat ze het zelf leren?',
            en: 'Can initiators get help with planning, budgeting or applying, so that they learn to do it themselves?',
          },
          help: {
            nl: 'Bijvoorbeeld een korte cursus, een spreekuur of een vrijwilliger met ervaring.',
            en: 'For example a short course, a drop-in hour or an experienced volunteer.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt samen met een partner een spreekuur of korte cursus voor initiatiefnemers aanbieden.',
            en: 'Consider offering a drop-in hour or short course for initiators together with a partner.',
          },
          agreement: {
            nl: 'Bied met een partner een spreekuur of korte cursus voor initiatiefnemers aan.',
            en: 'Offer a drop-in hour or short course for initiators with a partner.',
          },
        },
        {
          id: 'OT5',
          text: {
            nl: 'Kunnen initiatiefnemers terecht met vragen over regels, verzekering en aansprakelijkheid?',
            en: 'Can initiators turn to someone with questions about rules, insurance and liability?',
          },
          help: {
            nl: 'Veel gemeenten hebben een vrijwilligersverzekering. Bewoners weten dat vaak niet.',
            en: 'Many municipalities have a volunteer insurance. Residents often do not know about it.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt één persoon aanwijzen voor zulke vragen, en de vrijwilligersverzekering bekendmaken.',
            en: 'Consider naming one person for such questions, and making the volunteer insurance known.',
          },
          agreement: {
            nl: 'Wijs één persoon aan voor vragen over regels, verzekering en aansprakelijkheid.',
            en: 'Name one person for questions about rules, insurance and liability.',
          },
        },
        {
          id: 'OT6',
          text: {
            nl: 'Geven medewerkers alleen de hulp waarom bewoners vragen?',
            en: 'Do staff give only the help that residents ask for?',
          },
          help: {
            nl: 'Te veel hulp kan net zo slecht zijn als te weinig: dan voelt het niet meer als het initiatief van de bewoners.',
            en: 'Too much help can be as bad as too little: it then no longer feels like the residents’ initiative.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt in het team bespreken hoe medewerkers eerst naar de vraag van bewoners vragen, voordat ze hulp aanbieden.',
            en: 'Consider discussing in the team how staff first ask for the residents’ request before they offer help.',
          },
          agreement: {
            nl: 'Bespreek in het team hoe medewerkers eerst naar de vraag van bewoners vragen, voordat ze hulp aanbieden.',
            en: 'Discuss in the team how staff first ask for the residents’ request before they offer help.',
          },
        },
      ],
    },
    {
      id: 'inbedding',
      letter: 'I',
      title: { nl: 'Inbedding', en: 'Embedding' },
      summary: {
        nl: 'Is uw organisatie zo ingericht dat ze initiatieven goed kan steunen? Denk aan één loket, ruimte en tijd voor medewerkers, samenwerking tussen afdelingen, steun voor langere tijd en leren van ervaringen.',
        en: 'Is your organisation set up to support initiatives well? Think of one desk, room and time for staff, cooperation between departments, longer-term support and learning from experience.',
      },
      research: {
        nl:
          'Of medewerkers initiatieven goed kunnen steunen, hangt af van hoe de organisatie is ingericht. ' +
          'Aandachtspunten zijn een vast loket, ruimte en tijd voor medewerkers in de wijk, samenwerking tussen afdelingen, regels in verhouding tot de grootte van het initiatief, steun van leiding en bestuur, continuïteit als mensen wisselen, en leren van ervaringen. ' +
          'De Raad voor het openbaar bestuur beschrijft in ‘Loslaten in vertrouwen’ (2012) rollen van de overheid die lopen van reguleren via stimuleren en faciliteren tot loslaten.',
        en:
          'Whether staff can support initiatives well depends on how the organisation is set up. ' +
          'Points to look at are one desk, room and time for neighbourhood staff, cooperation between departments, rules in proportion to the initiative, backing from management and elected officials, continuity when staff change, and learning from experience. ' +
          'In “Loslaten in vertrouwen” (2012) the Dutch Council for Public Administration describes government roles ranging from regulating through stimulating and facilitating to letting go.',
      },
      sources: [BOOK, ROB],
      questions: [
        {
          id: 'OI1',
          text: {
            nl: 'Is er één vast loket of aanspreekpunt voor bewonersinitiatieven?',
            en: 'Is there one fixed desk or contact point for residents’ initiatives?',
          },
          help: {
            nl: 'Een vast aanspreekpunt kent de weg in de organisatie. Bewoners hoeven dan niet steeds opnieuw hun verhaal te doen.',
            en: 'A fixed contact point knows the way around the organisation. Residents then do not have to tell their story again and again.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt één loket voor initiatieven inrichten, dat vragen intern verder helpt.',
            en: 'Consider setting up one desk for initiatives that takes questions further internally.',
          },
          agreement: {
            nl: 'Richt één loket voor bewonersinitiatieven in dat vragen intern verder helpt.',
            en: 'Set up one desk for residents’ initiatives that takes questions further internally.',
          },
        },
        {
          id: 'OI2',
          text: {
            nl: 'Mogen medewerkers in de wijk zelf beslissen over kleine dingen, zonder eerst toestemming te vragen?',
            en: 'May neighbourhood staff decide small things themselves, without asking permission first?',
          },
          help: {
            nl: 'Als elke stap eerst langs de leiding moet, duurt alles lang en haken bewoners af.',
            en: 'If every step must go past management first, everything takes long and residents lose interest.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt vastleggen wat medewerkers zelf mogen beslissen, bijvoorbeeld tot welk bedrag.',
            en: 'Consider recording what staff may decide themselves, for example up to which amount.',
          },
          agreement: {
            nl: 'Leg vast wat medewerkers in de wijk zelf mogen beslissen, bijvoorbeeld tot welk bedrag.',
            en: 'Record what neighbourhood staff may decide themselves, for example up to which amount.',
          },
        },
        {
          id: 'OI3',
          text: {
            nl: 'Hebben medewerkers in de wijk uren voor het werken met initiatieven?',
            en: 'Do neighbourhood staff have hours for working with initiatives?',
          },
          help: {
            nl: 'Werk met initiatieven komt vaak bovenop ander werk. Zonder uren blijft het liggen.',
            en: 'Work with initiatives often comes on top of other work. Without hours it is left undone.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt in de jaarplanning uren opnemen voor het steunen van initiatieven.',
            en: 'Consider including hours for supporting initiatives in the annual planning.',
          },
          agreement: {
            nl: 'Neem in de jaarplanning uren op voor het steunen van initiatieven.',
            en: 'Include hours for supporting initiatives in the annual planning.',
          },
        },
        {
          id: 'OI4',
          text: {
            nl: 'Werken afdelingen samen rond initiatieven, zodat bewoners niet van loket naar loket gaan?',
            en: 'Do departments work together on initiatives, so that residents are not sent from desk to desk?',
          },
          help: {
            nl: 'Een initiatief past zelden bij één afdeling. Als iedereen alleen zijn eigen stukje doet, raken bewoners de weg kwijt.',
            en: 'An initiative rarely fits one department. If everyone only does their own part, residents lose their way.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een vast overleg instellen waarin de betrokken afdelingen vragen van initiatieven samen oppakken.',
            en: 'Consider setting up a standing meeting in which the departments involved take up initiatives’ questions together.',
          },
          agreement: {
            nl: 'Stel een vast overleg in waarin afdelingen de vragen van initiatieven samen oppakken.',
            en: 'Set up a standing meeting in which departments take up initiatives’ questions together.',
          },
        },
        {
          id: 'OI5',
          text: {
            nl: 'Is geregeld wie mag afwijken van regels als een initiatief daarom vraagt?',
            en: 'Is it arranged who may deviate from rules when an initiative asks for it?',
          },
          help: {
            nl: 'Regels zijn vaak gemaakt voor grote projecten, niet voor bewoners. Ruimte om af te wijken kan een initiatief mogelijk maken.',
            en: 'Rules are often made for large projects, not for residents. Room to deviate can make an initiative possible.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt regelen wie een uitzondering mag toestaan, en zulke besluiten opschrijven.',
            en: 'Consider settling who may allow an exception, and writing such decisions down.',
          },
          agreement: {
            nl: 'Leg vast wie een uitzondering op regels mag toestaan voor een initiatief.',
            en: 'Record who may allow an exception to the rules for an initiative.',
          },
        },
        {
          id: 'OI6',
          text: {
            nl: 'Kan uw organisatie initiatieven voor meer jaren steunen, niet alleen per jaar of per project?',
            en: 'Can your organisation support initiatives for several years, not just per year or per project?',
          },
          help: {
            nl: 'Korte steun maakt initiatieven kwetsbaar. Bewoners moeten dan steeds opnieuw aanvragen.',
            en: 'Short-term support makes initiatives fragile. Residents then have to apply again and again.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een meerjarige regeling voorstellen voor initiatieven die al een tijd lopen.',
            en: 'Consider proposing a multi-year arrangement for initiatives that have been running for a while.',
          },
          agreement: {
            nl: 'Stel een meerjarige regeling voor initiatieven voor die al een tijd lopen.',
            en: 'Propose a multi-year arrangement for initiatives that have been running for a while.',
          },
        },
        {
          id: 'OI7',
          text: {
            nl: 'Worden afspraken met initiatieven zo vastgelegd dat een collega ze kan overnemen?',
            en: 'Are agreements with initiatives recorded so that a colleague can take them over?',
          },
          help: {
            nl: 'Personeel wisselt vaak. Zonder vastgelegde afspraken moeten bewoners bij nul beginnen.',
            en: 'Staff change often. Without recorded agreements residents have to start from scratch.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt afspreken waar afspraken met initiatieven worden bijgehouden, zodat collega’s ze kunnen vinden.',
            en: 'Consider agreeing where agreements with initiatives are kept, so that colleagues can find them.',
          },
          agreement: {
            nl: 'Spreek af waar afspraken met initiatieven worden bijgehouden, zodat collega’s ze vinden.',
            en: 'Agree where agreements with initiatives are kept, so that colleagues find them.',
          },
        },
        {
          id: 'OI8',
          text: {
            nl: 'Past uw organisatie haar werkwijze aan op wat zij leert van ervaringen met initiatieven?',
            en: 'Does your organisation adapt its way of working to what it learns from experience with initiatives?',
          },
          help: {
            nl: 'Bijvoorbeeld na een terugblik met initiatiefnemers en medewerkers.',
            en: 'For example after a look back with initiators and staff.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt elk jaar met initiatiefnemers en medewerkers terugkijken, en daarna één ding in de werkwijze veranderen.',
            en: 'Consider looking back every year with initiators and staff, and then changing one thing in the way of working.',
          },
          agreement: {
            nl: 'Plan een jaarlijkse terugblik met initiatiefnemers en medewerkers, en verander daarna één ding in de werkwijze.',
            en: 'Plan a yearly look back with initiators and staff, and then change one thing in the way of working.',
          },
        },
      ],
    },
    {
      id: 'empathie',
      letter: 'E',
      title: { nl: 'Empathie', en: 'Empathy' },
      summary: {
        nl: 'Kan uw organisatie zich verplaatsen in bewoners? Denk aan snel antwoord, gewone taal, bereikbaar zijn als vrijwilligers tijd hebben, waardering en vertrouwen.',
        en: 'Can your organisation put itself in residents’ position? Think of quick answers, plain language, being reachable when volunteers have time, appreciation and trust.',
      },
      research: {
        nl:
          'Het gaat erom initiatieven te zien vanuit de leefwereld van bewoners. ' +
          'Bronnen over het werken met initiatieven noemen vaak dezelfde punten: op tijd antwoord, gewone taal, bereikbaar zijn als vrijwilligers tijd hebben, waardering tonen, vertrouwen geven en eerlijk zijn over wat niet kan. ' +
          'Het Engelse CLEAR-model beschrijft iets vergelijkbaars: mensen blijven eerder meedoen als ze zien dat er iets met hun inbreng gebeurt.',
        en:
          'This is about seeing initiatives from residents’ everyday world. ' +
          'Sources on working with initiatives often name the same points: timely answers, plain language, being reachable when volunteers have time, showing appreciation, giving trust and being honest about what cannot be done. ' +
          'The English CLEAR framework describes something comparable: people are more likely to keep taking part when they see that their input is acted on.',
      },
      sources: [BOOK, ROB, CLEAR],
      questions: [
        {
          id: 'OE1',
          text: {
            nl: 'Heeft uw organisatie een termijn waarbinnen initiatiefnemers antwoord krijgen?',
            en: 'Does your organisation have a time within which initiators get an answer?',
          },
          help: {
            nl: 'Lang wachten op antwoord is een bekende klacht. Het kost vrijwilligers energie en vertrouwen.',
            en: 'Waiting long for an answer is a common complaint. It costs volunteers energy and trust.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt een termijn voor antwoord afspreken, bijvoorbeeld tien werkdagen, en bijhouden of die gehaald wordt.',
            en: 'Consider agreeing a time for answers, for example ten working days, and checking whether it is met.',
          },
          agreement: {
            nl: 'Spreek een termijn af waarbinnen initiatiefnemers antwoord krijgen, en houd bij of die gehaald wordt.',
            en: 'Agree a time within which initiators get an answer, and check whether it is met.',
          },
        },
        {
          id: 'OE2',
          text: {
            nl: 'Zijn brieven en formulieren voor initiatiefnemers in gewone taal geschreven?',
            en: 'Are letters and forms for initiators written in plain language?',
          },
          help: {
            nl: 'Moeilijke taal schept afstand. Niet iedereen begrijpt brieven en formulieren van de overheid.',
            en: 'Difficult language creates distance. Not everyone understands government letters and forms.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt de brieven en formulieren voor initiatieven laten lezen door bewoners, en herschrijven wat niet duidelijk is.',
            en: 'Consider having residents read the letters and forms for initiatives, and rewriting what is not clear.',
          },
          agreement: {
            nl: 'Laat bewoners de brieven en formulieren voor initiatieven lezen, en herschrijf wat niet duidelijk is.',
            en: 'Have residents read the letters and forms for initiatives, and rewrite what is not clear.',
          },
        },
        {
          id: 'OE3',
          text: {
            nl: 'Zijn medewerkers bereikbaar op momenten dat vrijwilligers tijd hebben, zoals ’s avonds of in het weekend?',
            en: 'Can staff be reached at times when volunteers are free, such as in the evening or at the weekend?',
          },
          help: {
            nl: 'Vrijwilligers hebben vaak pas tijd na hun werk.',
            en: 'Volunteers often only have time after work.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt afspreken hoe initiatiefnemers buiten kantoortijd terechtkunnen, bijvoorbeeld met een vaste avond.',
            en: 'Consider agreeing how initiators can get help outside office hours, for example one fixed evening.',
          },
          agreement: {
            nl: 'Spreek af hoe initiatiefnemers buiten kantoortijd terechtkunnen.',
            en: 'Agree how initiators can get help outside office hours.',
          },
        },
        {
          id: 'OE4',
          text: {
            nl: 'Vraagt uw organisatie initiatiefnemers hoe zij het contact ervaren?',
            en: 'Does your organisation ask initiators how they experience the contact?',
          },
          help: {
            nl: 'Hoe de organisatie het contact ervaart, kan anders zijn dan hoe initiatiefnemers het ervaren.',
            en: 'How the organisation experiences the contact can differ from how initiators experience it.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt initiatiefnemers eens per jaar vragen wat goed gaat in het contact en wat beter kan.',
            en: 'Consider asking initiators once a year what goes well in the contact and what could be better.',
          },
          agreement: {
            nl: 'Vraag initiatiefnemers eens per jaar wat goed gaat in het contact en wat beter kan.',
            en: 'Ask initiators once a year what goes well in the contact and what could be better.',
          },
        },
        {
          id: 'OE5',
          text: {
            nl: 'Laat uw organisatie zien dat zij de inzet van initiatiefnemers waardeert?',
            en: 'Does your organisation show that it appreciates initiators’ effort?',
          },
          help: {
            nl: 'Waardering houdt vrijwilligers gemotiveerd. Het kost weinig, maar het wordt vaak vergeten.',
            en: 'Appreciation keeps volunteers motivated. It costs little, but is often forgotten.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'yes',
          action: {
            nl: 'U kunt resultaten van initiatieven zichtbaar maken, bijvoorbeeld in een nieuwsbrief of met een jaarlijkse bijeenkomst.',
            en: 'Consider making initiatives’ results visible, for example in a newsletter or at a yearly gathering.',
          },
          agreement: {
            nl: 'Maak resultaten van initiatieven zichtbaar, bijvoorbeeld in een nieuwsbrief of op een jaarlijkse bijeenkomst.',
            en: 'Make initiatives’ results visible, for example in a newsletter or at a yearly gathering.',
          },
        },
        {
          id: 'OE6',
          text: {
            nl: 'Vraagt uw organisatie meer controle of verantwoording dan past bij vrijwilligers?',
            en: 'Does your organisation ask for more checks or reporting than suits volunteers?',
          },
          help: {
            nl: 'Vrijwilligers zijn geen aannemers. Zware eisen aan verslagen en bonnetjes kunnen hen wegjagen.',
            en: 'Volunteers are not contractors. Heavy demands for reports and receipts can drive them away.',
          },
          actor: 'organisation',
          level: 'organisation',
          favourable: 'no',
          action: {
            nl: 'U kunt de eisen per bedrag naast elkaar leggen en schrappen wat niet nodig is.',
            en: 'Consider going through the requirements per amount and dropping what is not needed.',
          },
          agreement: {
            nl: 'Loop de eisen aan verantwoording na en schrap wat niet nodig is voor vrijwilligers.',
            en: 'Go through the reporting requirements and drop what volunteers do not need.',
          },
        },
        {
          id: 'OE7',
          text: {
            nl: 'Vertellen medewerkers initiatiefnemers eerlijk wat wel en niet kan?',
            en: 'Do staff tell initiators honestly what is and is not possible?',
          },
          help: {
            nl: 'Bewoners kunnen beter tegen een eerlijk ‘nee’ dan tegen een ‘misschien’ dat later ‘nee’ wordt.',
            en: 'Residents cope better with an honest “no” than with a “maybe” that later turns into “no”.',
          },
          actor: 'organisation',
          level: 'frontline',
          favourable: 'yes',
          action: {
            nl: 'U kunt in het team oefenen met eerlijk ‘nee’ zeggen, en daarbij noemen wat wel kan.',
            en: 'Consider practising in the team how to say an honest “no”, while naming what can be done.',
          },
          agreement: {
            nl: 'Oefen in het team met eerlijk ‘nee’ zeggen tegen initiatiefnemers, en noem daarbij wat wel kan.',
            en: 'Practise in the team saying an honest “no” to initiators, naming what can be done.',
          },
        },
      ],
    },
  ],

  conditions: [
    {
      id: 'org-frameworks-known',
      area: 'animo',
      title: { nl: 'Er zijn kaders, en bewoners kennen ze', en: 'There are frameworks, and residents know them' },
      when: {
        all: [
          { fact: 'OA2', operator: 'equal', value: 'yes' },
          { fact: 'OA3', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt spelregels opstellen over hoeveel ruimte initiatieven krijgen, en die vooraf met bewoners delen.',
        en: 'Consider drawing up ground rules on how much room initiatives get, and sharing them with residents beforehand.',
      },
      agreement: {
        nl: 'Stel spelregels op voor initiatieven en deel ze op één pagina met bewoners.',
        en: 'Draw up ground rules for initiatives and share them on one page with residents.',
      },
    },
    {
      id: 'org-money-within-reach',
      area: 'toerusting',
      title: { nl: 'Er is geld, en bewoners komen er makkelijk bij', en: 'There is money, and residents can get it easily' },
      when: {
        all: [
          { fact: 'OT1', operator: 'equal', value: 'yes' },
          { fact: 'OT2', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt zorgen voor een budget voor initiatieven met een lichte route voor kleine bedragen.',
        en: 'Consider providing a budget for initiatives with a light route for small amounts.',
      },
      agreement: {
        nl: 'Zorg voor een budget voor initiatieven met een lichte route voor kleine bedragen.',
        en: 'Provide a budget for initiatives with a light route for small amounts.',
      },
    },
    {
      id: 'org-room-for-staff',
      area: 'inbedding',
      title: {
        nl: 'Medewerkers in de wijk hebben ruimte: bevoegdheid en uren',
        en: 'Neighbourhood staff have room: authority and hours',
      },
      when: {
        all: [
          { fact: 'OI2', operator: 'equal', value: 'yes' },
          { fact: 'OI3', operator: 'equal', value: 'yes' },
        ],
      },
      action: {
        nl: 'U kunt vastleggen wat medewerkers in de wijk zelf mogen beslissen, en uren voor initiatieven in de planning opnemen.',
        en: 'Consider recording what neighbourhood staff may decide themselves, and including hours for initiatives in the planning.',
      },
      agreement: {
        nl: 'Leg vast wat medewerkers in de wijk zelf mogen beslissen, en neem uren voor initiatieven op in de planning.',
        en: 'Record what neighbourhood staff may decide themselves, and include hours for initiatives in the planning.',
      },
    },
  ],

  roles: [
    {
      id: 'stimulerend',
      colour: 'rood',
      title: { nl: 'Stimulerend', en: 'Stimulating' },
      description: {
        nl: 'De organisatie zet zelf de eerste stap: zij brengt ideeën in, zoekt bewoners op en nodigt hen uit. Het doel is dat bewoners het gaan dragen.',
        en: 'The organisation takes the first step itself: it brings in ideas, seeks out residents and invites them. The aim is for residents to carry it.',
      },
    },
    {
      id: 'faciliterend',
      colour: 'blauw',
      title: { nl: 'Faciliterend', en: 'Facilitating' },
      description: {
        nl: 'Bewoners hebben de leiding. De organisatie helpt als zij erom vragen en haalt obstakels weg, zonder het over te nemen.',
        en: 'Residents lead. The organisation helps when they ask and removes obstacles, without taking over.',
      },
    },
    {
      id: 'coproducerend',
      colour: 'wit',
      title: { nl: 'Coproducerend', en: 'Co-producing' },
      description: {
        nl: 'Bewoners en de organisatie werken samen als gelijkwaardige partners, waar beide een eigen belang hebben, met duidelijke afspraken over wie wat doet en beslist.',
        en: 'Residents and the organisation work together as equal partners where both have a stake, with clear agreements on who does and decides what.',
      },
    },
  ],

  roleRules: [
    {
      id: 'wants-to-facilitate-without-room',
      role: 'faciliterend',
      priority: 100,
      when: {
        all: [
          { fact: 'intake', path: 'ambition', operator: 'equal', value: 'faciliterend' },
          {
            any: [
              { fact: 'OI2', operator: 'in', value: ['partly', 'no'] },
              { fact: 'OI5', operator: 'in', value: ['partly', 'no'] },
            ],
          },
        ],
      },
      reason: {
        nl: 'Uw organisatie wil vooral faciliteren, maar medewerkers hebben nog te weinig ruimte om zelf te beslissen of van regels af te wijken. Faciliteren vraagt juist die ruimte: bewoners hebben de leiding, en de organisatie moet snel en soepel kunnen helpen.',
        en: 'Your organisation mainly wants to facilitate, but staff still have too little room to decide themselves or to deviate from rules. Facilitating needs exactly that room: residents lead, and the organisation must be able to help quickly and flexibly.',
      },
    },
    {
      id: 'wants-to-facilitate',
      role: 'faciliterend',
      priority: 90,
      when: { fact: 'intake', path: 'ambition', operator: 'equal', value: 'faciliterend' },
      reason: {
        nl: 'Uw organisatie wil vooral faciliteren: bewoners hebben de leiding en de organisatie helpt als zij erom vragen. Dat vraagt ruimte voor medewerkers, één aanspreekpunt en procedures die bij vrijwilligers passen.',
        en: 'Your organisation mainly wants to facilitate: residents lead and the organisation helps when they ask. That needs room for staff, one contact point and procedures that suit volunteers.',
      },
    },
    {
      id: 'wants-to-coproduce-without-agreements',
      role: 'coproducerend',
      priority: 85,
      when: {
        all: [
          { fact: 'intake', path: 'ambition', operator: 'equal', value: 'coproducerend' },
          { fact: 'OI7', operator: 'in', value: ['partly', 'no'] },
        ],
      },
      reason: {
        nl: 'Uw organisatie wil vooral samen met bewoners optrekken, maar afspraken worden nog niet zo vastgelegd dat een collega ze kan overnemen. Coproductie vraagt juist heldere, vastgelegde afspraken over wie wat doet en wie waarover beslist.',
        en: 'Your organisation mainly wants to work together with residents, but agreements are not yet recorded so that a colleague can take them over. Co-production needs exactly that: clear, recorded agreements on who does what and who decides what.',
      },
    },
    {
      id: 'wants-to-coproduce',
      role: 'coproducerend',
      priority: 80,
      when: { fact: 'intake', path: 'ambition', operator: 'equal', value: 'coproducerend' },
      reason: {
        nl: 'Uw organisatie wil vooral samen met bewoners optrekken, als partners. Dat past waar de organisatie zelf een belang heeft, zoals een park of een buurthuis, en vraagt gedeelde verantwoordelijkheid en heldere afspraken.',
        en: 'Your organisation mainly wants to work together with residents, as partners. That fits where the organisation has a stake of its own, such as a park or a community centre, and needs shared responsibility and clear agreements.',
      },
    },
    {
      id: 'wants-to-stimulate',
      role: 'stimulerend',
      priority: 70,
      when: { fact: 'intake', path: 'ambition', operator: 'equal', value: 'stimulerend' },
      reason: {
        nl: 'Uw organisatie wil vooral stimuleren: zelf bewoners in beweging brengen. Dat vraagt medewerkers met tijd en een netwerk in de wijk, en een plan om initiatieven over te dragen zodra bewoners ze dragen.',
        en: 'Your organisation mainly wants to stimulate: getting residents moving itself. That needs staff with time and a network in the neighbourhood, and a plan to hand initiatives over as soon as residents carry them.',
      },
    },
  ],

  defaultRole: 'faciliterend',

  texts: {
    findOut: { nl: 'Zoek dit uit', en: 'Find this out' },
    defaultRoleReason: {
      nl: 'U heeft niet aangegeven welke rol uw organisatie vooral wil spelen. Daarom noemen we de faciliterende rol: bewoners houden de leiding en de organisatie helpt waar zij erom vragen. Bespreek in de organisatie welke rol u wilt spelen.',
      en: 'You did not say which role your organisation mainly wants to play, so the facilitating role is named: residents stay in the lead and the organisation helps where they ask. Discuss in the organisation which role you want to play.',
    },
    roleDiffers: {
      nl: 'Uw organisatie speelt nu meestal de rol {current}, maar wil vooral {suggested} zijn. Bespreek wat er nodig is om de rol te spelen die u wilt.',
      en: 'Your organisation now usually plays the role {current}, but mainly wants to be {suggested}. Discuss what is needed to play the role you want.',
    },
  },
};
