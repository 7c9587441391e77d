/** The folder a relative path on the command line starts from: the user's. */
import packageJson from "../../package.json" with { type: "json" };

/**
 * `npm run cli` runs in the checkout's root wherever it is started, and keeps the folder it was
 * started in as INIT_CWD. Only our own script's run is read so: a script of another package may
 * have changed folder since npm started.
 */
export function workingFolder(env: NodeJS.ProcessEnv, current: string): string {
  return env.INIT_CWD && env.npm_lifecycle_event === "cli" && env.npm_package_name === packageJson.name ? env.INIT_CWD : current;
}
