// The RSS plugin ships no TypeScript declarations: these cover the helpers arshif uses.
declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
}
