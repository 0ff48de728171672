/** The manifest asks for the least: no host permissions, no content scripts, a strict CSP, localised strings. */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, any>;
const manifestFor = (browser: string): Manifest => {
  const m = config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
};

describe('manifest', () => {
  for (const browser of ['chrome', 'firefox']) {
    // contextMenus: the right-click entry "Analyse selection with CrisisLens" (no install warning); nothing else was added.
    it(`${browser}: permissions are exactly activeTab, contextMenus, scripting, storage, unlimitedStorage`, () => {
      const m = manifestFor(browser);
      expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
    });
    it(`${browser}: strict CSP, localised name/description/title, icons`, () => {
      const m = manifestFor(browser);
      const csp: string = m.content_security_policy.extension_pages;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
      expect(m.name).toBe('__MSG_extName__');
      expect(m.description).toBe('__MSG_extDescription__');
      expect(m.action.default_title).toBe('__MSG_actionTitle__');
      expect(m.default_locale).toBe('en');
      expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '96', '128']);
      expect(m.commands._execute_action.suggested_key.default).toBeTruthy();
    });
  }
  it('the built-in popup title hook localises the action title whatever the manifest version', () => {
    const hook = (config.hooks as Record<string, (w: unknown, m: Manifest) => void>)['build:manifestGenerated'];
    const mv3: Manifest = { action: { default_title: 'CrisisLens' } };
    const mv2: Manifest = { browser_action: { default_title: 'CrisisLens' } };
    hook(null, mv3);
    hook(null, mv2);
    expect(mv3.action.default_title).toBe('__MSG_actionTitle__');
    expect(mv2.browser_action.default_title).toBe('__MSG_actionTitle__');
    expect(mv2.browser_action.default_icon['16']).toBe('/icon/16.png');
  });
  it('MV2 (Firefox) names the shortcut _execute_browser_action, MV3 keeps _execute_action', () => {
    const hook = (config.hooks as Record<string, (w: unknown, m: Manifest) => void>)['build:manifestGenerated'];
    const key = { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commandOpen__' };
    const mv3: Manifest = { action: {}, commands: { _execute_action: { ...key } } };
    const mv2: Manifest = { browser_action: {}, commands: { _execute_action: { ...key } } };
    hook(null, mv3);
    hook(null, mv2);
    expect(Object.keys(mv3.commands)).toEqual(['_execute_action']);
    expect(Object.keys(mv2.commands)).toEqual(['_execute_browser_action']);
    expect(mv2.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+B');
  });
});
