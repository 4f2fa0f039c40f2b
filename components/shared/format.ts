/** Plain-text formatting for the card and popup: dates as the articles give them, short headlines, counts. */

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2018-03-24" -> "24 Mar 2018", "2018-07" -> "July 2018", "2018" -> "2018"; anything else is returned as is. */
export function formatPartialDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthIndex = month ? Number(month) - 1 : -1;
  if (month && !(monthIndex >= 0 && monthIndex < 12)) return iso;
  if (day) return `${Number(day)} ${SHORT_MONTHS[monthIndex]} ${year}`;
  if (month) return `${LONG_MONTHS[monthIndex]} ${year}`;
  return year;
}

/** Shortens a headline at a word boundary, so a card line stays one or two lines long. */
export function shortHeadline(headline: string, maxLength = 60): string {
  if (headline.length <= maxLength) return headline;
  const cut = headline.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,:;.-]+$/, '')}…`;
}

/** "1 article", "3 articles": English plural by count. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
