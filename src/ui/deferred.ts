/**
 * The design a moment behind an edit, for what is not where the user is
 * looking (the matrix, the checks count, the design summary): the edit
 * paints on the canvas and in the inspector first, and these catch up in the
 * next render, which React may interrupt for the next input. At 1000
 * components the matrix and the checks cost tens of milliseconds.
 */
import { useDeferredValue } from 'react';
import type { Design } from '../model/design/schema';
import { checksOf, type Checks } from '../store/checks';
import { derivedOf, type Derived } from '../store/derived';
import { useDesignStore } from '../store/design-store';

export const useDeferredDesign = (): Design => useDeferredValue(useDesignStore((s) => s.design));
export const useDeferredDerived = (): Derived => derivedOf(useDeferredDesign());
export const useDeferredChecks = (): Checks => checksOf(useDeferredDesign());
