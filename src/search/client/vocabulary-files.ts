import { nearestWords, type Correction } from "../typos.ts";
import { parseShard, shardOf, shardsNear, type VocabularyWord } from "../vocabulary.ts";

/**
 * The archive's vocabulary as the search page loads it: the files a word needs, each fetched
 * once (src/search/vocabulary.ts).
 */
export class VocabularyFiles {
  private readonly loaded = new Map<string, Promise<Map<string, VocabularyWord>>>();

  constructor(private readonly bundlePath: string) {}

  /** How common the archive holds this key as a whole word (a key may also find longer words by their start); undefined when it does not. */
  async frequency(key: string): Promise<number | undefined> {
    return (await this.shard(shardOf(key))).get(key)?.frequency;
  }

  /** The archive words nearest to a key, the likeliest first, `limit` at most. */
  async corrections(key: string, limit: number): Promise<Correction[]> {
    const shards = await Promise.all(shardsNear(key).map((name) => this.shard(name)));
    const words = new Map(shards.flatMap((shard) => [...shard]));
    return nearestWords(key, words.values(), limit);
  }

  /**
   * About how many articles hold a word that begins with this key: the articles of each such
   * archive word added up (its file holds every word with the key's first two letters), at most
   * twice too many for a word class's rounding, and more where the words share articles.
   */
  async pages(key: string): Promise<number> {
    let total = 0;
    for (const word of (await this.shard(shardOf(key))).values()) if (word.key.startsWith(key)) total += 2 ** word.frequency;
    return total;
  }

  private shard(name: string): Promise<Map<string, VocabularyWord>> {
    let words = this.loaded.get(name);
    if (!words) {
      words = fetch(`${this.bundlePath}${name}`)
        .then((response) => (response.ok ? response.text() : ""), () => "")
        .then((text) => new Map(parseShard(text).map((word) => [word.key, word])));
      this.loaded.set(name, words);
    }
    return words;
  }
}
