// One polite live region for the whole app: confirmations ("Role granted") are read by screen
// readers and shown in a bar at the bottom of the window, without moving the focus.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback((m: string) => {
    // Clearing first makes a repeated identical message be read again.
    setMessage('');
    requestAnimationFrame(() => setMessage(m));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 12000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className={message ? 'status-bar visible' : 'status-bar'} role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
