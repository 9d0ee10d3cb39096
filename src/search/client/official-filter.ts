/**
 * The officials filter: the reader types a name and picks it from the archive's officials
 * (a type-ahead over a list loaded when the field is first used: there are thousands), and the
 * form keeps the official's address, which is what the index filters by and the URL holds.
 */
export class OfficialFilter {
  private officials: Promise<[name: string, slug: string][]> | undefined;

  constructor(
    private readonly name: HTMLInputElement,
    private readonly slug: HTMLInputElement,
    private readonly choices: HTMLDataListElement,
  ) {
    name.addEventListener("focus", () => void this.load(), { once: true });
  }

  /** Shows the official of an address (from the URL). */
  async show(slug: string): Promise<void> {
    this.slug.value = slug;
    if (slug) this.name.value = (await this.load()).find(([, address]) => address === slug)?.[0] ?? slug;
  }

  /** Takes the name typed: the address of the official of exactly that name, or none. */
  async choose(): Promise<void> {
    const typed = this.name.value.trim();
    this.slug.value = typed ? ((await this.load()).find(([name]) => name === typed)?.[1] ?? "") : "";
  }

  private load(): Promise<[string, string][]> {
    this.officials ??= fetch(this.name.dataset.list ?? "")
      .then((response) => (response.ok ? (response.json() as Promise<[string, string][]>) : []))
      .catch(() => [])
      .then((officials) => {
        this.choices.replaceChildren(...officials.map(([name]) => new Option(name, name)));
        return officials;
      });
    return this.officials;
  }
}
