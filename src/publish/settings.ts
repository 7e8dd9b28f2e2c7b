// Where the published site lives and where its sources are: site URL,
// repository (for "Edit this page"), branch and custom domain. A maintainer
// sets them once in content/index.md; CLI flags and FOLIO_* variables win
// over that, and inside GitHub Actions the repository defaults to the one
// being built. Resolved once per build.
import type { FrontMatter } from "../content/types.ts";

export interface PublishSettings {
  /** Absolute site URL without trailing slash, e.g. "https://user.github.io/repo". */
  siteUrl?: string;
  /** Web URL of the repository, e.g. "https://github.com/user/repo". */
  repository?: string;
  /** Branch the "Edit this page" links open. */
  branch: string;
  /** Custom domain written to CNAME, e.g. "handbooks.example.org". */
  cname?: string;
}

/** Values given on the command line or in FOLIO_* variables (see options.ts). */
export interface ExplicitSettings {
  siteUrl?: string;
  repository?: string;
  branch?: string;
  cname?: string;
}

export function resolveSettings(
  explicit: ExplicitSettings,
  home: FrontMatter | undefined,
  env: NodeJS.ProcessEnv = process.env,
): PublishSettings {
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  const cname = text(explicit.cname) ?? text(home?.cname);
  const siteUrl = text(explicit.siteUrl) ?? text(home?.site_url) ?? (cname ? `https://${cname}` : undefined);
  const repository = text(explicit.repository) ?? text(home?.repository) ?? actionsRepository(env);
  const branch = text(explicit.branch) ?? text(home?.repository_branch) ?? actionsBranch(env) ?? "main";
  return {
    siteUrl: siteUrl?.replace(/\/+$/, ""),
    repository: repository?.replace(/\/+$/, "").replace(/\.git$/, ""),
    branch,
    cname,
  };
}

/** Inside GitHub Actions: the repository being built. */
function actionsRepository(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_ACTIONS || !env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}`;
}

/** Inside GitHub Actions: the branch being built (a push to main builds main). */
function actionsBranch(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_ACTIONS && env.GITHUB_REF_TYPE === "branch" && env.GITHUB_REF_NAME ? env.GITHUB_REF_NAME : undefined;
}

/** The web page that edits `repoPath` (a path inside the repository) on GitHub. */
export function editUrlFor(settings: PublishSettings, repoPath: string): string | undefined {
  if (!settings.repository) return undefined;
  const encode = (p: string) => p.split("/").map(encodeURIComponent).join("/");
  return `${settings.repository}/edit/${encode(settings.branch)}/${encode(repoPath)}`;
}
