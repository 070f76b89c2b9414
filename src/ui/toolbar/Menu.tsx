/** A small disclosure menu: a named button that opens a list of named items. */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
  disabled?: boolean;
}

export function Menu({
  label,
  items,
  children,
  onOpen,
}: {
  label: string;
  items: readonly MenuItem[];
  children?: ReactNode;
  onOpen?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // A list that would run past the window's right edge (Export, near it) opens leftwards from its button instead.
  const [alignEnd, setAlignEnd] = useState(false);
  useLayoutEffect(() => {
    const menu = list.current;
    if (!open || !menu || !root.current) return;
    const place = () => {
      const button = root.current!.getBoundingClientRect();
      setAlignEnd(button.left + menu.offsetWidth > document.documentElement.clientWidth - 8);
    };
    place();
    // Again when the list grows after opening (the Export menu's options load on first use).
    const observer = new ResizeObserver(place);
    observer.observe(menu);
    return () => observer.disconnect();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const toggle = () => {
    if (!open) onOpen?.();
    setOpen(!open);
  };
  return (
    <div className="menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={id} onClick={toggle}>
        {label} ▾
      </button>
      {open && (
        <div role="menu" id={id} ref={list} className={alignEnd ? 'menu-list menu-list-end' : 'menu-list'} aria-label={label}>
          {children}
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
