// Types for webpack.config.js, so its pure helpers can be tested from TypeScript.
import type { Configuration } from "webpack";

export declare const DEV_URL: string;
/** The address the add-in will be served from; throws one sentence when ADDIN_URL is unusable. */
export declare function addinUrl(value: string | undefined): string;
/** The manifest with the development address replaced by `url`. */
export declare function rewriteManifest(xml: string, url: string): string;
declare const config: (env: unknown, argv: { mode?: string }) => Promise<Configuration>;
export default config;
