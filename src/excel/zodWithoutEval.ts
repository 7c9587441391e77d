/**
 * The add-in's pages forbid eval in their Content-Security-Policy. zod would otherwise try
 * `new Function` once (to compile faster parsers), which the policy blocks and reports as a
 * violation before zod falls back. Each page's entry imports this first.
 */
import { z } from "zod";

z.config({ jitless: true });
