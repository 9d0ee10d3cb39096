import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { SettingsError } from "../config/settings.ts";
import { compileCountries, countryNameIn, type CountriesFile, type CountryKnowledge } from "./countries.ts";
import { compileRoles, type RoleKnowledge, type RolesFile } from "./officials/roles.ts";
import { compileNames, type NameKnowledge, type NamesFile } from "./officials/names.ts";
import { compileOfficialFixes, type OfficialFixes, type OfficialsFile } from "./officials/fixes.ts";
import { compileDates, type DateKnowledge, type DatesFile } from "./dates/knowledge.ts";
import { compileTopics, type TopicKnowledge, type TopicsFile } from "./topics/knowledge.ts";
import { compilePlaces, type PlaceKnowledge, type PlacesFile } from "./places.ts";
import { compilePersonModel, type PersonModel, type PersonModelFile } from "./persons/tagger.ts";
import { compileGivenNames, type GivenNameKnowledge, type GivenNamesFile } from "./persons/given-names.ts";
import { sourceResolver, sourcesData, type SourceInfo } from "./sources.ts";

/** The data files, parsed but not compiled: one key per file in data/. */
export interface KnowledgeData {
  countries?: CountriesFile;
  roles?: RolesFile;
  names?: NamesFile;
  officials?: OfficialsFile;
  dates?: DatesFile;
  topics?: TopicsFile;
  places?: PlacesFile;
  givenNames?: GivenNamesFile;
  /** The person tagger's weights (data/person-tagger.json, made by training/persons/train.ts). */
  personTagger?: PersonModelFile;
  /** data/sources.yaml, with the user's entries merged by id. */
  sources?: SourceInfo[];
}

/** Compiled lexicons: built once, then shared by every article's extraction. */
export interface Knowledge {
  countries: CountryKnowledge;
  roles: RoleKnowledge;
  names: NameKnowledge;
  officials: OfficialFixes;
  dates: DateKnowledge;
  topics: TopicKnowledge;
  places: PlaceKnowledge;
  /** Given names (data/given-names.yaml): a class of words for the person tagger. */
  givenNames: GivenNameKnowledge;
  /** Without one, officials are read by the title-phrase rules alone. */
  personModel?: PersonModel;
  /** The listed source a written source (كونا، okaz.com.sa، الرياض) stands for. */
  sourceOf(written: string): SourceInfo | undefined;
  /** Arabic label of a topic id; the id itself when the taxonomy does not know it. */
  topicLabel(id: string): string;
  /** Arabic display name of an ISO code, with the user's overrides. */
  countryName(iso: string): string;
}

const FILES: Record<Exclude<keyof KnowledgeData, "personTagger" | "sources">, string> = {
  countries: "countries.yaml",
  roles: "roles.yaml",
  names: "names.yaml",
  officials: "officials.yaml",
  dates: "dates.yaml",
  topics: "topics.yaml",
  places: "places.yaml",
  givenNames: "given-names.yaml",
};

/** A learned model: a file in the user's data folder replaces the shipped one whole. */
const PERSON_TAGGER_FILE = "person-tagger.json";

export const SHIPPED_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** A data file that cannot be used: a settings error, reported in one line with the file. */
export class KnowledgeError extends SettingsError {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "KnowledgeError";
  }
}

export function compileKnowledge(data: KnowledgeData): Knowledge {
  const countries = compile("countries", () => compileCountries(data.countries ?? {}));
  const givenNames = compile("givenNames", () => compileGivenNames(data.givenNames ?? {}));
  const personModel = data.personTagger ? compileModel(PERSON_TAGGER_FILE, () => compilePersonModel(data.personTagger!, givenNames)) : undefined;
  const topics = compile("topics", () => compileTopics(data.topics ?? {}));
  const labels = new Map(topics.topics.map((topic) => [topic.id, topic.label]));
  return {
    countries,
    roles: compile("roles", () => compileRoles(data.roles ?? {})),
    names: compile("names", () => compileNames(data.names ?? {})),
    officials: compile("officials", () => compileOfficialFixes(data.officials ?? {})),
    dates: compile("dates", () => compileDates(data.dates ?? {})),
    topics,
    places: compile("places", () => compilePlaces(data.places ?? {})),
    givenNames,
    ...(personModel ? { personModel } : {}),
    sourceOf: sourceResolver(data.sources ?? []),
    topicLabel: (id) => labels.get(id) ?? id,
    countryName: (iso) => countryNameIn(countries, iso),
  };
}

function compile<T>(key: keyof typeof FILES, build: () => T): T {
  return compileFile(FILES[key], "could not be understood", "Check its shape against the comments at the top of the shipped file.", build);
}

function compileModel<T>(file: string, build: () => T): T {
  return compileFile(file, "is not a model arshif can use", "Make it again with training/persons/train.ts.", build);
}

/** A data file that cannot be compiled is a settings error naming the file, what is wrong and what to do. */
function compileFile<T>(file: string, problem: string, remedy: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw new KnowledgeError(file, `${problem}: ${(error as Error).message}. ${remedy}`);
  }
}


/**
 * The shipped data files, each extended by the file of the same name in `dataDir` when there
 * is one: lists grow, maps gain keys, and a value the user sets replaces the shipped one.
 */
export function loadKnowledge(dataDir?: string): Knowledge {
  return compileKnowledge(loadKnowledgeData(dataDir));
}

export function loadKnowledgeData(dataDir?: string): KnowledgeData {
  const userDir = dataDir && path.resolve(dataDir) !== path.resolve(SHIPPED_DATA_DIR) ? dataDir : undefined;
  const data: KnowledgeData = {};
  for (const [key, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const shipped = readYaml(path.join(SHIPPED_DATA_DIR, file));
    const user = userDir ? readYaml(path.join(userDir, file)) : undefined;
    data[key] = mergeData(shipped, user) as never;
  }
  const userModel = userDir ? readJson(path.join(userDir, PERSON_TAGGER_FILE)) : undefined;
  data.personTagger = (userModel ?? readJson(path.join(SHIPPED_DATA_DIR, PERSON_TAGGER_FILE))) as PersonModelFile | undefined;
  data.sources = sourcesData(userDir);
  return data;
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new KnowledgeError(file, `is not valid JSON (${(error as Error).message.split("\n")[0]}).`);
  }
}

function readYaml(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return yaml.load(readFileSync(file, "utf8"));
  } catch (error) {
    throw new KnowledgeError(file, `is not valid YAML (${(error as Error).message.split("\n")[0]}). Fix the line it names.`);
  }
}

/** Lists are concatenated (without duplicates), maps merged key by key, other values replaced. */
export function mergeData(base: unknown, extension: unknown): unknown {
  if (extension === undefined || extension === null) return base;
  if (Array.isArray(base) && Array.isArray(extension)) {
    const seen = new Set(base.map((item) => JSON.stringify(item)));
    return [...base, ...extension.filter((item) => !seen.has(JSON.stringify(item)))];
  }
  if (isPlainObject(base) && isPlainObject(extension)) {
    const merged: Record<string, unknown> = { ...base };
    // defineProperty: a "__proto__" key in a user's file stays a key and never becomes the object's prototype.
    for (const [key, value] of Object.entries(extension)) {
      Object.defineProperty(merged, key, { value: mergeData(Object.hasOwn(base, key) ? base[key] : undefined, value), enumerable: true, writable: true, configurable: true });
    }
    return merged;
  }
  return extension;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
