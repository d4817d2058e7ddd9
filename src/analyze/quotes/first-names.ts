/**
 * Common first names that are almost always one gender in English-language news (after the
 * most frequent given names of US and UK birth records, public knowledge; names given to both,
 * such as Jamie, Robin or Kelly, are left out). For pronoun agreement only: a name missing
 * here says nothing.
 */
const FEMALE = `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine
Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl
Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise
Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Hillary
Hilary Nikki Condoleezza Nancy Michele Huma Kellyanne Megyn Sheryl Oprah Ivanka Melania Chelsea Elena Sonia Ruth Nina
Sally Susana Jill Hope Kamala Tulsi Kirsten Dianne Barbara Patty Debbie Maxine Marsha Lisa Joni Tammy Claire Amy Mia Ilhan
Alexandria Liz Beth Meghan Kate Katie Kathy Karen Carly Jenna Kristen Kristin Valerie Loretta Janet Penny Gina Nikki Anne
Louise Margaret Theresa Angela Nicola Jacinda Ursula Christine Marine Golda Benazir Indira Yoko Mariana Lucia Sofia`;
const MALE = `James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas
Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald
Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne
Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Bill Barack Mitt Mike Mitch Ted Jeb Marco Bernie Joe
Rand Newt Rudy Chris Reince Jared Steve Rick Tim Tom Ben Bob Jim Jimmy Dick Al Hank Rex Kurt Orrin Harry
Vladimir Xi Recep Emmanuel Boris Justin Narendra Benjamin Bashar Hassan Ali Mohammed Muhammad Ahmed Omar Abdullah Hugo
Nicolas Angelo Giuseppe Luigi Pedro Carlos Luis Miguel Jorge Francisco Antonio Manuel Javier Fernando Pablo Sergio Igor
Dmitry Sergei Ivan Mikhail Andrei Yuri Hans Klaus Jean-Claude Pierre Jacques Francois Olaf Lars Sven Nigel Rupert Colin`;

function names(list: string): Set<string> {
  return new Set(list.split(/\s+/));
}
const FEMALE_NAMES = names(FEMALE);
const MALE_NAMES = names(MALE);

/** Is `name` one of the common first names (of either gender, or both)? */
export function isFirstName(name: string): boolean {
  return FEMALE_NAMES.has(name) || MALE_NAMES.has(name);
}

/** `f` or `m` for a first name that is almost always one, else null. */
export function genderOfFirstName(name: string): 'f' | 'm' | null {
  const female = FEMALE_NAMES.has(name);
  const male = MALE_NAMES.has(name);
  return female === male ? null : female ? 'f' : 'm';
}
