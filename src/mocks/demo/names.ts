/**
 * Display names for demo workers: invented, drawn from common first names and
 * surnames in England so that screens look real without being anyone real.
 */
import type { Rng } from './random';

// Whitespace-separated word lists keep these long lists compact and readable.
function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

const FIRST_NAMES: readonly string[] = splitWords(`
  Olivia Amelia Isla Ava Mia Sophia Grace Lily Freya Emily Ella Poppy Chloe Jessica
  Charlotte Hannah Lucy Sarah Rebecca Laura Rachel Emma Claire Helen Nicola Kelly Joanne
  Michelle Karen Louise Gemma Kirsty Natalie Zoe Amy Katie Sophie Leanne Donna Samantha
  Priya Aisha Fatima Zainab Amira Nadia Sana Ayesha Simran Anjali Chioma Adaeze Abena
  Folake Grace-Ann Tanisha Keisha Shanice Agnieszka Magdalena Siobhan Niamh Aoife Bronwen
  Cerys Rhian Eilidh Morag Oliver George Harry Jack Jacob Thomas James William Daniel
  Matthew Michael David Paul Mark Andrew Richard Christopher Stephen Gareth Craig Lee
  Darren Jamie Ryan Nathan Liam Mohammed Imran Bilal Hamza Yusuf Arjun Rohan Sanjay Vikram
  Kwame Kofi Tunde Emeka Marcus Dwayne Tomasz Piotr Ciaran Declan Rhys Owen Callum Fraser
  Tariq Samuel
`);

const SURNAMES: readonly string[] = splitWords(`
  Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
  Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood
  Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen
  James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly
  Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Marshall
  Simpson Ellis Chapman Begum Ali Hussain Ahmed Khan Shah Patel Singh Kaur Sharma Mistry
  Chowdhury Rahman Iqbal Akhtar Mensah Owusu Adeyemi Okafor Okoro Boateng Campbell Francis
  Gordon Nowak Kowalski Wisniewska O'Brien Byrne Doherty Gallagher Stewart Reid Graham
  Chen Nguyen Rossi Costa Hassan Yilmaz Demir Fernandes Pereira Sutherland Fletcher
`);

const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

/**
 * Returns a function that yields a new, never-repeated display name on each
 * call. Names are random but seeded; once random draws keep colliding (a very
 * large council) it adds a middle initial rather than repeat a name.
 */
export function createNameSource(rng: Rng): () => string {
  const used = new Set<string>();
  const tryName = (withInitial: boolean): string | undefined => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(SURNAMES);
    // "Thomas Thomas" reads as a data error to anyone looking at the screen.
    if (first === last) return undefined;
    const initial = MIDDLE_INITIALS.charAt(rng.int(0, MIDDLE_INITIALS.length - 1));
    const name = withInitial ? `${first} ${initial}. ${last}` : `${first} ${last}`;
    return used.has(name) ? undefined : name;
  };
  return () => {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const name = tryName(attempt >= 20);
      if (name !== undefined) {
        used.add(name);
        return name;
      }
    }
    // Only reachable at sizes far beyond a council: a counter keeps it unique.
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${used.size + 1}`;
    used.add(name);
    return name;
  };
}
