/** Kinds of public role (data/role-kinds.yaml), by which the officials index is filtered. */
import yaml from "js-yaml";
import { matchKey } from "../ingest/match-key.ts";
import { entriesWithIds } from "../config/data-files.ts";

export interface RoleKind {
  id: string;
  label: string;
  /** How the roles of this kind begin. */
  starts: string[];
}

const ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function parseRoleKinds(text: string): RoleKind[] {
  const data = (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as { kinds?: unknown };
  if (typeof data !== "object" || Array.isArray(data) || !Array.isArray(data.kinds ?? [])) {
    throw new Error('role kinds: the file must hold "kinds:", a list of {id, label, starts}');
  }
  return ((data.kinds ?? []) as unknown[]).map((entry) => {
    const { id, label, starts = [] } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || !ID.test(id) || typeof label !== "string" || !label.trim() || !Array.isArray(starts) || starts.some((s) => typeof s !== "string")) {
      throw new Error(`role kinds: ${JSON.stringify(entry)} needs an "id" of lower-case Latin letters, digits and "-", a "label" and a list "starts"`);
    }
    return { id, label: label.trim(), starts: starts as string[] };
  });
}

export function roleKindsData(dataDir: string | undefined): RoleKind[] {
  return entriesWithIds("role-kinds.yaml", dataDir, parseRoleKinds, "starts");
}

/** The kind of a role: the kind with the longest beginning that the role starts with (whole words). */
export function roleKindOf(kinds: readonly RoleKind[]): (role: string) => RoleKind | undefined {
  const starts = kinds
      .flatMap((kind) => kind.starts.map((start) => ({ key: matchKey(start), kind })))
      .filter(({ key }) => key !== "")
      .sort((a, b) => b.key.length - a.key.length);
  const memo = new Map<string, RoleKind | undefined>();
  return (role) => {
    if (!memo.has(role)) {
      const key = matchKey(role);
      memo.set(role, starts.find((s) => key === s.key || key.startsWith(`${s.key} `))?.kind);
    }
    return memo.get(role);
  };
}
