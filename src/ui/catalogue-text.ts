/**
 * Text the editor shows only on demand (palette descriptions, option and
 * parameter help, a flow's gap note): the editor's build leaves it out of the
 * catalogue in the first load (vite.config.ts) and it loads from here once the
 * design has opened, or when a view that shows it opens first. The tests and
 * the dev server read the full catalogue, so the fields are then there already.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { afterOpening } from '../store/after-opening';
import type text from 'virtual:catalogue-text';

export type CatalogueText = typeof text;

const useLoaded = create<{ text: CatalogueText | undefined }>(() => ({ text: undefined }));
let loading: Promise<void> | undefined;

export function loadCatalogueText(): Promise<void> {
  loading ??= import('virtual:catalogue-text')
    .then((module) => useLoaded.setState({ text: module.default }))
    .catch((error: unknown) => {
      loading = undefined;
      console.error('The catalogue help texts could not load:', error);
    });
  return loading;
}

/** The text, once loaded. `when`: 'now' loads it at once (a view that shows it), 'after-opening' once the design has opened and the page settled. */
export function useCatalogueText(when: 'now' | 'after-opening'): CatalogueText | undefined {
  useEffect(() => {
    if (when === 'now') void loadCatalogueText();
    else void afterOpening().then(loadCatalogueText);
  }, [when]);
  return useLoaded((s) => s.text);
}
