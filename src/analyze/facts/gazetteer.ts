/**
 * General knowledge of places: countries, their demonyms, capitals and large
 * cities, US states and world regions. A name on these lists is a place when
 * it stands alone ("in Seoul"); inside a longer name ("Seoul National
 * University") the longer name decides.
 */

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
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

const CITIES = `Abu Dhabi|Abuja|Accra|Addis Ababa|Adelaide|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Austin|
Baghdad|Baku|Baltimore|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Benghazi|Berlin|Bern|Birmingham|Bogota|
Bogotá|Boston|Brasilia|Bratislava|Brisbane|Bristol|Brussels|Bucharest|Budapest|Buenos Aires|Busan|Cairo|Calgary|Canberra|
Cape Town|Caracas|Cardiff|Casablanca|Chicago|Chongqing|Copenhagen|Dakar|Dallas|Damascus|Delhi|Denver|Detroit|Dhaka|Doha|
Dubai|Dublin|Durban|Edinburgh|Fallujah|Frankfurt|Gaza|Geneva|Glasgow|Guangzhou|Hamburg|Hanoi|Havana|Helsinki|Hiroshima|
Ho Chi Minh City|Honolulu|Houston|Incheon|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|Johannesburg|Kabul|Kaesong|Kampala|
Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kinshasa|Kolkata|Kuala Lumpur|Kyiv|Kyoto|Lagos|Lahore|Las Vegas|Leeds|Lima|Lisbon|
Liverpool|Ljubljana|London|Los Angeles|Luanda|Lyon|Madrid|Manchester|Manila|Marseille|Mecca|Medina|Melbourne|Mexico City|
Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|Nairobi|Naples|New Delhi|New Orleans|New York|New York City|
Newcastle|Nottingham|Osaka|Oslo|Ottawa|Panama City|Paris|Perth|Philadelphia|Phoenix|Phnom Penh|Prague|Pretoria|
Pyongyang|Quebec|Quito|Rabat|Ramallah|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|Sacramento|Saigon|San Diego|
San Francisco|Santiago|Sao Paulo|São Paulo|Sarajevo|Seattle|Seoul|Shanghai|Sheffield|Shenzhen|Sofia|Stockholm|
St Petersburg|St. Petersburg|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|Tokyo|Toronto|Tripoli|Tunis|Turin|
Ulaanbaatar|Vancouver|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|Wuhan|Yangon|Yerevan|Zagreb|Zurich|Hollywood|
Brooklyn|Manhattan|Westminster|Oxford|Cambridge|Southampton|Portsmouth|Plymouth|Brighton|Leicester|Coventry|Sunderland`;

const STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|British Columbia|
Alberta|Queensland|New South Wales|Tasmania|Bavaria|Catalonia|Kashmir|Punjab|Crimea|Donbas|Chechnya|Xinjiang|
Siberia|Kurdistan|Darfur|Yorkshire|Lancashire|Essex|Surrey|Sussex|Cornwall|Devon|Norfolk|Suffolk|Cheshire|Merseyside`;

const REGIONS = `Africa|Antarctica|Arctic|Asia|Europe|North America|South America|Latin America|Central America|Oceania|
Middle East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|Eastern Europe|Western Europe|Scandinavia|Balkans|
Caribbean|Mediterranean|English Channel|Pacific|Atlantic|Sahara|Sahel|Gulf|Persian Gulf|Gaza Strip|West Bank|Golan Heights|Sinai|Himalayas|
Alps|Amazon|Korean Peninsula|Arabian Peninsula|Horn of Africa|Silicon Valley|Wall Street|Capitol Hill|Downing Street|
White House|Kremlin|Pentagon`;

/** Names that are institutions although they look like places (the building stands for who works in it). */
export const PLACE_NAMED_ORGS = new Set(['White House', 'Kremlin', 'Pentagon', 'Downing Street', 'Wall Street', 'Capitol Hill']);

const DEMONYMS = `Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
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

function set(list: string): Set<string> {
  return new Set(list.split('|').map((s) => s.trim()).filter(Boolean));
}

/** Countries, cities, states and regions, as written. */
export const PLACES = new Set([...set(COUNTRIES), ...set(CITIES), ...set(STATES), ...set(REGIONS)]);

/** Nationality and group adjectives ("Korean", "Shiite"), and their plurals for people ("Koreans"). */
const DEMONYM_SET = set(DEMONYMS);

/** Plurals for people that are not a demonym and an s. */
const PEOPLE = new Set(['Brits', 'Britons', 'Americans', 'Israelis', 'Emiratis', 'Saudis', 'Kiwis', 'Aussies']);

const COMPASS = /^(?:North|South|East|West|Central)\s+/;
const COMPASS_INITIALS = 'NSEWC';

/** True for a demonym or a group word, alone or with a compass point or plural: `North Korean`, `Koreans`. */
export function isDemonym(name: string): boolean {
  // This runs for every capitalised word: the pattern is tried only on names that may start with a compass point.
  const bare = COMPASS_INITIALS.includes(name[0] ?? '') ? name.replace(COMPASS, '') : name;
  return DEMONYM_SET.has(bare) || (bare.endsWith('s') && DEMONYM_SET.has(bare.slice(0, -1))) || PEOPLE.has(bare);
}

/** Words that end the name of a geographic feature: `Korean Peninsula`, `Demilitarized Zone`. */
export const PLACE_HEADS = new Set([
  'Peninsula', 'Zone', 'River', 'Mountains', 'Mountain', 'Mount', 'Sea', 'Ocean', 'Island', 'Islands', 'Bay', 'Strait',
  'Straits', 'Valley', 'Province', 'County', 'District', 'Region', 'Territory', 'Territories', 'Desert', 'Lake', 'Coast',
  'Canal', 'Gulf', 'Plateau', 'Basin', 'Highlands', 'Heights', 'Strip', 'Border', 'Square', 'Street', 'Avenue',
  'Road', 'Airport', 'Harbor', 'Harbour', 'Beach', 'Forest', 'Glacier', 'Falls', 'Peak', 'Hills', 'Village', 'Town', 'City',
  'Prefecture', 'Oblast',
]);
