// The theme switch in the header (System / Light / Dark) and the script that
// applies the stored choice before first paint. The switch needs the client
// bundle to do anything, so CSS hides it when scripting is off
// (@media (scripting: none)): without JavaScript the site follows the system.
import { THEME_BOOT_SCRIPT } from "../../src/client/theme-boot.ts";
import { html, raw, type SafeHtml } from "../lib/html.ts";

/** The inline <script> for <head>: our own constant text, nothing from content. */
export function themeBootScript(): SafeHtml {
  return html`<script>${raw(THEME_BOOT_SCRIPT)}</script>`;
}

export function themeSwitch(): SafeHtml {
  return html`<label class="theme-switch"><span class="theme-switch-label">Theme</span>
<select class="theme-select" data-folio-theme>
<option value="system">System</option>
<option value="light">Light</option>
<option value="dark">Dark</option>
</select></label>`;
}
