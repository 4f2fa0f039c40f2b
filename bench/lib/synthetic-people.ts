/**
 * A synthetic dataset for the growth figures: the two real people first, then made-up people with realistic names
 * drawn from common first names and surnames, so first names and surnames are shared as they are in real data
 * ("Michael Brown", "Michael Young", "Sarah Young"), and many surnames are also English words the pages use
 * ("White", "Young", "Hill", "Long", "Little").
 */
import type { Person } from '../../utils/dataset/types';
import { seededRandom } from './pages';

const FIRST = (
  'James Mary Michael Patricia Robert Jennifer John Linda David Elizabeth William Barbara Richard Susan Joseph Jessica ' +
  'Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley ' +
  'Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah ' +
  'Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob Amy Gary Kathleen ' +
  'Nicholas Angela Eric Shirley Jonathan Emma Stephen Brenda Larry Pamela Justin Nicole Scott Anna Brandon Samantha ' +
  'Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria ' +
  'Jack Olivia Dennis Heather Jerry Helen Tyler Catherine Aaron Diane Jose Julie Adam Victoria Nathan Joyce Henry Lauren'
).split(' ');

const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson ' +
  'Thomas Taylor Moore Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen ' +
  'King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts ' +
  'Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers ' +
  'Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez ' +
  'Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez ' +
  'Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero ' +
  'Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson ' +
  'Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington ' +
  'Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Little'
).split(' ');

/** `count` people (at least the real ones), the real ones first; deterministic. */
export function syntheticPeople(real: readonly Person[], count: number): Person[] {
  const random = seededRandom(42);
  const people: Person[] = real.slice(0, count);
  const taken = new Set(people.map((person) => person.name));
  while (people.length < count) {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = SURNAMES[Math.floor(random() * SURNAMES.length)];
    const name = `${first} ${last}`;
    if (taken.has(name)) continue;
    taken.add(name);
    const other = FIRST[Math.floor(random() * FIRST.length)];
    const slug = `${first}${last}`.toLowerCase();
    people.push({
      id: `${first}-${last}`.toLowerCase(),
      name,
      description: 'A synthetic person for the growth benchmark.',
      fullNames: [name, `${first} ${FIRST[Math.floor(random() * FIRST.length)]} ${last}`],
      partVariants: random() < 0.2 ? { [last]: [`${last}s`] } : {},
      // The surname alone, as for the real people; a first name alone for one person in five.
      shortNames: random() < 0.2 ? [first, last] : [last],
      namesakes: other === first ? [] : [`${other} ${last}`],
      handles: [`@${slug}`, `#${first}${last}`],
    });
  }
  return people;
}
