// A button that shows a form in place. Not a dialog, so nothing to trap: the form opens right
// after its button in the reading order, takes the focus, and gives it back when it closes.
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { PlusIcon } from './Icons.tsx';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  return { open, setOpen, close, button, id };
}

export function DisclosureButton({
  d,
  children,
  label,
  className = 'button',
}: {
  d: ReturnType<typeof useDisclosure>;
  children: ReactNode;
  /** A longer accessible name when the visible text repeats on the page (it must start with it). */
  label?: string;
  className?: string;
}) {
  return (
    <button
      ref={d.button}
      type="button"
      className={className}
      aria-expanded={d.open}
      aria-controls={d.id}
      aria-label={label}
      onClick={() => (d.open ? d.close() : d.setOpen(true))}
    >
      <PlusIcon />
      {children}
    </button>
  );
}

export function DisclosurePanel({ d, children, title }: { d: ReturnType<typeof useDisclosure>; children: ReactNode; title: string }) {
  if (!d.open) return null;
  return (
    <section id={d.id} className="panel" aria-label={title}>
      {children}
    </section>
  );
}
