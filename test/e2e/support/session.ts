/** One browser with the built extension, the local test pages' server and a first page: what most e2e files share. */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serveStatic, type StaticServer } from './server';

export interface Session {
  browser: ExtensionBrowser;
  server: StaticServer;
  page: Page;
}

/** Serves test/e2e/pages and launches Chromium with the extension. */
export async function openBrowser(): Promise<Omit<Session, 'page'>> {
  const server = await serveStatic(['test/e2e/pages']);
  return { server, browser: await launchWithExtension() };
}

/** openBrowser, and a first page. */
export async function openSession(): Promise<Session> {
  const { server, browser } = await openBrowser();
  return { server, browser, page: await browser.context.newPage() };
}

/** Closes what openSession opened (either may be missing when the launch failed). */
export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}
