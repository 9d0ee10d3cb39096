import { foldArabic } from "../../text/normalize.ts";

/** A choice of a type-ahead filter: the name a reader reads and types, and the value the index filters by. */
export type Choice = [name: string, value: string];

/**
 * A filter the reader types into and picks from a list: a combobox (a field with a list of
 * suggestions, which browsers narrow as the reader types), for the country and the official. The
 * form keeps the chosen value (a country's code, an official's address) in a hidden field, which
 * is what the index filters by and the URL holds. The choices are listed once, when first needed.
 */
export class TypeAheadFilter {
  private choices: Promise<Choice[]> | undefined;

  constructor(
    private readonly name: HTMLInputElement,
    private readonly value: HTMLInputElement,
    private readonly suggestions: HTMLDataListElement,
    private readonly listChoices: () => Promise<Choice[]>,
  ) {
    name.addEventListener("focus", () => void this.load(), { once: true });
  }

  /** Shows the choice of a value (from the URL). */
  async show(value: string): Promise<void> {
    this.value.value = value;
    this.name.value = value ? ((await this.load()).find(([, chosen]) => chosen === value)?.[0] ?? value) : "";
  }

  /** Takes the name typed: the choice of that name (in any spelling the search folds), else the only one that begins so, else none. */
  async choose(): Promise<void> {
    const typed = foldArabic(this.name.value.trim());
    const choices = (await this.load()).map(([name, value]) => ({ name, folded: foldArabic(name), value }));
    const exact = choices.find((choice) => choice.folded === typed);
    const starting = choices.filter((choice) => choice.folded.startsWith(typed));
    const chosen = typed ? (exact ?? (starting.length === 1 ? starting[0] : undefined)) : undefined;
    this.value.value = chosen?.value ?? "";
    if (chosen) this.name.value = chosen.name;
  }

  private load(): Promise<Choice[]> {
    this.choices ??= this.listChoices().then((choices) => {
      this.suggestions.replaceChildren(...choices.map(([name]) => new Option(name, name)));
      return choices;
    });
    return this.choices;
  }
}

/** Choices from a JSON list of [name, value] (the officials: thousands, so loaded when the field is first used). */
export function choicesFrom(url: string): () => Promise<Choice[]> {
  return () =>
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<Choice[]>) : []))
      .catch(() => []);
}

/**
 * Choices written into the page (the countries), each an option with its value in data-value, in
 * the order of the Arabic alphabet: the build sorts by code point, where أ and إ come before ا.
 * Folded (src/text/normalize.ts), Arabic letters are in the alphabet's order by code point;
 * Intl.Collator would do the same at ten times the cost on a phone.
 */
export function choicesOf(list: HTMLDataListElement): () => Promise<Choice[]> {
  // Read and sorted when first needed, not while the page opens.
  return async () => {
    const choices = Array.from(list.options, (option): Choice => [option.value, option.dataset.value ?? ""]);
    const keyed = choices.map((choice) => ({ choice, key: foldArabic(choice[0]) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map(({ choice }) => choice);
  };
}
